/**
 * Abbreviations that end in a full stop without ending the sentence (compared in lower case, without
 * leading brackets). Single letters followed by a full stop (`p.`, `s.`, initials) are never boundaries either.
 */
const abbreviations = new Set([
	't.ex.',
	'tex.',
	'm.fl.',
	'mfl.',
	'm.m.',
	'mm.',
	'bl.a.',
	'bla.',
	'ca.',
	'cirka.',
	'kl.',
	'nr.',
	'pp.',
	'dvs.',
	'd.v.s.',
	'osv.',
	'o.s.v.',
	's.k.',
	'fr.o.m.',
	't.o.m.',
	'resp.',
	'jfr.',
	'st.',
	'tel.',
	'f.d.',
	'fd.',
	't.f.',
	'tf.',
	'ang.',
	'enl.',
	'inkl.',
	'exkl.',
	'obs.',
	'ev.',
	'etc.',
	'avd.',
	'kap.',
	'prop.',
	'sid.',
	'mnkr.',
	'mkr.',
	'tkr.',
	'ordf.',
	'sekr.',
	'dnr.',
	'ref.',
	'pkt.',
	'bil.',
	'forts.',
	'ung.',
	'o.d.',
	'e.d.',
	'o.dyl.',
	'adj.',
	'ers.',
	'ledam.',
	'v.',
	'vs.',
	'jur.',
	'fil.',
	'dr.',
	'prof.',
	'doc.',
	'leg.',
	'ff.',
	'resp.',
	'gm.',
	'fullm.',
	'stadsfullm.',
	'kommunfullm.',
	'p.g.a.',
	'pga.',
	'm.a.o.',
	'mao.',
	'i.o.m.',
	'iom.',
	'fram.',
	'nedan.',
]);

const boundary = /[.!?…]+["”’»)]*(?=\s+["“”„«(–-]?[\p{Lu}\p{N}])|\n+/gu;

/**
 * Splits a paragraph into sentences, keeping each sentence exactly as written (only surrounding white space
 * is trimmed). A sentence ends at `.`, `!`, `?` or `…` followed by white space and a capital letter or digit,
 * or at a line break; abbreviations (`t.ex.`, `m.fl.`, `ca.`, `bl.a.`, `kl.`, `nr.`, `p.`) and decimal
 * numbers (`14.5`, `13.00`) do not end a sentence.
 */
export function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const index = match.index ?? 0;
		const end = index + match[0].length;
		if (!match[0].startsWith('\n') && isAbbreviation(text.slice(start, index + 1))) continue;
		const sentence = text.slice(start, end).trim();
		if (sentence) sentences.push(sentence);
		start = end;
	}
	const rest = text.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}

/** Whether the last word of `text` (which ends in a full stop) is an abbreviation rather than a sentence end. */
function isAbbreviation(text: string): boolean {
	if (!text.endsWith('.')) return false;
	const word = (text.match(/\S+$/u)?.[0] ?? '').replace(/^[("“„«]+/u, '').toLocaleLowerCase('sv');
	if (/^\p{L}\.$/u.test(word)) return true;
	return abbreviations.has(word);
}

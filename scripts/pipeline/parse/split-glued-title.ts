import { givenNames } from './given-names.ts';

/** Words after which a capitalised word goes on with the title (a place, a body, a name): "i Högsby kommun", "om Luleå Energi". */
export const joiningWords: ReadonlySet<string> = new Set([
	'i',
	'om',
	'för',
	'vid',
	'till',
	'av',
	'inom',
	'från',
	'med',
	'på',
	'mot',
	'hos',
	'under',
	'och',
	'samt',
	'eller',
	'mellan',
	'längs',
	'kring',
	'enligt',
	'avseende',
	'angående',
	'gällande',
	'inför',
	'efter',
	'över',
	'utan',
	'ur',
	'åt',
	'via',
	'per',
	'än',
	'som',
	'the',
	'of',
	'–',
	'-',
	'&',
	'/',
]);

/** The verbs a decision opens with, as present tense ("godkänner") and as an infinitive after `att` ("att fastställa"). */
const decisionVerbs =
	/^(?:beslutar|beslöt|godkänner|godkände|fastställer|fastställde|utser|utsåg|antar|antog|noterar|beviljar|avslår|bifaller|återremitterar|uppdrar|överlämnar|tillstyrker|avstyrker|konstaterar|väljer|valde)$/u;
const decisionInfinitives =
	/^(?:besluta|godkänna|fastställa|utse|anta|notera|bevilja|avslå|bifalla|återremittera|uppdra|överlämna|tillstyrka|avstyrka|välja)$/u;

/**
 * Where a decision whose subject a transcript lost starts right after the title ("Godkännande av dagordning godkänner
 * föreliggande dagordning …", "Fastställande av dagordning att fastställa dagordningen"): the index of its first word
 * among `words` (from the third), or -1. The word before is a title's word in lower case, not a preposition.
 */
export function decisionStart(words: readonly string[], limit = 13): number {
	for (let k = 2; k < Math.min(words.length, limit); k++) {
		const before = words[k - 1]!;
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before) || joiningWords.has(before)) continue;
		if (decisionVerbs.test(words[k]!)) return k;
		if (words[k] === 'att' && decisionInfinitives.test(words[k + 1] ?? '')) return k;
		if (decisionInfinitives.test(words[k]!) && before !== 'att') return k;
	}
	return -1;
}

/**
 * A heading whose text a flattened page or a terse secretary glued to it ("Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen
 * godkännes.", "Allmänhetens frågestund Inga frågor ställs."): the title ends before the first capitalised word (not a
 * person's name) that follows a lower-case word other than a preposition or a conjunction and opens a sentence of two words or more.
 * Returns the title and the text after it, or `null` when the heading reads as one title.
 */
export function splitGluedTitle(text: string): { title: string; rest: string } | null {
	const t = text.trim();
	// only a heading that ends like a sentence holds text of its own
	if (!/[.!?]$/u.test(t)) return null;
	// "Mötets öppnande. Ordföranden förklarar mötet öppnat.": a short first sentence is the title, the rest its text
	const sentence = /^(\S+(?:\s+\S+){0,14}?[\p{L}\d]{3}[.!?])\s+(\p{Lu}.*)$/u.exec(t);
	// (a heading shows without the full stop that ended the sentence)
	if (sentence) return { title: sentence[1]!.replace(/\.$/u, ''), rest: sentence[2]! };
	const words = t.split(/\s+/u);
	const decision = decisionStart(words);
	if (decision > 0) return { title: words.slice(0, decision).join(' '), rest: words.slice(decision).join(' ') };
	for (let k = 2; k < words.length - 1; k++) {
		const word = words[k]!;
		const before = words[k - 1]!;
		if (!/^\p{Lu}\p{Ll}/u.test(word) || !/^\p{Ll}[\p{Ll}\d-]*[\p{Ll}\d)]$/u.test(before) || joiningWords.has(before)) continue;
		// "Till mötesordförande väljs Karl-Axel Pettersson-Molinder.": a person's name goes on with the sentence
		if (givenNames.has(word.toLocaleLowerCase('sv').split('-')[0]!) && /^\p{Lu}/u.test(words[k + 1]!)) continue;
		return { title: words.slice(0, k).join(' '), rest: words.slice(k).join(' ') };
	}
	return null;
}

import { givenNames } from '../parse/given-names.ts';
import type { SourceLine } from '../types.ts';

/** Lines this long hold more than one paragraph: a web page or a transcript flattened the layout. */
const flattenedLength = 160;
/**
 * Places that may open an item inside a line: `§ 12`, `12 §`, `3.` / `3:` / `3)` before a capital, and a bare number
 * before a capitalised word (transcripts drop the `§`: "188 Justering … 189 Godkännande …"); only a run of numbers
 * counting on by one makes them items.
 */
const marker = /(?<=^|\s)(?:§\s*(\d{1,4})(?=[\s.:])|(\d{1,4})\s*§(?=\s)|(\d{1,3})[.:)](?=\s*\p{Lu})|(\d{1,4})(?=\s+\p{Lu}\p{Ll}))/gu;

interface Marker {
	index: number;
	number: number;
}

/** The longest run of markers that count on by one (3, 4, 5 …), each after the one before. */
function longestRun(markers: readonly Marker[]): Marker[] {
	let best: Marker[] = [];
	for (let start = 0; start < markers.length; start++) {
		const run = [markers[start]!];
		for (let k = start + 1; k < markers.length; k++) if (markers[k]!.number === run[run.length - 1]!.number + 1) run.push(markers[k]!);
		if (run.length > best.length) best = run;
	}
	return best;
}

/** Where the items of a flattened line start: the offsets of its longest run of item numbers counting on by one, or none. */
export function inlineItemStarts(text: string): number[] {
	// one paragraph whose `§` a transcript dropped, confirmed by its Dnr ("Ks 1 Dnr 2012-KS Namninsamling …")
	const abbreviated = /(?<=^|\s)(?:[A-ZÅÄÖ][a-zåäö]?|[A-ZÅÄÖ]{2,5})\s+\d{1,4}(?:\/\d{2,4})?\s+Dnr\b/u.exec(text);
	const markers = [...text.matchAll(marker)]
		.filter((m) => !reference.test(text.slice(Math.max(0, m.index - 12), m.index)) && !insideParentheses(text, m.index))
		// a bare number before a name or a label is presence ("§§ 69 Lena …", "133 Justeringens plats"), not an item
		.filter((m) => m[4] === undefined || !bareFollower.test(text.slice(m.index + m[0].length).trimStart()))
		.map((m) => ({ index: m.index, number: Number(m[1] ?? m[2] ?? m[3] ?? m[4]) }));
	const run = longestRun(markers);
	if (run.length < 2) return abbreviated ? [abbreviated.index] : [];
	// numbers with only a title after each ("1 Mötets öppnande 2 Föregående minnesanteckningar 3 …") are an agenda
	// or a table of contents, not the items themselves: items hold sentences
	const pieces = run.map((m, k) => text.slice(m.index, run[k + 1]?.index ?? text.length));
	const withSentences = pieces.filter((piece) => /\p{Ll}[.!?](?:\s|$)/u.test(piece.trim())).length;
	if (withSentences * 2 < pieces.length) return [];
	return run.map((m) => m.index);
}

const labelWords = /^(?:Justering\p{L}*|Utses|Plats|Tid|Beslutande|Ledamöter|Ersättare|Tjänstgörande|Övriga|Underskrift\p{L}*|Sekreterare|Ordförande|Justerande|Paragrafer|Sammanträdesdatum|Sida)\b/u;
const bareFollower = {
	test: (after: string): boolean => {
		const word = /^\p{Lu}[\p{L}-]*/u.exec(after)?.[0] ?? '';
		return labelWords.test(word) || givenNames.has(word.toLocaleLowerCase('sv')) || givenNames.has(word.toLocaleLowerCase('sv').split('-')[0] ?? '');
	},
};

/** Words before a number that make it a reference ("under punkt 7)", "kl. 13:"), not an item. */
const reference = /(?:punkt(?:erna)?|p\.|§|kl\.?|klockan|nr|ärende|och|till|–|-)\s*$/iu;

/** Whether an offset is inside a parenthesis opened before it and not yet closed. */
function insideParentheses(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return before.lastIndexOf('(') > before.lastIndexOf(')');
}


/**
 * Splits a flattened line that holds several items ("1:Mötet öppnas … 2:Val av protokolljusterare … 3: Föregående
 * mötes …") before each item number, when at least two numbers in it count on by one, into a heading line, a blank
 * line and the item's text; each piece keeps the line's number. Lines of ordinary length, and the fields of a flattened header, stay as they are.
 */
export function splitInlineItems(lines: readonly SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	for (const line of lines) {
		// a field of a flattened header ("Övriga<TAB>… § 56 …") holds presence, not items
		if (line.text.length < flattenedLength || line.text.includes('\t')) {
			out.push(line);
			continue;
		}
		const run = inlineItemStarts(line.text);
		if (run.length === 0) {
			out.push(line);
			continue;
		}
		const first = line.text.slice(0, run[0]).trim();
		if (first !== '') out.push({ text: first, line: line.line });
		run.forEach((index, k) => {
			// the heading ran into the item's text: the title ends where the first sentence starts
			const [heading, text] = cutTitle(line.text.slice(index, run[k + 1] ?? line.text.length).trim());
			out.push({ text: heading, line: line.line }, { text: '', line: line.line });
			if (text !== '') out.push({ text, line: line.line }, { text: '', line: line.line });
		});
	}
	return out;
}

/**
 * Cuts an item heading that ran into the text after it ("1:Mötet öppnas av ordföranden Ordförande förklarade mötet
 * öppnat") before the first capitalised word that follows a word in lower case, within the first dozen words.
 */
function cutTitle(text: string): [string, string] {
	const words = text.split(/\s+/u);
	for (let k = 2; k < Math.min(words.length, 14); k++) {
		if (/^\p{Lu}\p{Ll}/u.test(words[k]!) && /[\p{Ll}\d][,.:;]?$/u.test(words[k - 1]!) && !/^dnr$/iu.test(words[k]!)) return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
	}
	return [text, ''];
}

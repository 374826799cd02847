import { givenNames } from '../parse/given-names.ts';
import { bodyAbbreviation } from '../parse/match-item-heading.ts';
import { matchSectionHeading } from '../parse/match-section-heading.ts';
import { decisionStart, joiningWords } from '../parse/split-glued-title.ts';
import type { SourceLine } from '../types.ts';
import { findItemRun, flattenedLength, statedParagraphs } from './find-item-run.ts';

/** Share of a text in lines that long when a transcript made each page one line. */
const pagesShare = 0.6;

/** One paragraph whose `§` a transcript dropped, confirmed by its Dnr ("Ks 1 Dnr 2012-KS Namninsamling …"). */
const abbreviatedWithDnr = new RegExp(String.raw`(?<=^|\s)${bodyAbbreviation}\s+\d{1,4}(?:\/\d{2,4})?\s+Dnr\b`, 'u');

/** Where the items of a flattened line start: the offsets of its longest run of item numbers counting on by one, or none. */
export function inlineItemStarts(text: string): number[] {
	const run = findItemRun([text], statedParagraphs([text]));
	if (run.length >= 2) return run.map((m) => m.index);
	const abbreviated = abbreviatedWithDnr.exec(text);
	return abbreviated ? [abbreviated.index] : [];
}

/** Whether a line may hold items that lost their layout: a long line that is not a field of a flattened header ("Övriga<TAB>… § 56 …"). */
function isFlattened(text: string): boolean {
	return text.length >= flattenedLength && !text.includes('\t');
}

/**
 * Splits lines that hold items which lost their layout ("1:Mötet öppnas … 2:Val av protokolljusterare … 3: Föregående
 * mötes …", or a transcript's pages, one line each: "2 Kommunstyrelsen [36] KS 136 Val av protokolljusterare …") before
 * each item number of the run that counts on by one across them, into a heading line (marked as a confirmed heading),
 * a blank line and the item's text; each piece keeps the line's number. Lines of ordinary length stay as they are,
 * unless the whole text is such pages.
 */
export function splitInlineItems(lines: readonly SourceLine[]): SourceLine[] {
	// the length of each source line, however earlier stages split it (a flattened first page becomes its fields)
	const lengths = new Map<number, number>();
	for (const l of lines) lengths.set(l.line, (lengths.get(l.line) ?? 0) + l.text.length);
	const total = [...lengths.values()].reduce((sum, n) => sum + n, 0);
	const inLong = [...lengths.values()].filter((n) => n >= flattenedLength).reduce((sum, n) => sum + n, 0);
	const pages = inLong >= 2 * flattenedLength && inLong >= pagesShare * total;
	const candidates = lines.filter((l) => (pages ? l.text.trim() !== '' && !l.text.includes('\t') : isFlattened(l.text)));
	// a transcript's page starts with its number ("3 SAMMANTRÄDESPROTOKOLL 3 (21) 196 Ändring av dagordningen …")
	const numbered = new Map<number, number | null>();
	for (const l of lines) {
		const page = /^(\d{1,3})(?:\s|$)/u.exec(l.text)?.[1];
		if (!numbered.has(l.line)) numbered.set(l.line, page === undefined ? null : Number(page));
	}
	const range = statedParagraphs(lines.map((l) => l.text.replace(/\t/gu, ' ')));
	const run = findItemRun(
		candidates.map((l) => l.text),
		range,
		{ pages: pages ? candidates.map((l) => numbered.get(l.line) ?? null) : undefined },
	);
	const starts = new Map<SourceLine, number[]>();
	for (const m of run) {
		const line = candidates[m.text]!;
		starts.set(line, [...(starts.get(line) ?? []), m.index]);
	}
	const out: SourceLine[] = [];
	for (const line of lines) {
		const at = starts.get(line) ?? (run.length === 0 && isFlattened(line.text) ? inlineItemStarts(line.text) : []);
		if (at.length === 0) {
			out.push(line);
			continue;
		}
		const first = line.text.slice(0, at[0]).trim();
		if (first !== '') out.push({ text: first, line: line.line });
		at.forEach((index, k) => {
			// the heading ran into the item's text: the title ends where the first sentence starts
			const [heading, text] = cutTitle(line.text.slice(index, at[k + 1] ?? line.text.length).trim());
			out.push({ text: heading, line: line.line, heading: true }, { text: '', line: line.line });
			if (text !== '') out.push({ text, line: line.line }, { text: '', line: line.line });
		});
	}
	return out;
}

/** What stands before an item's title: its number, a body's abbreviation, earlier references, a Dnr or a case number. */
const headingPrefix = new RegExp(
	String.raw`^(?:${bodyAbbreviation}\s+)?(?:§\s*)?\d{1,4}(?:\s*§)?[.:)]?(?:\s+${bodyAbbreviation}\s+\d{1,4}(?!\S))*(?:\s+Dnr\.?:?(?:\s*(?!\S*\p{Ll}{3})\S*\d\S*)?|\s+\S*\d\S*\/\S*)?`,
	'u',
);

/** The words of a sub-section heading that stand right after a title ("Beskrivning av ärendet", "Kommunfullmäktiges beslut"). */
function sectionAt(words: readonly string[], k: number): boolean {
	if (!/^\p{Lu}/u.test(words[k]!)) return false;
	for (let n = 4; n >= 1; n--) if (k + n <= words.length && matchSectionHeading(words.slice(k, k + n).join(' '))) return true;
	return false;
}

/**
 * Cuts an item heading that ran into the text after it: before a sub-section heading within its first two dozen words
 * ("Delårsrapport 2017 Kommunfullmäktiges beslut Delårsrapporten godkänns"), else before the first capitalised word
 * that follows a word in lower case within its first dozen ("1:Mötet öppnas av ordföranden Ordförande förklarade …")
 * or before a decision whose subject was lost ("Godkännande av dagordning godkänner …"), whichever comes first.
 */
function cutTitle(text: string): [string, string] {
	let prefix = headingPrefix.exec(text)?.[0].length ?? 0;
	// "TN 2 09/TN 0044 Mål …": what is left of a case number is no word of the title
	prefix += /^(?:\s+[^\p{L}\s]\S*)*/u.exec(text.slice(prefix))![0].length;
	const words = [...text.slice(prefix).matchAll(/\S+/gu)];
	const cut = (k: number): [string, string] => {
		const at = prefix + words[k]!.index;
		return [text.slice(0, at).trim(), text.slice(at).trim()];
	};
	const texts = words.map((w) => w[0]);
	// a sub-section heading ends the title only if no sentence ended before it
	for (let k = 1; k < Math.min(words.length, 25) && !/[.!?]$/u.test(texts[k - 1]!); k++) if (sectionAt(texts, k)) return cut(k);
	// "Godkännande av dagordning godkänner föreliggande dagordning": a decision whose subject the transcript lost
	const decision = decisionStart(texts);
	const sentence = sentenceStart(texts);
	const at = [decision, sentence].filter((k) => k > 0).sort((a, b) => a - b)[0];
	return at === undefined ? [text, ''] : cut(at);
}

/** Where the first sentence starts after a title: the first capitalised word after a word in lower case within the first dozen, or -1. */
function sentenceStart(texts: readonly string[]): number {
	for (let k = 1; k < Math.min(texts.length, 13); k++) {
		if (!/^\p{Lu}\p{Ll}/u.test(texts[k]!) || !/[\p{Ll}\d]\p{P}*$/u.test(texts[k - 1]!) || /^dnr$/iu.test(texts[k]!)) continue;
		// "Cykelbanor längs Storgatan", "Bidrag till Föreningen …": a preposition goes on with the name after it
		if (joiningWords.has(texts[k - 1]!)) continue;
		// "Börje Åströms motion …": a given name goes on with the person's surname
		if (/^\p{Lu}/u.test(texts[k - 1]!) && givenNames.has(texts[k - 1]!.toLocaleLowerCase('sv').split('-')[0]!)) continue;
		// "Information 3 a) Ekonomichef Jan Bengtsson informerar": the text opens with its list (after what is left of a page number)
		let at = k;
		if (at > 1 && /^[a-zåäö\d]{1,2}[.)]$/u.test(texts[at - 1]!)) at--;
		if (at > 1 && at < k && /^\d{1,3}$/u.test(texts[at - 1]!)) at--;
		return at;
	}
	return -1;
}

import type { ItemSentence } from './types.ts';

/** A proposition (proposition) the chair put, as read: on what, and what the chair found adopted. */
export interface ReadProposition {
	/** What the chair put to the meeting, as written (`kommunstyrelsens förslag och Anna Eks yrkande`), or `null`. */
	put: string | null;
	/** What the chair found the meeting had adopted, as written (`kommunstyrelsens förslag`), or `null`. */
	adopted: string | null;
	line: number;
}

const verdictVerb = String.raw`(?:finner|fann|förklarar|förklarade|konstaterar|konstaterade|finner\s+ordföranden|fann\s+ordföranden)`;
const forms: RegExp[] = [
	// "Ordföranden ställer proposition på kommunstyrelsens förslag och Anna Eks yrkande och finner att …"
	new RegExp(
		String.raw`(?<![\p{L}])(?:ställer|ställde|ställs|ställdes)\s+(?:sedan\s+|därefter\s+)?proposition(?:er)?\s+(?:på|mellan|om)\s+(?<put>.+?)(?:\s*,?\s+(?:och\s+)?${verdictVerb}(?![\p{L}])\s*(?<verdict>.*))?$`,
		'iu',
	),
	// "… ställer kommunstyrelsens förslag under proposition och finner det bifallet"
	new RegExp(
		String.raw`(?<![\p{L}])(?:ställer|ställde)\s+(?<put>.+?)\s+under\s+proposition(?:\s*,?\s+(?:och\s+)?${verdictVerb}(?![\p{L}])\s*(?<verdict>.*))?$`,
		'iu',
	),
	// "Ordförande Henrik Thunes (M) ställer förslagen mot varandra och finner att …"
	new RegExp(
		String.raw`(?<![\p{L}])(?:ställer|ställde)\s+(?<put>(?:förslagen|yrkandena|dessa|de\s+båda|de\s+två)(?:\s+[\p{L}-]+)?)\s+mot\s+varandra(?:\s*,?\s+(?:och\s+)?${verdictVerb}(?![\p{L}])\s*(?<verdict>.*))?$`,
		'iu',
	),
	// "Efter ställd proposition finner ordföranden att …"
	new RegExp(
		String.raw`^(?:efter\s+(?:ställd|ställda)\s+proposition(?:er)?|på\s+ställd\s+proposition)\s*,?\s*${verdictVerb}(?![\p{L}])\s*(?:ordföranden?\s+)?(?<verdict>.+)$`,
		'iu',
	),
	// "Ordföranden frågar om fullmäktige kan bifalla kommunstyrelsens förslag och finner att så sker"
	new RegExp(
		String.raw`ordförande[n]?\s+(?:[^.]{0,40}?\s+)?(?:frågar|frågade)\s+om\s+(?<put>.+?)\s+(?:och\s+)?${verdictVerb}(?![\p{L}])\s*(?<verdict>.+)$`,
		'iu',
	),
];

/** "fullmäktige kan bifalla kommunstyrelsens förslag" → "kommunstyrelsens förslag" (what a question put by the chair was about). */
const asked =
	/^(?:[\p{L}-]+\s+){1,3}?(?:kan\s+|vill\s+)?(?:bifalla|bifaller|besluta\s+enligt|beslutar\s+enligt|anta|antar|godkänna|godkänner)\s+(?<what>.+)$/iu;
const adoptedBy =
	/^(?:sig\s+anse\s+)?(?:att\s+)?(?:[\p{L}-]+\s+){0,4}?(?:har\s+)?(?:bifaller|bifallit|biföll|beslutar\s+(?:enligt|i\s+enlighet\s+med)|beslutat\s+(?:enligt|i\s+enlighet\s+med)|beslutade\s+enligt|antar|antagit|antog|godkänner|godkänt)\s+(?<what>.+?)\.?$/iu;
const adoptedPassive =
	/^(?:sig\s+anse\s+)?(?:att\s+)?(?<what>.+?)\s+(?:har\s+|hade\s+|är\s+|blivit\s+)?(?:bifallits|bifallet|bifallen|bifalls|antagits|antaget|antagen|antas|vunnit\s+bifall)\.?$/iu;
const sameAsPut = /^(?:sig\s+anse\s+)?(?:att\s+)?(?:så\s+sker|så\s+skett|det\s+bifallet|den\s+bifallen|detta\s+bifallet|det\s+antaget|bifall)\.?$/iu;

/** What the chair found adopted, from the words after "finner": `null` where it does not say. */
function adoptedOf(verdict: string, put: string | null): string | null {
	const text = verdict.trim();
	if (sameAsPut.test(text)) return put;
	const what = adoptedBy.exec(text)?.groups?.what ?? adoptedPassive.exec(text)?.groups?.what ?? /^bifall\s+till\s+(?<what>.+?)\.?$/iu.exec(text)?.groups?.what;
	return what?.trim() || null;
}

/** Sentences with a sentence that continues in lower case on the next line (a PDF's line break) joined to it. */
function joined(sentences: readonly ItemSentence[]): ItemSentence[] {
	const out: ItemSentence[] = [];
	for (const sentence of sentences) {
		const last = out.at(-1);
		if (last && /^\p{Ll}/u.test(sentence.text) && !/[.!?:]$/u.test(last.text)) out[out.length - 1] = { ...last, text: `${last.text} ${sentence.text}` };
		else out.push(sentence);
	}
	return out;
}

/**
 * The propositions the chair put in an item and what the chair found adopted: "Ordföranden ställer proposition
 * på … och finner att fullmäktige bifaller …", "… ställer förslagen mot varandra och finner …", "Efter ställd
 * proposition finner ordföranden att …", "Ordföranden frågar om … och finner att så sker".
 */
export function parsePropositions(sentences: readonly ItemSentence[]): ReadProposition[] {
	const propositions: ReadProposition[] = [];
	for (const sentence of joined(sentences)) {
		const text = sentence.text.trim();
		for (const form of forms) {
			const groups = form.exec(text)?.groups;
			if (!groups) continue;
			const rawPut = groups.put?.trim().replace(/[.,]$/u, '') ?? null;
			const put = rawPut === null ? null : (asked.exec(rawPut)?.groups?.what ?? rawPut);
			const adopted = groups.verdict ? adoptedOf(groups.verdict, put) : null;
			if (put || adopted) propositions.push({ put: put || null, adopted, line: sentence.line });
			break;
		}
	}
	return propositions;
}

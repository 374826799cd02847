/** One paragraph reference: "158", "115.2", "del av 60", "§ 57". */
const reference = String.raw`(?:del\s+av\s+)?(?:§§?\s*)?\d{1,3}(?:\.\d{1,2})?[a-z]?`;
/** One time span: "8.50-20.00", "9.30–14.00", "8:15-11:" (the minutes cut off after the colon). */
const span = String.raw`\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:](?:\d{2})?`;
const list = String.raw`(?:${span}|${reference}(?:\s*[-–]\s*${reference})?)`;
const references = String.raw`(?:(?:ej|utom)\s+)?${list}(?:\s*(?:,|och|samt|\s)\s*(?:(?:ej|utom)\s+)?${list})*`;
const trailing = new RegExp(String.raw`^(?:(.*?\S)\s+)??(${references})$`, 'iu');
/** Words that make the numbers after them part of a presence phrase ("t o m 10", "deltog vid § 67", "från 4"), not a column of their own. */
const phraseEnd =
	/(?:^|\s)(?:t\s?o\s?m|fr\s?o\s?m|t\.o\.m\.?|fr\.o\.m\.?|till|från|vid|under|efter|före|punkt(?:erna)?|p\.?|pkt\.?|kl\.?|klockan|ärende(?:na)?|dag|och|samt|ej|utom|av)$/iu;

/**
 * The paragraph numbers or time spans that end a text, as a presence column of an attendance list writes them after a
 * person ("158", "59, 62, 64", "ej 133", "tf ekonomichef 33", "kulturchef 115.2", "50-56, 58, del av 60-61",
 * "ekonomichef 8:15-9:45 6-7"): the words before (`''` when none) and the references, or `null`.
 */
export function matchReferences(text: string): { head: string; references: string } | null {
	const m = trailing.exec(text.trim());
	if (!m || (m[1] !== undefined && phraseEnd.test(m[1]))) return null;
	return { head: m[1] ?? '', references: m[2]! };
}

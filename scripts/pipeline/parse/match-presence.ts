const presence = String.raw`(?:(?:närvarande|deltog|deltar|ej|inte|endast|utom|tjg|tjänstgör|tjänstgjorde|närvarade)\s+(?:under\s+|vid\s+)?)?(?:(?:deltog|deltar|närvarade|tjänstgjorde|tjänstgör)\s+(?:ej|inte)\s+(?:under|i|vid)\s+(?:(?:§§?|p\.?|punkt(?:erna)?|ärende)\s*)?\d+[a-z]?(?:\s*(?:[-–]|,|och)\s*\d+[a-z]?)*(?:\s+(?:p\.?\s?g\.?\s?a\.?|på\s+grund\s+av|pga|maa|med\s+anledning\s+av)\s+jäv)?|(?:p\.?|pkt\.?|punkt(?:erna|er)?|§§?|ärende(?:na)?)\s*\d+[a-z]?(?:\s*(?:[-–]|,|och|samt|till)\s*(?:(?:§|p\.?|punkt)\s*)?\d+[a-z]?)*|(?:lämnade|lämnar|avvek|avviker|anlände|ankom|kom|gick)\s+(?:mötet\s+|sammanträdet\s+|en\s+stund\s+)?(?:vid|efter|under|före|kl\.?)\s+(?:(?:punkt|p\.?|§|ärende)\s*)?\d+(?:[.:]\d+)?[a-z]?|(?:del\s+av\s+)?dag\s+\d+(?:\s*(?:[-–]|och)\s*\d+)?|del\s+av\s+(?:mötet|sammanträdet|dagen|dag\s+\d+)|(?:från|fr\.o\.m\.?|fr o m|till|t\.o\.m\.?|t o m|efter|före)\s+(?:kl\.?\s*\d{1,2}(?:[.:]\d{2})?|(?:(?:§|p\.?|punkt)\s*)?\d+[a-z]?(?:\s*(?:samt|och)\s*\d+[a-z]?)*)|till\s+och\s+med\s+(?:§|p\.?|punkt)\s*\d+|från\s+och\s+med\s+(?:§|p\.?|punkt)\s*\d+|kl\.?\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2})`;
const leading = new RegExp(String.raw`^[\s,;]*(${presence}(?:\s*(?:,|och)?\s*${presence})*)(?=$|[\s,;)]|\s+\p{Lu})`, 'iu');

/** Match partial presence written at the start of a text ("deltog ej under 10 p.g.a. jäv", "p. 1", "p. 3–5", "dag 1", "del av dag 2", "§ 1–4", "från kl. 14.00"): the text as written and its length, or `null`. */
export function matchPresence(text: string): { presence: string; length: number } | null {
	const m = leading.exec(text);
	if (!m) return null;
	return { presence: m[1]!.trim(), length: m[0].length };
}

const range = /(?<from>\d+)(?:\s*(?:-|–|—|t\.?\s?o\.?\s?m\.?|till)\s*(?:§\s*)?(?<to>\d+))?/gu;

/**
 * Whether partial presence as written (`§ 40 - § 52`, `§§ 12-19, 21`, `ej § 7`, `från § 4`, `t o m § 10`) covers
 * the item of that number. Presence that names no paragraphs (`kl. 14.30–16.00`), or an item without a number, counts
 * as present: the minutes do not say otherwise.
 */
export function presentAtItem(presence: string | null, item: number | null): boolean {
	if (presence === null || item === null || !/§|\bp\.|punkt/iu.test(presence)) return true;
	const text = presence.toLocaleLowerCase('sv');
	const spans = [...text.matchAll(range)].map((match) => {
		const from = Number(match.groups?.from);
		return { from, to: match.groups?.to ? Number(match.groups.to) : from };
	});
	if (spans.length === 0) return true;
	const first = spans[0] ?? { from: 0, to: 0 };
	if (/^(?:från|fr\.?\s?o\.?\s?m\.?|from|efter)\b/u.test(text.replace(/^[^\p{L}]+/u, '')) && spans.length === 1 && first.from === first.to)
		return item >= first.from;
	if (/^(?:t\.?\s?o\.?\s?m\.?|till|före|tom)\b/u.test(text.replace(/^[^\p{L}]+/u, '')) && spans.length === 1 && first.from === first.to)
		return item <= first.from;
	const listed = spans.some((span) => item >= span.from && item <= span.to);
	return /\b(?:ej|inte|utom|ej\s+närvarande)\b/u.test(text) ? !listed : listed;
}

const units: Record<string, number> = {
	noll: 0,
	en: 1,
	ett: 1,
	två: 2,
	tre: 3,
	fyra: 4,
	fem: 5,
	sex: 6,
	sju: 7,
	åtta: 8,
	nio: 9,
	tio: 10,
	elva: 11,
	tolv: 12,
	tretton: 13,
	fjorton: 14,
	femton: 15,
	sexton: 16,
	sjutton: 17,
	arton: 18,
	nitton: 19,
};
const tens: Record<string, number> = { tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90 };

/** Pattern of a count as written in minutes: digits or a Swedish number word up to 99 (`35`, `två`, `tjugofem`). */
export const swedishNumberPattern = String.raw`(?:\d{1,3}|(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)?|noll|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton)`;

/** The value of a count written in digits or as a Swedish number word (`"Två"` → 2, `"tjugofem"` → 25), or `null`. */
export function swedishNumber(written: string): number | null {
	const word = written.trim().toLocaleLowerCase('sv');
	if (/^\d+$/u.test(word)) return Number(word);
	if (word in units) return units[word] ?? null;
	for (const [ten, value] of Object.entries(tens)) {
		if (word === ten) return value;
		if (word.startsWith(ten)) {
			const unit = units[word.slice(ten.length)];
			if (unit !== undefined && unit >= 1 && unit <= 9) return value + unit;
		}
	}
	return null;
}

/** Swedish month names and their common abbreviations, for patterns that look for a day and a month. */
export const swedishMonthPattern =
	'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|febr?|mar|apr|jun|jul|aug|sept?|okt|nov|dec';

const months: readonly (readonly string[])[] = [
	['januari', 'jan'],
	['februari', 'feb', 'febr'],
	['mars', 'mar'],
	['april', 'apr'],
	['maj'],
	['juni', 'jun'],
	['juli', 'jul'],
	['augusti', 'aug'],
	['september', 'sep', 'sept'],
	['oktober', 'okt'],
	['november', 'nov'],
	['december', 'dec'],
];

/** The number (1–12) of a Swedish month name or abbreviation (`augusti`, `aug`, `Aug.`), or `null`. */
export function monthNumber(word: string): number | null {
	const key = word.toLocaleLowerCase('sv').replace(/\.$/, '');
	const index = months.findIndex((names) => names.includes(key));
	return index === -1 ? null : index + 1;
}

const weekday = '(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?';
const month = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
const dayHeading = new RegExp(
	`^\\s*(?:${weekday}(?:\\s+den)?\\s+\\d{1,2}(?::[ae])?\\s+${month}(?:\\s+\\d{4})?|dag\\s+\\d{1,2}(?:\\s*[-–:,]\\s*${weekday}(?:\\s+den)?\\s+\\d{1,2}\\s+${month}(?:\\s+\\d{4})?)?)\\s*:?\\s*$`,
	'iu',
);

/** Whether a line on its own is the heading of one day of a meeting over several days ("Onsdag den 1 februari", "Dag 2"). */
export function matchDayHeading(text: string): boolean {
	return dayHeading.test(text);
}

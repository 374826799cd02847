/** A date written in the text: ISO (`2019-03-12`) or Swedish (`onsdag den 1 februari`, `den 23 maj 2006`, `26–27 juni`). */
export interface DateMention {
	/** Offset of the mention in the text, and its length. */
	index: number;
	length: number;
	year: number | null;
	month: number;
	day: number;
	/** Last day of a range written `26–27 juni`, or `null`. */
	endDay: number | null;
	/** 0 = Sunday … 6 = Saturday, when a weekday is written, else `null`. */
	weekday: number | null;
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const shortMonths = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** `2019-03-12`, and `2011–05–12` as a word processor's dashes write it. */
const iso = /(?<![\d/])(\d{4})([-–])(\d{2})\2(\d{2})(?![\d/])/gu;
const swedish = new RegExp(
	`(?:(${weekdays.join('|')})(?:en)?,?\\s+)?(?:den\\s+)?(\\d{1,2})(?::[ae])?(?:\\s*[-–]\\s*(\\d{1,2})(?::[ae])?)?\\s+(${months.join('|')}|(?:${shortMonths.join('|')})\\.?)(?![\\p{L}])(?:,?\\s+(\\d{4})(?!\\d))?`,
	'giu',
);

function valid(year: number | null, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1 || day > 31) return false;
	if (year === null) return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `14.12.2009`, `14/12/2009`, `4.3.2019`: day, month, four-digit year. */
const dotted = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d.,/]?\d)/gu;
/** A link or an e-mail address: a date in it is not a date the minutes state. */
const link = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/giu;

/** Find every ISO, Swedish written or day.month.year date in a string, in order, never inside a link. */
export function parseDates(input: string): DateMention[] {
	const found: DateMention[] = [];
	// links keep their length so that offsets stay those of the text
	const text = input.replace(link, (url) => ' '.repeat(url.length));
	for (const m of text.matchAll(dotted)) {
		const day = Number(m[1]);
		const month = Number(m[3]);
		const year = Number(m[4]);
		if (!valid(year, month, day)) continue;
		found.push({ index: m.index, length: m[0].length, year, month, day, endDay: null, weekday: null });
	}
	for (const m of text.matchAll(iso)) {
		const year = Number(m[1]);
		const month = Number(m[3]);
		const day = Number(m[4]);
		if (year < 1900 || year > 2199 || !valid(year, month, day)) continue;
		found.push({ index: m.index, length: m[0].length, year, month, day, endDay: null, weekday: null });
	}
	for (const m of text.matchAll(swedish)) {
		const monthWord = m[4]!.toLowerCase().replace(/\.$/u, '');
		let month = months.indexOf(monthWord) + 1;
		if (month === 0) month = shortMonths.indexOf(monthWord) + 1;
		const day = Number(m[2]);
		const year = m[5] ? Number(m[5]) : null;
		const endDay = m[3] ? Number(m[3]) : null;
		if (!valid(year, month, day) || (endDay !== null && (endDay <= day || !valid(year, month, endDay)))) continue;
		const weekday = m[1] ? weekdays.indexOf(m[1].toLowerCase()) : null;
		found.push({ index: m.index, length: m[0].length, year, month, day, endDay, weekday });
	}
	return found.sort((a, b) => a.index - b.index);
}

import { monthNumber, swedishMonthPattern } from '../../../scripts/pipeline/resolve/month-number.ts';

/** What is known about the meeting whose minutes announce the dates. */
export interface AnnouncedDatesOptions {
	/** The meeting's date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when unknown (then only dates with a year are kept). */
	meetingDate: string | null;
}

const day = '(\\d{1,2})(?::[ae])?';
const dayMonth = new RegExp(
	`(?<![\\p{L}\\p{N}/.-])${day}((?:\\s*(?:,|och|samt|&)\\s*\\d{1,2}(?::[ae])?)*)(\\s*[-–]\\s*\\d{1,2}(?::[ae])?)?\\s+(${swedishMonthPattern})\\.?(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
	'giu',
);
const iso = /(?<![\p{N}-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}])/gu;
const numeric = /(?<![\p{N}/.-])(\d{1,2})\/(\d{1,2})(?:\s+((?:19|20)\d{2}))?(?![\p{N}/])/gu;

const pad = (value: number) => String(value).padStart(2, '0');

function isValid(year: number, month: number, dayOfMonth: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

/**
 * Turns the dates a sentence announces (`Kommande möten är 29 augusti och 24 oktober`, `den 4:e sept.`,
 * `17 och 18 januari`, `17–18 januari` (first day), `2018-08-29`, `29/8`) into ISO dates, oldest first.
 * A date without a year takes the meeting's year, or the next year when it would fall before the meeting
 * (a month earlier than the meeting's month). Only dates after the meeting are kept.
 */
export function extractAnnouncedDates(text: string, options: AnnouncedDatesOptions): string[] {
	const meeting = options.meetingDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.meetingDate) ? options.meetingDate : null;
	const found = new Set<string>();
	const add = (dayOfMonth: number, month: number, explicitYear: number | null) => {
		if (!meeting && explicitYear === null) return;
		let year = explicitYear ?? Number(meeting?.slice(0, 4));
		const candidate = () => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
		if (explicitYear === null && meeting && candidate().slice(0, meeting.length) < meeting) year += 1;
		if (!isValid(year, month, dayOfMonth)) return;
		const iso = candidate();
		if (meeting && iso.slice(0, meeting.length) < meeting) return;
		if (meeting?.length === 10 && iso === meeting) return;
		found.add(iso);
	};
	for (const match of text.matchAll(dayMonth)) {
		const month = monthNumber(match[4] ?? '');
		if (!month) continue;
		const days = [match[1], ...(match[2] ?? '').split(/\s*(?:,|och|samt|&)\s*/u)].filter(Boolean).map((value) => Number.parseInt(value as string, 10));
		for (const value of days) add(value, month, match[5] ? Number(match[5]) : null);
	}
	for (const match of text.matchAll(iso)) add(Number(match[3]), Number(match[2]), Number(match[1]));
	for (const match of text.matchAll(numeric)) {
		const month = Number(match[2]);
		if (month >= 1 && month <= 12) add(Number(match[1]), month, match[3] ? Number(match[3]) : null);
	}
	return [...found].sort();
}

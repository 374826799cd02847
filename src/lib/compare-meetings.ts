import { sortableDate } from './sortable-date.ts';

/** A meeting as the site lists it: its collection id and its front matter's date. */
export interface Dated {
	id: string;
	data: { date: string | null; startTime?: string | null };
}

/** Orders meetings oldest first by padded date, then start time, then id; use with `.sort()` and reverse for newest first. */
export function compareMeetings(a: Dated, b: Dated): number {
	return (
		sortableDate(a.data.date).localeCompare(sortableDate(b.data.date)) ||
		(a.data.startTime ?? '').localeCompare(b.data.startTime ?? '') ||
		a.id.localeCompare(b.id)
	);
}

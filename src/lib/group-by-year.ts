import { compareMeetings, type Dated } from './compare-meetings.ts';
import { yearOf } from './year-of.ts';

/** Groups meetings by year, newest year first and newest meeting first; undated meetings last under `utan-datum`. */
export function groupByYear<T extends Dated>(meetings: readonly T[]): { year: string; meetings: T[] }[] {
	const byYear = new Map<string, T[]>();
	for (const meeting of [...meetings].sort(compareMeetings).reverse()) {
		const year = yearOf(meeting.data.date);
		const list = byYear.get(year) ?? [];
		list.push(meeting);
		byYear.set(year, list);
	}
	return [...byYear]
		.sort(([a], [b]) => (a === 'utan-datum' ? 1 : b === 'utan-datum' ? -1 : b.localeCompare(a)))
		.map(([year, list]) => ({ year, meetings: list }));
}

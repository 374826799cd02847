import { compareYears } from './compare-years.ts';
import { yearOf } from './year-of.ts';

/** Splits a list by the year of each entry's date, newest year first and undated (`utan-datum`) last; each year keeps the list's order. */
export function yearGroups<T>(list: readonly T[], dateOf: (entry: T) => string | null | undefined): { year: string; entries: T[] }[] {
	const byYear = new Map<string, T[]>();
	for (const entry of list) {
		const year = yearOf(dateOf(entry));
		const entries = byYear.get(year);
		if (entries) entries.push(entry);
		else byYear.set(year, [entry]);
	}
	return [...byYear].sort(([a], [b]) => compareYears(a, b)).map(([year, entries]) => ({ year, entries }));
}

import type { Case } from '../schema/derived.ts';
import { yearGroups } from './year-groups.ts';

/** The case index's pages per year a case was first handled (newest first), each in the given order; none when `limit` cases or fewer fit on one page. */
export function caseYears<T extends Pick<Case, 'items'>>(
	cases: readonly T[],
	dateOf: (meetingId: string) => string | null | undefined,
	limit: number,
): { year: string; cases: T[] }[] {
	if (cases.length <= limit) return [];
	return yearGroups(cases, (c) => (c.items[0] ? dateOf(c.items[0].meeting) : null)).map(({ year, entries }) => ({ year, cases: entries }));
}

import type { Appearance, MeetingRef, Person } from '../schema/derived.ts';
import { compareYears } from './compare-years.ts';
import { yearGroups } from './year-groups.ts';

/** A person's year pages: appearances and mentions split by year (newest first, undated last); none when the person page shows them all. */
export function personYears(
	person: Pick<Person, 'appearances' | 'mentions'>,
	dateOf: (meetingId: string) => string | null | undefined,
	limits: { appearances: number; mentions: number },
): { year: string; appearances: Appearance[]; mentions: MeetingRef[] }[] {
	if (person.appearances.length <= limits.appearances && person.mentions.length <= limits.mentions) return [];
	const appearances = new Map(yearGroups(person.appearances, (a) => a.date).map((g) => [g.year, g.entries]));
	const mentions = new Map(yearGroups([...person.mentions].reverse(), (m) => dateOf(m.meeting)).map((g) => [g.year, g.entries]));
	return [...new Set([...appearances.keys(), ...mentions.keys()])]
		.sort(compareYears)
		.map((year) => ({ year, appearances: appearances.get(year) ?? [], mentions: mentions.get(year) ?? [] }));
}

import type { MeetingRef } from '../schema/derived.ts';
import type { MeetingEntry } from './build-archive-index.ts';
import { compareYears } from './compare-years.ts';
import type { DecisionRow } from './decision-rows.ts';
import { yearGroups } from './year-groups.ts';

/** The year pages of a topic or case: its items and decisions split by year (newest first); none when the main page shows them all. */
export function timelineYears<M extends MeetingEntry>(
	refs: readonly MeetingRef[],
	decisions: readonly DecisionRow<M>[],
	dateOf: (meetingId: string) => string | null | undefined,
	limits: { timeline: number; decisions: number },
): { year: string; refs: MeetingRef[]; decisions: DecisionRow<M>[] }[] {
	if (refs.length <= limits.timeline && decisions.length <= limits.decisions) return [];
	const byRef = new Map(yearGroups(refs, (ref) => dateOf(ref.meeting)).map((g) => [g.year, g.entries]));
	const byDecision = new Map(yearGroups(decisions, (row) => row.meeting.data.date).map((g) => [g.year, g.entries]));
	return [...new Set([...byRef.keys(), ...byDecision.keys()])]
		.sort(compareYears)
		.map((year) => ({ year, refs: byRef.get(year) ?? [], decisions: byDecision.get(year) ?? [] }));
}

import type { MeetingRef } from '../schema/derived.ts';
import type { Meeting } from '../schema/meeting.ts';

/** Counts, per person id, the topic's items where the person was present at the meeting or took part in the item; most involved first. */
export function topicPeople(refs: readonly MeetingRef[], meetings: ReadonlyMap<string, { data: Meeting }>, limit = 12): { person: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const ref of refs) {
		const meeting = meetings.get(ref.meeting)?.data;
		if (!meeting) continue;
		const ids = new Set<string>();
		for (const a of meeting.attendees) if (a.person && a.status === 'present') ids.add(a.person);
		const item = meeting.items.find((i) => i.anchor === ref.anchor);
		for (const p of item?.participants ?? []) if (p.person) ids.add(p.person);
		for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
		.slice(0, limit)
		.map(([person, count]) => ({ person, count }));
}

import type { Appearance, ObservedValue, Person } from '../../../src/schema/derived.ts';
import type { Meeting } from '../../../src/schema/meeting.ts';
import type { ResolvedPerson } from '../resolve/resolve-people.ts';

/** Meeting id → meeting, for the meetings that are published. */
export type MeetingsById = ReadonlyMap<string, Meeting>;

const collator = new Intl.Collator('sv');

/** Aggregates every published person's page data from the meetings: appearances, parties, roles, mentions and co-occurrence. */
export function buildPeople(meetings: MeetingsById, people: readonly ResolvedPerson[]): Person[] {
	const byId = new Map<string, Person>();
	const observed = new Map<string, Map<string, ObservedValue>>();
	const coCounts = new Map<string, Map<string, number>>();
	for (const person of people) {
		if (person.private) continue;
		byId.set(person.id, {
			id: person.id,
			name: person.name,
			url: `/personer/${person.id}/`,
			aliases: [...person.aliases],
			groups: [],
			bodies: [],
			parties: [],
			organizations: [],
			titles: [],
			roles: [],
			appearances: [],
			mentions: [],
			coOccurring: [],
		});
	}
	const ordered = [...meetings.entries()].sort(([a, x], [b, y]) => compareDates(x.date, y.date) || a.localeCompare(b));
	for (const [meetingId, meeting] of ordered) {
		const present: string[] = [];
		const participated = new Map<string, string[]>();
		for (const item of meeting.items) {
			for (const participant of item.participants) {
				if (!participant.person) continue;
				participated.set(participant.person, [...(participated.get(participant.person) ?? []), item.anchor]);
			}
			for (const mentioned of item.mentions) byId.get(mentioned)?.mentions.push({ meeting: meetingId, anchor: item.anchor });
		}
		const seen = new Set<string>();
		for (const attendee of meeting.attendees) {
			const person = attendee.person ? byId.get(attendee.person) : undefined;
			if (!person || seen.has(person.id)) continue;
			seen.add(person.id);
			const appearance: Appearance = {
				meeting: meetingId,
				body: meeting.body,
				date: meeting.date,
				name: attendee.name,
				status: attendee.status,
				presence: attendee.presence,
				roles: attendee.roles,
				party: attendee.party,
				organization: attendee.organization,
				title: attendee.title,
				group: attendee.group,
				items: participated.get(person.id) ?? [],
			};
			person.appearances.push(appearance);
			if (!person.groups.includes(attendee.group)) person.groups.push(attendee.group);
			if (!person.bodies.includes(meeting.body)) person.bodies.push(meeting.body);
			const values = observed.get(person.id) ?? new Map<string, ObservedValue>();
			observed.set(person.id, values);
			const observe = (kind: string, value: string | null, body: string | null) => {
				if (!value) return;
				const key = `${kind}\u0000${value}\u0000${body ?? ''}`;
				const entry = values.get(key) ?? { value, body, first: meeting.date, last: meeting.date, meetings: [] };
				entry.last = meeting.date;
				entry.meetings.push(meetingId);
				values.set(key, entry);
			};
			observe('party', attendee.party, null);
			observe('organization', attendee.organization, null);
			observe('title', attendee.title, null);
			for (const role of attendee.roles) observe('role', role, meeting.body);
			if (attendee.status === 'present') present.push(person.id);
		}
		// People who take part in an item only still appear on their page.
		for (const [personId, anchors] of participated) {
			const person = byId.get(personId);
			if (!person || seen.has(personId)) continue;
			seen.add(personId);
			const item = meeting.items.find((candidate) => candidate.anchor === anchors[0]);
			const participant = item?.participants.find((candidate) => candidate.person === personId);
			person.appearances.push({
				meeting: meetingId,
				body: meeting.body,
				date: meeting.date,
				name: participant?.name ?? person.name,
				status: 'present',
				presence: null,
				roles: [],
				party: null,
				organization: participant?.organization ?? null,
				title: participant?.title ?? null,
				group: 'other',
				items: anchors,
			});
			if (!person.bodies.includes(meeting.body)) person.bodies.push(meeting.body);
			if (!person.groups.includes('other')) person.groups.push('other');
		}
		for (const a of present) {
			const counts = coCounts.get(a) ?? new Map<string, number>();
			coCounts.set(a, counts);
			for (const b of present) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
		}
	}
	for (const person of byId.values()) {
		const values = [...(observed.get(person.id) ?? new Map()).entries()];
		const of = (kind: string) => values.filter(([key]) => key.startsWith(`${kind}\u0000`)).map(([, value]) => value);
		person.parties = of('party');
		person.organizations = of('organization');
		person.titles = of('title');
		person.roles = of('role');
		person.appearances.reverse();
		person.coOccurring = [...(coCounts.get(person.id) ?? new Map<string, number>()).entries()]
			.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
			.slice(0, 10)
			.map(([other, count]) => ({ person: other, count }));
	}
	return [...byId.values()]
		.filter((person) => person.appearances.length > 0 || person.mentions.length > 0)
		.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Orders partial ISO dates; unknown dates sort first. */
export function compareDates(a: string | null, b: string | null): number {
	return (a ?? '').localeCompare(b ?? '');
}

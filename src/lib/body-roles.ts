import type { MeetingEntry } from './build-archive-index.ts';
import { compareMeetings } from './compare-meetings.ts';

/** One person holding a role in a body, as the minutes show it. */
export interface RoleHolder {
	role: string;
	name: string;
	person: string | null;
	first: MeetingEntry;
	last: MeetingEntry;
	count: number;
}

/** The roles a body page lists, in this order. */
export const shownRoles = ['ordförande', 'vice ordförande', 'sekreterare'];

/** Lists who held the chair, vice chair and secretary roles in a body's meetings, with the first and last meeting showing each, in time order. */
export function bodyRoles(meetings: readonly MeetingEntry[], roles: readonly string[] = shownRoles): RoleHolder[] {
	const holders = new Map<string, RoleHolder>();
	for (const meeting of [...meetings].sort(compareMeetings)) {
		for (const attendee of meeting.data.attendees) {
			// No person id means content/people.yml keeps the person private: not listed.
			if (attendee.person === null) continue;
			for (const role of attendee.roles) {
				if (!roles.includes(role)) continue;
				const key = `${role}\u0000${attendee.person ?? attendee.name}`;
				const holder = holders.get(key);
				if (holder) {
					holder.last = meeting;
					holder.count++;
				} else holders.set(key, { role, name: attendee.name, person: attendee.person, first: meeting, last: meeting, count: 1 });
			}
		}
	}
	return [...holders.values()].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || compareMeetings(a.first, b.first));
}

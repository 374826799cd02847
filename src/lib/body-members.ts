import { type AttendanceCounts, attendanceCounts } from './attendance-counts.ts';
import type { MeetingEntry } from './build-archive-index.ts';
import { compareMeetings } from './compare-meetings.ts';
import { compareNames } from './compare-names.ts';

/** A person listed in a body's meetings, with how they were listed. */
export interface BodyMember {
	name: string;
	person: string | null;
	/** Latest party and organisation shown. */
	party: string | null;
	organization: string | null;
	group: 'politician' | 'official' | 'other';
	first: MeetingEntry;
	last: MeetingEntry;
	counts: AttendanceCounts;
}

/** Everyone listed in a body's meetings with present, absent and partial counts over the meetings that list them, sorted by surname. */
export function bodyMembers(meetings: readonly MeetingEntry[]): BodyMember[] {
	const members = new Map<string, { member: Omit<BodyMember, 'counts'>; listings: { status: 'present' | 'absent'; presence: string | null }[] }>();
	for (const meeting of [...meetings].sort(compareMeetings)) {
		const seen = new Set<string>();
		for (const a of meeting.data.attendees) {
			// No person id means content/people.yml keeps the person private: not listed.
			if (a.person === null) continue;
			const key = a.person;
			if (seen.has(key)) continue;
			seen.add(key);
			const entry = members.get(key);
			if (entry) {
				entry.member.last = meeting;
				entry.member.party = a.party ?? entry.member.party;
				entry.member.organization = a.organization ?? entry.member.organization;
				entry.member.group = a.group;
				entry.listings.push(a);
			} else {
				members.set(key, {
					member: { name: a.name, person: a.person, party: a.party, organization: a.organization, group: a.group, first: meeting, last: meeting },
					listings: [a],
				});
			}
		}
	}
	return [...members.values()].map(({ member, listings }) => ({ ...member, counts: attendanceCounts(listings) })).sort((a, b) => compareNames(a.name, b.name));
}

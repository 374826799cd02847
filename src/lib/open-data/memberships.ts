import type { Person } from '../../schema/derived.ts';
import { dateSpan } from './date-span.ts';
import { partyId } from './party-id.ts';
import type { MembershipRecord } from './types.ts';

/**
 * A person's Popolo memberships, from their appearances in listed meetings: one with `role: null` per body and
 * party (listed in the attendance, present or absent), and one per role as written (`ordförande`, `justerare`),
 * each spanning the first to the last meeting date that shows it.
 */
export function memberships(person: Person, isListed: (meetingId: string) => boolean): MembershipRecord[] {
	const byKey = new Map<string, MembershipRecord>();
	for (const appearance of person.appearances) {
		if (!isListed(appearance.meeting)) continue;
		const party = appearance.party ? partyId(appearance.party) : null;
		for (const role of [null, ...new Set(appearance.roles)]) {
			const id = [person.id, appearance.body, role ?? '', party ?? ''].join('|');
			let membership = byKey.get(id);
			if (!membership) {
				membership = {
					id,
					person_id: person.id,
					organization_id: appearance.body,
					role,
					on_behalf_of_id: party,
					start_date: null,
					end_date: null,
					meeting_count: 0,
				};
				byKey.set(id, membership);
			}
			dateSpan(membership, appearance.date);
			membership.meeting_count += 1;
		}
	}
	const key = (m: MembershipRecord) => [m.organization_id, m.role ?? '', m.on_behalf_of_id ?? ''].join('\u0000');
	return [...byKey.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

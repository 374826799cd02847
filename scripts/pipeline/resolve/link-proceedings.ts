import type { Attendee, Item } from '../../../src/schema/meeting.ts';
import { nameKey } from './name-key.ts';

/**
 * Gives every person named in an item's proposals, votes, reservations and conflicts the person id of the attendee of
 * the same meeting with that name, so their pages can list what they proposed, how they voted and where they reserved.
 * People not in the attendance list keep `null`.
 */
export function linkProceedings(item: Item, attendees: readonly Attendee[]): Item {
	const byName = new Map(attendees.map((attendee) => [nameKey(attendee.name), attendee.person]));
	const link = <T extends { name: string; person: string | null }>(named: T): T => ({ ...named, person: byName.get(nameKey(named.name)) ?? null });
	return {
		...item,
		proposals: item.proposals.map((proposal) => ({ ...proposal, by: proposal.by.map(link) })),
		votes: item.votes.map((vote) => ({ ...vote, named: vote.named.map(link) })),
		reservations: item.reservations.map(link),
		conflicts: item.conflicts.map(link),
	};
}

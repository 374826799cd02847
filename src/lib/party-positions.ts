import type { Vote } from '../schema/meeting.ts';

/** How one party's members voted in one vote, and the party's position: the choice of most of them, `null` on a tie. */
export interface PartyPosition {
	party: string;
	yes: number;
	no: number;
	abstain: number;
	absent: number;
	position: 'yes' | 'no' | null;
}

/** The position of each party in a named vote, from its members' votes (parties upper-cased as written). */
export function partyPositions(vote: Vote): PartyPosition[] {
	const parties = new Map<string, PartyPosition>();
	for (const voter of vote.named) {
		if (voter.party === null) continue;
		const row = parties.get(voter.party) ?? { party: voter.party, yes: 0, no: 0, abstain: 0, absent: 0, position: null };
		row[voter.vote]++;
		parties.set(voter.party, row);
	}
	for (const row of parties.values()) row.position = row.yes === row.no ? null : row.yes > row.no ? 'yes' : 'no';
	return [...parties.values()];
}

import type { Vote } from '../schema/meeting.ts';

type Named = Vote['named'][number];

/** One party's row of a named vote: its members by how they voted. */
export interface PartyVotes {
	/** Party code, or `null` for members whose party is not known. */
	party: string | null;
	yes: Named[];
	no: Named[];
	abstain: Named[];
	absent: Named[];
}

const collator = new Intl.Collator('sv');

/** Groups a vote's named votes by party, parties in Swedish order with members of no known party last. */
export function votesByParty(vote: Vote): PartyVotes[] {
	const rows = new Map<string | null, PartyVotes>();
	for (const voter of vote.named) {
		const row = rows.get(voter.party) ?? { party: voter.party, yes: [], no: [], abstain: [], absent: [] };
		rows.set(voter.party, row);
		row[voter.vote].push(voter);
	}
	return [...rows.values()].sort((a, b) => (a.party === null ? 1 : b.party === null ? -1 : collator.compare(a.party, b.party)));
}

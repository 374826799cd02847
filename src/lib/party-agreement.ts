import type { Meeting } from '../schema/meeting.ts';
import { partyPositions } from './party-positions.ts';

/** How often two parties took the same position in the named votes they both took part in. */
export interface PartyPair {
	a: string;
	b: string;
	same: number;
	/** Named votes in which both parties took a position: the number the share rests on. */
	votes: number;
}

/** The agreement between every pair of parties in a body's named votes. */
export interface PartyAgreement {
	/** Parties that took a position in at least one named vote, in Swedish order. */
	parties: string[];
	pairs: PartyPair[];
	/** Named votes read. */
	votes: number;
}

const collator = new Intl.Collator('sv');

/** Counts, over the named votes of the given meetings, how often each pair of parties voted the same way. */
export function partyAgreement(meetings: readonly Meeting[]): PartyAgreement {
	const pairs = new Map<string, PartyPair>();
	const parties = new Set<string>();
	let votes = 0;
	for (const meeting of meetings) {
		for (const item of meeting.items) {
			for (const vote of item.votes) {
				const positions = partyPositions(vote).filter((p) => p.position !== null);
				if (positions.length === 0) continue;
				votes++;
				for (const p of positions) parties.add(p.party);
				for (const x of positions) {
					for (const y of positions) {
						if (collator.compare(x.party, y.party) >= 0) continue;
						const key = `${x.party}\u0000${y.party}`;
						const pair = pairs.get(key) ?? { a: x.party, b: y.party, same: 0, votes: 0 };
						pair.votes++;
						if (x.position === y.position) pair.same++;
						pairs.set(key, pair);
					}
				}
			}
		}
	}
	return { parties: [...parties].sort(collator.compare), pairs: [...pairs.values()], votes };
}

/** The pair of two parties in either order, or `undefined` when they never voted in the same named vote. */
export function pairOf(agreement: PartyAgreement, a: string, b: string): PartyPair | undefined {
	return agreement.pairs.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));
}

import type { Decision, Item } from '../schema/meeting.ts';
import type { MeetingEntry } from './build-archive-index.ts';
import { compareMeetings } from './compare-meetings.ts';

/** One decision sentence as written, with the item and meeting it was recorded in. */
export interface DecisionRow<M extends MeetingEntry = MeetingEntry> {
	meeting: M;
	item: Item;
	decision: Decision;
}

/** Every decision, assignment, follow-up and announced meeting of the given items, newest meeting first, in the given order within a meeting; withdrawn meetings left out. */
export function decisionRows<M extends MeetingEntry>(pairs: readonly { meeting: M; item: Item }[]): DecisionRow<M>[] {
	return pairs
		.filter(({ meeting }) => meeting.data.publication !== 'withdrawn')
		.map((pair, order) => ({ pair, order }))
		.sort((a, b) => compareMeetings(b.pair.meeting, a.pair.meeting) || a.order - b.order)
		.flatMap(({ pair: { meeting, item } }) => item.decisions.map((decision) => ({ meeting, item, decision })));
}

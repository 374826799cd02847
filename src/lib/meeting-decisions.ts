import type { Decision, Item } from '../schema/meeting.ts';

/** Every decision, assignment, follow-up and announced meeting of a meeting, in item order, with the item it belongs to. */
export function meetingDecisions(items: readonly Item[]): { item: Item; decisions: Decision[] }[] {
	return items.filter((item) => item.decisions.length > 0).map((item) => ({ item, decisions: item.decisions }));
}

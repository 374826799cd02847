import type { MeetingRef } from '../schema/derived.ts';
import type { Item } from '../schema/meeting.ts';
import type { MeetingEntry } from './build-archive-index.ts';

/** Looks up the meeting and item of each item reference, in the given order; references to a whole meeting, a withdrawn meeting or a missing item are left out. */
export function resolveRefs<M extends MeetingEntry>(
	refs: readonly MeetingRef[],
	meetingsById: ReadonlyMap<string, M>,
	items: ReadonlyMap<string, Item>,
): { meeting: M; item: Item }[] {
	return refs.flatMap((ref) => {
		const meeting = meetingsById.get(ref.meeting);
		const item = ref.anchor ? items.get(`${ref.meeting}#${ref.anchor}`) : undefined;
		return meeting && item && meeting.data.publication !== 'withdrawn' ? [{ meeting, item }] : [];
	});
}

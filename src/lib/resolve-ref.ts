import type { MeetingRef } from '../schema/derived.ts';
import type { Item, Meeting } from '../schema/meeting.ts';
import type { ArchiveIndex } from './build-archive-index.ts';

/** A meeting or item reference as a page lists it: the meeting, the item when the reference names one, and the body's short name. */
export interface ResolvedRef {
	ref: MeetingRef;
	meeting: Meeting;
	item: Item | undefined;
	body: string;
	/** The item's (or the meeting's) address on the site, without the base path. */
	url: string;
}

/** Looks a reference up in the archive index; `undefined` for a meeting that is unknown or withdrawn. */
export function resolveRef(ref: MeetingRef, index: Pick<ArchiveIndex, 'meetingsById' | 'items' | 'bodiesById'>): ResolvedRef | undefined {
	const meeting = index.meetingsById.get(ref.meeting)?.data;
	if (!meeting || meeting.publication === 'withdrawn') return undefined;
	const item = ref.anchor ? index.items.get(`${ref.meeting}#${ref.anchor}`) : undefined;
	return {
		ref,
		meeting,
		item,
		body: index.bodiesById.get(meeting.body)?.shortName ?? meeting.body,
		url: ref.anchor ? `${meeting.url}#${ref.anchor}` : meeting.url,
	};
}

import type { ItemSlot } from '../loaders/item-slot-marker.ts';

/** A piece of a meeting's rendered minutes: HTML to copy as it is, or the place of one item's slot. */
export type MeetingBodyPart = { type: 'html'; html: string } | { type: ItemSlot; anchor: string };

/** The comments `itemSlotMarker` writes, as HTML: `<!--item-meta punkt-3-->`. */
const marker = /<!--item-(meta|terms) ([^\s>]*)-->/g;

/** Cuts the HTML the meetings loader rendered at its item slot markers, so the page can fill each slot. */
export function meetingBodyParts(html: string): MeetingBodyPart[] {
	const parts: MeetingBodyPart[] = [];
	let at = 0;
	for (const match of html.matchAll(marker)) {
		if (match.index > at) parts.push({ type: 'html', html: html.slice(at, match.index) });
		parts.push({ type: match[1] as ItemSlot, anchor: decodeURIComponent(match[2] ?? '') });
		at = match.index + match[0].length;
	}
	if (at < html.length) parts.push({ type: 'html', html: html.slice(at) });
	return parts;
}

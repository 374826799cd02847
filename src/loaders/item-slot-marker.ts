/** The two places of an item that the meeting page fills from the archive's data: its case/topic/participant list and its hidden search words. */
export type ItemSlot = 'meta' | 'terms';

// Written by the meetings loader (meeting-components.ts) into the rendered minutes and found again by
// `meetingBodyParts` (src/lib/meeting-body-parts.ts), which must match this format.

/** The text of the HTML comment where a meeting page puts an item's `slot`: `item-meta punkt-3`. */
export function itemSlotMarker(slot: ItemSlot, anchor: string): string {
	return `item-${slot} ${encodeURIComponent(anchor)}`;
}

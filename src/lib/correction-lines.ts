import { ui } from '../i18n/ui.ts';
import type { Corrections } from '../schema/meeting.ts';

const listed = (item: { number: string | null; title: string }): string => (item.number === null ? item.title : `${item.number}. ${item.title}`);

/** What changed in corrected minutes, one line per change as the meeting page lists them: items first, then the attendance list. */
export function correctionLines(corrections: Corrections): string[] {
	const { items, attendees } = corrections;
	const text = ui.meeting.correction;
	return [
		...items.added.map((item) => text.itemAdded(listed(item))),
		...items.removed.map((item) => text.itemRemoved(listed(item))),
		...items.retitled.map((item) => text.itemRetitled(item.number, item.from, item.to)),
		...(attendees.added.length > 0 ? [text.attendeesAdded(attendees.added.join(', '))] : []),
		...(attendees.removed.length > 0 ? [text.attendeesRemoved(attendees.removed.join(', '))] : []),
	];
}

import type { Corrections } from '../../../src/schema/meeting.ts';
import type { ParsedMinutes } from '../types.ts';

/** The parts of a reading of the minutes a comparison looks at. */
export type Version = Pick<ParsedMinutes, 'items' | 'attendees'>;

/** An item as the page lists it: its label or number (`12`, `2.1`), else its title. */
const keyOf = (item: Version['items'][number]): string => item.label ?? (item.number !== null ? String(item.number) : item.title);
const clean = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
const nameKey = (name: string): string => clean(name).toLocaleLowerCase('sv');

/**
 * What changed between the first published version of the minutes and this one: items added, removed and retitled
 * (matched by their number), attendees added and removed (by name). A name that `isPrivate` is never written out,
 * the same rule as for the current pages. `null` when a reader would see no difference in either.
 */
export function compareVersions(first: Version, now: Version, since: string, isPrivate: (name: string) => boolean): Corrections | null {
	const before = new Map(first.items.map((item) => [keyOf(item), item]));
	const after = new Map(now.items.map((item) => [keyOf(item), item]));
	const ref = (item: Version['items'][number]) => ({ number: item.label ?? (item.number !== null ? String(item.number) : null), title: clean(item.title) });
	const items = {
		added: now.items.filter((item) => !before.has(keyOf(item))).map(ref),
		removed: first.items.filter((item) => !after.has(keyOf(item))).map(ref),
		retitled: now.items.flatMap((item) => {
			const old = before.get(keyOf(item));
			return old && clean(old.title) !== clean(item.title) ? [{ number: ref(item).number, from: clean(old.title), to: clean(item.title) }] : [];
		}),
	};
	const namesOf = (version: Version) => new Map(version.attendees.map((a) => [nameKey(a.name), clean(a.name)]));
	const beforeNames = namesOf(first);
	const afterNames = namesOf(now);
	const listed = (from: Map<string, string>, other: Map<string, string>) =>
		[...from].filter(([key, name]) => !other.has(key) && !isPrivate(name)).map(([, name]) => name);
	const attendees = { added: listed(afterNames, beforeNames), removed: listed(beforeNames, afterNames) };
	const changed = items.added.length + items.removed.length + items.retitled.length + attendees.added.length + attendees.removed.length;
	return changed === 0 ? null : { since, items, attendees };
}

import type { MeetingRef } from '../../../src/schema/derived.ts';
import { slugify } from '../slugify.ts';
import { normalizeAgendaTitle } from './normalize-agenda-title.ts';

/** A meeting as far as recurring titles need it. Items' `topics` hold the curated topics already matched. */
export interface TitledMeeting {
	/** Meeting id (`halland-krf/2023-02-01`). */
	id: string;
	items: readonly { title: string; anchor: string; topics: readonly string[] }[];
}

/** An agenda subject that recurs across meetings and that no curated topic covers. */
export interface RecurringTitle {
	/** Topic id: the slug of the label (`regional-fysisk-plan`), made unique against `reservedIds`. */
	id: string;
	/** The most common reduced form of the title (`Regional fysisk plan`); ties go to the first seen. */
	label: string;
	/** Comparison key of the reduced title. */
	key: string;
	/** Every reduced form, most common first. */
	forms: string[];
	/** The titles exactly as written, in order of first appearance. */
	titles: string[];
	/** Abbreviations the titles gave (`RUS`). */
	abbreviations: string[];
	/** Ids of the meetings it recurs in, in the order given. */
	meetings: string[];
	/** The items with the title, in the order given. */
	items: MeetingRef[];
}

/** Items gathered under one comparison key. */
interface Group {
	forms: Map<string, number>;
	titles: string[];
	abbreviations: string[];
	meetings: string[];
	items: MeetingRef[];
	topics: (readonly string[])[];
}

/** When a title counts as recurring. */
export interface FindRecurringTitlesOptions {
	/** Distinct meetings the reduced title must appear in. Default 2. */
	minMeetings?: number;
	/** Ids already taken (the curated topics' ids): a recurring topic never gets one of them. */
	reservedIds?: readonly string[];
}

/**
 * Finds agenda titles that recur (after `normalizeAgendaTitle`) in at least `minMeetings` meetings and that
 * no curated topic covers, that is: no topic id is shared by every item with the title. Pure; give the
 * meetings oldest first so that `items` and ties come out in that order.
 */
export function findRecurringTitles(meetings: readonly TitledMeeting[], options: FindRecurringTitlesOptions = {}): RecurringTitle[] {
	const minMeetings = options.minMeetings ?? 2;
	const taken = new Set(options.reservedIds ?? []);
	const groups = new Map<string, Group>();
	for (const meeting of meetings) {
		for (const item of meeting.items) {
			const normalized = normalizeAgendaTitle(item.title);
			if (!normalized) continue;
			const group: Group = groups.get(normalized.key) ?? { forms: new Map(), titles: [], abbreviations: [], meetings: [], items: [], topics: [] };
			group.forms.set(normalized.label, (group.forms.get(normalized.label) ?? 0) + 1);
			if (!group.titles.includes(item.title)) group.titles.push(item.title);
			for (const abbreviation of normalized.abbreviations) if (!group.abbreviations.includes(abbreviation)) group.abbreviations.push(abbreviation);
			if (!group.meetings.includes(meeting.id)) group.meetings.push(meeting.id);
			group.items.push({ meeting: meeting.id, anchor: item.anchor });
			group.topics.push(item.topics);
			groups.set(normalized.key, group);
		}
	}
	const recurring: RecurringTitle[] = [];
	for (const [key, group] of groups) {
		if (group.meetings.length < minMeetings) continue;
		const [first, ...rest] = group.topics;
		const covered = (first ?? []).some((topic) => rest.every((topics) => topics.includes(topic)));
		if (covered) continue;
		const forms = [...group.forms.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
		const label = forms[0] ?? key;
		const base = slugify(label) || slugify(key) || 'amne';
		let id = base;
		for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
		taken.add(id);
		recurring.push({ id, label, key, forms, titles: group.titles, abbreviations: group.abbreviations, meetings: group.meetings, items: group.items });
	}
	return recurring;
}

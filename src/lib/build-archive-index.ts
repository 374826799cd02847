import type { Body, Theme } from '../schema/archive.ts';
import type { Case, Person, Topic } from '../schema/derived.ts';
import type { Item, Meeting } from '../schema/meeting.ts';
import { compareMeetings } from './compare-meetings.ts';
import { groupByYear } from './group-by-year.ts';
import { casesByItem } from './item-cases.ts';
import { meetingId } from './meeting-id.ts';
import { type PartyRecord, partyRecords } from './party-records.ts';
import { type PersonAct, personProceedings } from './person-proceedings.ts';

/** A meeting entry as the content layer gives it (or a plain object in tests). */
export interface MeetingEntry {
	id: string;
	data: Meeting;
}

/** The archive's site settings as stored in `settings.json`. */
export interface Settings {
	title: string;
	description: string;
	baseUrl: string;
	basePath: string;
	language: string;
	publisher: { name: string; email?: string; url?: string };
	noindexPeople: boolean;
	/** SPDX id of the open data's licence, when `archive.yml` names one. */
	license?: string;
	/** The archive's own look: logo, favicon, colours, header and footer links. */
	theme: Theme;
}

/** Everything the pages look up, built once from the collections. */
export interface ArchiveIndex<M extends MeetingEntry = MeetingEntry> {
	settings: Settings;
	bodies: Body[];
	bodiesById: Map<string, Body>;
	/** Every meeting entry, withdrawn ones included (they still get a page with a notice). */
	allMeetings: M[];
	/** Listed meetings (published and drafts), newest first. */
	meetings: M[];
	/** Meetings by `<body>/<slug>`, the id the people, topics and cases data use. */
	meetingsById: Map<string, M>;
	/** Listed meetings per body id, newest first. */
	byBody: Map<string, M[]>;
	/** Listed meetings per year (`utan-datum` for unknown dates), newest year first. */
	byYear: { year: string; meetings: M[] }[];
	/** The previous (older) and next (newer) listed meeting of the same body, by `<body>/<slug>`. */
	prevNext: Map<string, { prev: M | null; next: M | null }>;
	people: Person[];
	peopleById: Map<string, Person>;
	topics: Topic[];
	topicsById: Map<string, Topic>;
	cases: Case[];
	casesById: Map<string, Case>;
	/** The cases each item handled, by `<meeting id>#<anchor>` (see `itemCase`). */
	casesByItem: Map<string, Case[]>;
	/** An item by `<meeting id>#<anchor>`. */
	items: Map<string, Item>;
	/** Each person's proposals, votes, reservations and conflicts of interest, newest meeting first, by person id. */
	proceedingsByPerson: Map<string, PersonAct[]>;
	/** Every party by slug (`/partier/<slug>/`): its people, proposals, votes and reservations. */
	parties: Map<string, PartyRecord>;
}

/** Raw collections, as plain arrays of data. */
export interface ArchiveData<M extends MeetingEntry> {
	settings: Settings;
	bodies: Body[];
	meetings: M[];
	people: Person[];
	topics: Topic[];
	cases: Case[];
}

/** Builds every lookup map and sorted list the site needs in one pass over the collections. */
export function buildArchiveIndex<M extends MeetingEntry>(data: ArchiveData<M>): ArchiveIndex<M> {
	const allMeetings = [...data.meetings].sort(compareMeetings).reverse();
	const meetings = allMeetings.filter((m) => m.data.publication !== 'withdrawn');
	const byBody = new Map<string, M[]>();
	for (const body of data.bodies) byBody.set(body.id, []);
	for (const meeting of meetings) {
		const list = byBody.get(meeting.data.body);
		if (list) list.push(meeting);
		else byBody.set(meeting.data.body, [meeting]);
	}
	const prevNext = new Map<string, { prev: M | null; next: M | null }>();
	for (const list of byBody.values()) {
		list.forEach((meeting, i) => {
			prevNext.set(meetingId(meeting), { prev: list[i + 1] ?? null, next: list[i - 1] ?? null });
		});
	}
	const items = new Map<string, Item>();
	for (const meeting of meetings) for (const item of meeting.data.items) items.set(`${meetingId(meeting)}#${item.anchor}`, item);
	return {
		settings: data.settings,
		bodies: data.bodies,
		bodiesById: new Map(data.bodies.map((b) => [b.id, b])),
		allMeetings,
		meetings,
		meetingsById: new Map(allMeetings.map((m) => [meetingId(m), m])),
		byBody,
		byYear: groupByYear(meetings),
		prevNext,
		people: data.people,
		peopleById: new Map(data.people.map((p) => [p.id, p])),
		topics: data.topics,
		topicsById: new Map(data.topics.map((t) => [t.id, t])),
		cases: data.cases,
		casesById: new Map(data.cases.map((c) => [c.id, c])),
		casesByItem: casesByItem(data.cases),
		items,
		proceedingsByPerson: personProceedings(meetings),
		parties: partyRecords(meetings, data.people),
	};
}

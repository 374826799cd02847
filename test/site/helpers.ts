import type { Settings } from '../../src/lib/build-archive-index.ts';
import type { Attendee, Item, Meeting } from '../../src/schema/meeting.ts';

/** An attendee with defaults: a present politician without party. */
export function attendee(name: string, extra: Partial<Attendee> = {}): Attendee {
	return {
		name,
		person: name.toLowerCase().replace(/\s+/g, '-'),
		party: null,
		organization: null,
		title: null,
		roles: [],
		group: 'politician',
		status: 'present',
		presence: null,
		section: null,
		line: null,
		...extra,
	};
}

/** An item with defaults. */
export function item(number: number | null, extra: Partial<Item> = {}): Item {
	return {
		number,
		label: null,
		title: `Punkt ${number}`,
		anchor: `punkt-${number}`,
		day: null,
		caseNumbers: [],
		topics: [],
		participants: [],
		mentions: [],
		decisions: [],
		resolution: null,
		proposals: [],
		propositions: [],
		votes: [],
		reservations: [],
		conflicts: [],
		recipients: [],
		excerpt: '',
		...extra,
	};
}

/** A meeting entry `{ id, data }` as the content layer gives it, with defaults. */
export function meeting(body: string, slug: string, date: string | null, extra: Partial<Meeting> = {}): { id: string; data: Meeting } {
	return {
		id: slug,
		data: {
			source: `minutes/${body}/${slug}.txt`,
			sourceSha256: '0'.repeat(64),
			url: `/organ/${body}/${slug}/`,
			body,
			bodyName: null,
			slug,
			title: `Möte ${slug}`,
			documentType: null,
			date,
			endDate: null,
			startTime: null,
			endTime: null,
			location: null,
			provenance: {},
			attendees: [],
			items: [],
			signature: null,
			originalWithheld: false,
			sourceAdded: null,
			sourceChanged: null,
			historyUrl: null,
			corrections: null,
			publication: 'published',
			publicationNote: null,
			reading: { attendance: { level: 'sure', basis: 'list', suspect: [] }, items: { level: 'sure', basis: 'paragraphs' } },
			...extra,
		},
	};
}

/** The site settings of a small test archive, every field set. */
export const settings: Settings = {
	title: 'Arkiv',
	description: '',
	baseUrl: 'https://example.org/',
	basePath: '/',
	language: 'sv',
	publisher: { name: 'X' },
	noindexPeople: false,
	theme: { colors: {}, headerLinks: [], footer: { links: [] } },
};

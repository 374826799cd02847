import { buildArchiveIndex, type Settings } from '../../src/lib/build-archive-index.ts';
import type { Appearance, Person } from '../../src/schema/derived.ts';
import type { Meeting } from '../../src/schema/meeting.ts';
import { attendee, meeting as baseMeeting, item } from '../site/helpers.ts';

/** Text that would break HTML, XML, CSV, iCalendar and JSON-LD if written unescaped. */
export const hostile = `</script><b>"Budget" & 'plan'</b>, del 1; C:\\väg\nrad två`;

/** Settings of the fixture archive, served under a sub-path. */
export const settings: Settings = {
	title: 'Arkivet',
	description: 'Ett testarkiv.',
	baseUrl: 'https://example.org/',
	basePath: '/arkiv/',
	language: 'sv',
	publisher: { name: 'Utgivaren', email: 'a@example.org' },
	noindexPeople: false,
	theme: { colors: {}, headerLinks: [], footer: { links: [] } },
};

/** A meeting entry with every provenance field set, so the fixture does not depend on the helper's defaults. */
const meeting = (body: string, slug: string, date: string | null, extra: Partial<Meeting> = {}) =>
	baseMeeting(body, slug, date, { sourceAdded: null, sourceChanged: null, historyUrl: null, originalWithheld: false, ...extra });

const appearance = (meetingId: string, date: string | null, extra: Partial<Appearance> = {}): Appearance => ({
	meeting: meetingId,
	body: meetingId.split('/')[0]!,
	date,
	name: 'Anna Ek',
	status: 'present',
	presence: null,
	roles: [],
	party: 'S',
	organization: null,
	title: null,
	group: 'politician',
	items: [],
	...extra,
});

const anna: Person = {
	id: 'anna-ek',
	name: 'Anna Ek',
	url: '/personer/anna-ek/',
	aliases: ['Anna Ek', 'A. Ek'],
	groups: ['politician'],
	bodies: ['krf', 'kf'],
	parties: [{ value: 'S', body: null, first: '2019-06', last: '2024', meetings: [] }],
	organizations: [],
	titles: [],
	roles: [],
	appearances: [
		appearance('krf/2024-dialog', '2024'),
		appearance('krf/2023-02-01', '2023-02-01', { roles: ['ordförande'] }),
		appearance('krf/indragen', '2023-05-01', { roles: ['ordförande'] }),
		appearance('krf/2019-06-kopenhamn', '2019-06'),
		appearance('kf/2018-05-02', '2018-05-02', { party: null, status: 'absent' }),
	],
	mentions: [{ meeting: 'kf/okand', anchor: 'punkt-1' }],
	coOccurring: [],
};

/** A small archive: two bodies, full, partial, unknown and withdrawn dates, a draft, hostile text, an announced meeting. */
export function fixtureIndex(options: { settings?: Settings } = {}) {
	const meetings = [
		meeting('krf', '2023-02-01', '2023-02-01', {
			title: hostile,
			location: 'Falkenberg, Strandbadet',
			startTime: '09:00',
			endTime: '13:00',
			attendees: [
				attendee('Anna Ek', { person: 'anna-ek', party: 'S', roles: ['ordförande'] }),
				attendee('Bo Ström', { person: 'bo-strom', party: 'M', status: 'absent' }),
				attendee('Greta Gömd', { person: null, party: 'V' }),
				attendee('Cecilia Lund', { person: 'cecilia-lund', group: 'official', title: 'Kommundirektör', organization: 'Laholms kommun' }),
			],
			items: [
				item(1, { title: hostile, caseNumbers: ['KS 2018/124'], topics: ['budget'], decisions: [{ kind: 'decision', text: hostile }] }),
				item(2, { title: 'Kommande möten', decisions: [{ kind: 'meeting', text: 'Kommande möten är 29 augusti och 24 oktober.' }] }),
				item(3, {
					title: 'Motion om badplats',
					proposals: [
						{
							by: [
								{ name: 'Anna Ek', party: 'S', person: 'anna-ek' },
								{ name: 'Greta Gömd', party: 'V', person: null },
							],
							text: `bifall till motionen ${hostile}`,
						},
					],
					votes: [
						{
							yes: 2,
							no: 1,
							abstain: null,
							absent: null,
							yesMeans: 'bifall till motionen',
							noMeans: null,
							named: [
								{ name: 'Anna Ek', party: 'S', person: 'anna-ek', vote: 'yes' },
								{ name: 'Greta Gömd', party: 'V', person: null, vote: 'yes' },
								{ name: 'Per Utan Lista', party: 'KD', person: null, vote: 'no' },
							],
						},
					],
					reservations: [{ name: 'Per Utan Lista', party: 'KD', person: null, inFavourOf: 'eget yrkande' }],
					conflicts: [{ name: 'Greta Gömd', party: 'V', person: null }],
				}),
			],
		}),
		meeting('krf', '2019-06-kopenhamn', '2019-06', {
			originalWithheld: true,
			sourceAdded: '2024-03-01T10:00:00+01:00',
			historyUrl: 'https://git.example.org/historik',
			attendees: [attendee('Anna Ek', { person: 'anna-ek', party: 'S' })],
			items: [item(1, { topics: ['budget'] })],
		}),
		meeting('krf', '2024-dialog', '2024', { publication: 'draft', attendees: [attendee('Anna Ek', { person: 'anna-ek', party: 'S' })], items: [item(1)] }),
		meeting('krf', 'indragen', '2023-05-01', {
			publication: 'withdrawn',
			items: [item(1, { topics: ['budget'], decisions: [{ kind: 'meeting', text: 'Nästa möte är 1 juni.' }] })],
		}),
		meeting('kf', '2018-05-02', '2018-05-02', {
			attendees: [attendee('Anna Ek', { person: 'anna-ek', status: 'absent' })],
			items: [
				item(1, {
					decisions: [
						{ kind: 'meeting', text: 'Kommande möten är 29 augusti och 24 oktober.' },
						{ kind: 'meeting', text: 'Datum för regiondagarna 2019 blir den 17-18 januari.' },
					],
				}),
			],
		}),
		meeting('kf', 'okand', null, { items: [item(1, { mentions: ['anna-ek'] })] }),
	];
	return buildArchiveIndex({
		settings: options.settings ?? settings,
		bodies: [
			{ id: 'krf', name: 'Kommun- och regionledningsforum', shortName: 'KRF', organization: 'Region Halland', description: 'Forum.' },
			{ id: 'kf', name: 'Kommunalt forum', shortName: 'KF', organization: 'Region Kronoberg', description: '' },
			{ id: 'tom', name: 'Tomt organ', shortName: 'T', organization: 'Region Halland', description: '' },
		],
		meetings,
		people: [anna],
		topics: [
			{
				id: 'budget',
				label: 'Budget',
				url: '/amnen/budget/',
				description: 'Pengar.',
				synonyms: [],
				abbreviations: [],
				broader: null,
				origin: 'registry',
				items: [
					{ meeting: 'krf/2019-06-kopenhamn', anchor: 'punkt-1' },
					{ meeting: 'krf/2023-02-01', anchor: 'punkt-1' },
					{ meeting: 'krf/indragen', anchor: 'punkt-1' },
				],
			},
		],
		cases: [
			{
				id: 'ks-2018-124',
				number: 'KS 2018/124',
				key: 'ks-2018-124',
				organization: 'Region Halland',
				url: '/arenden/ks-2018-124/',
				items: [{ meeting: 'krf/2023-02-01', anchor: 'punkt-1' }],
			},
		],
	});
}

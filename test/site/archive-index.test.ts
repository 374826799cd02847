import { describe, expect, it } from 'vitest';
import { bodyMembers } from '../../src/lib/body-members.ts';
import { bodyRoles } from '../../src/lib/body-roles.ts';
import { buildArchiveIndex } from '../../src/lib/build-archive-index.ts';
import { meetingDecisions } from '../../src/lib/meeting-decisions.ts';
import { topTopics } from '../../src/lib/top-topics.ts';
import { attendee, item, meeting, settings } from './helpers.ts';

const bodies = [
	{ id: 'krf', name: 'KRF-forum', shortName: 'KRF', organization: 'Region', description: '' },
	{ id: 'kf', name: 'Kommunalt forum', shortName: 'KF', organization: 'Region', description: '' },
	{ id: 'tom', name: 'Tomt organ', shortName: 'T', organization: 'Region', description: '' },
];
const meetings = [
	meeting('krf', '2023-02-01', '2023-02-01'),
	meeting('krf', '2019-06-kopenhamn', '2019-06'),
	meeting('krf', '2024-dialog', '2024', { publication: 'draft' }),
	meeting('krf', 'indragen', '2023-05-01', { publication: 'withdrawn' }),
	meeting('kf', '2023-02-01', '2023-02-01'),
	meeting('kf', 'okand', null),
];
const index = buildArchiveIndex({ settings, bodies, meetings, people: [], topics: [], cases: [] });

describe('the archive index', () => {
	it('lists meetings newest first, partial dates in their period', () => {
		expect(index.meetings.map((m) => m.data.url)).toEqual([
			'/organ/krf/2024-dialog/',
			'/organ/kf/2023-02-01/',
			'/organ/krf/2023-02-01/',
			'/organ/krf/2019-06-kopenhamn/',
			'/organ/kf/okand/',
		]);
	});
	it('keys meetings by body and slug, so equal slugs in two bodies stay apart', () => {
		expect(index.meetingsById.get('krf/2023-02-01')!.data.body).toBe('krf');
		expect(index.meetingsById.get('kf/2023-02-01')!.data.body).toBe('kf');
	});
	it('keeps withdrawn meetings out of lists but gives them a page', () => {
		expect(index.meetings.some((m) => m.data.slug === 'indragen')).toBe(false);
		expect(index.allMeetings.some((m) => m.data.slug === 'indragen')).toBe(true);
	});
	it('gives every body a list, even an empty one', () => expect(index.byBody.get('tom')).toEqual([]));
	it('groups by year, newest first, undated last', () => expect(index.byYear.map((y) => y.year)).toEqual(['2024', '2023', '2019', 'utan-datum']));
	it('links each meeting to the previous and next of the same body', () => {
		const { prev, next } = index.prevNext.get('krf/2023-02-01')!;
		expect(prev!.data.slug).toBe('2019-06-kopenhamn');
		expect(next!.data.slug).toBe('2024-dialog');
		expect(index.prevNext.get('krf/2019-06-kopenhamn')!.prev).toBeNull();
	});
});

describe('a body page', () => {
	const list = [
		meeting('krf', 'a', '2019-06', {
			attendees: [attendee('Mia Ek', { roles: ['ordförande'], party: 'M' }), attendee('Bo Al', { status: 'absent' })],
			items: [item(1, { topics: ['rus', 'vard'] })],
		}),
		meeting('krf', 'b', '2023-02-01', {
			attendees: [
				attendee('Mia Ek', { roles: ['ordförande'] }),
				attendee('Bo Al', { roles: ['vice ordförande'], presence: 'dag 1' }),
				attendee('Ny Person', { person: null }),
			],
			items: [item(1, { topics: ['rus'] })],
		}),
		meeting('krf', 'c', '2024', { attendees: [attendee('Sara Sund', { roles: ['ordförande', 'justerare'] })] }),
	];
	it('shows who held each role, first and last meeting, in role order', () => {
		expect(bodyRoles(list).map((r) => [r.role, r.name, r.first.data.slug, r.last.data.slug, r.count])).toEqual([
			['ordförande', 'Mia Ek', 'a', 'b', 2],
			['ordförande', 'Sara Sund', 'c', 'c', 1],
			['vice ordförande', 'Bo Al', 'b', 'b', 1],
		]);
	});
	it('counts attendance only over the meetings that list the person', () => {
		const bo = bodyMembers(list).find((m) => m.name === 'Bo Al')!;
		expect(bo.counts).toEqual({ present: 0, partial: 1, absent: 1, listed: 2 });
		expect(bodyMembers(list).find((m) => m.name === 'Sara Sund')!.counts.listed).toBe(1);
	});
	it('leaves out a person without a page (kept private in content/people.yml)', () =>
		expect(bodyMembers(list).find((m) => m.name === 'Ny Person')).toBeUndefined());
	it('sorts members by surname', () => expect(bodyMembers(list).map((m) => m.name)).toEqual(['Bo Al', 'Mia Ek', 'Sara Sund']));
	it('ranks topics by how many items deal with them', () =>
		expect(topTopics(list)).toEqual([
			{ topic: 'rus', count: 2 },
			{ topic: 'vard', count: 1 },
		]));
});

describe('a meeting with decisions', () => {
	it('collects them in item order with their item', () => {
		const items = [
			item(1),
			item(2, {
				decisions: [
					{ kind: 'decision', text: 'KRF beslutade.' },
					{ kind: 'assignment', text: 'X fick i uppdrag.' },
				],
			}),
			item(3, { decisions: [{ kind: 'meeting', text: 'Nästa möte 22 mars.' }] }),
		];
		expect(meetingDecisions(items).map((d) => [d.item.anchor, d.decisions.length])).toEqual([
			['punkt-2', 2],
			['punkt-3', 1],
		]);
	});
});

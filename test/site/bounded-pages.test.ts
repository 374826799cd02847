import { describe, expect, it } from 'vitest';
import { capList } from '../../src/lib/cap-list.ts';
import { caseYears } from '../../src/lib/case-years.ts';
import { compareYears } from '../../src/lib/compare-years.ts';
import { decisionRows } from '../../src/lib/decision-rows.ts';
import { keepLargest } from '../../src/lib/keep-largest.ts';
import { letterPages } from '../../src/lib/letter-pages.ts';
import { letterSlug } from '../../src/lib/letter-slug.ts';
import { pageLinks } from '../../src/lib/page-links.ts';
import { personYears } from '../../src/lib/person-years.ts';
import { resolveRefs } from '../../src/lib/resolve-refs.ts';
import { timelineYears } from '../../src/lib/timeline-years.ts';
import { yearGroups } from '../../src/lib/year-groups.ts';
import type { Appearance, MeetingRef, Person } from '../../src/schema/derived.ts';
import { item, meeting } from './helpers.ts';

const decision = (text: string, kind: 'decision' | 'assignment' | 'followup' | 'meeting' = 'decision') => ({ kind, text });

describe('decisions on topic and body pages', () => {
	const old = meeting('krf', '2019-06-01', '2019-06-01', { items: [item(1, { decisions: [decision('KRF beslutade att godkänna planen.')] })] });
	const mid = meeting('krf', '2023-02-01', '2023-02-01', {
		items: [
			item(1, { decisions: [decision('Första.'), decision('Andra.', 'assignment')] }),
			item(2, { decisions: [decision('Tredje.', 'followup')] }),
			item(3),
		],
	});
	const gone = meeting('krf', '2024-01-01', '2024-01-01', { publication: 'withdrawn', items: [item(1, { decisions: [decision('Dold.')] })] });
	const pairs = [old, mid, gone].flatMap((m) => m.data.items.map((i) => ({ meeting: m, item: i })));

	it('lists newest meeting first, keeping item and sentence order within a meeting', () => {
		expect(decisionRows(pairs).map((r) => r.decision.text)).toEqual(['Första.', 'Andra.', 'Tredje.', 'KRF beslutade att godkänna planen.']);
	});
	it('keeps each sentence exactly as written, with its kind and item', () => {
		const row = decisionRows(pairs).at(-1)!;
		expect(row.decision).toEqual({ kind: 'decision', text: 'KRF beslutade att godkänna planen.' });
		expect(row.item.anchor).toBe('punkt-1');
		expect(row.meeting.data.url).toBe('/organ/krf/2019-06-01/');
	});
	it('leaves out withdrawn meetings', () => expect(decisionRows(pairs).some((r) => r.decision.text === 'Dold.')).toBe(false));
	it('resolves item references, skipping whole-meeting, withdrawn and unknown ones', () => {
		const meetingsById = new Map([old, mid, gone].map((m) => [`krf/${m.data.slug}`, m]));
		const items = new Map(pairs.map((p) => [`krf/${p.meeting.data.slug}#${p.item.anchor}`, p.item]));
		const refs: MeetingRef[] = [
			{ meeting: 'krf/2019-06-01', anchor: 'punkt-1' },
			{ meeting: 'krf/2023-02-01', anchor: null },
			{ meeting: 'krf/2023-02-01', anchor: 'punkt-9' },
			{ meeting: 'krf/2024-01-01', anchor: 'punkt-1' },
			{ meeting: 'krf/2023-02-01', anchor: 'punkt-2' },
		];
		expect(resolveRefs(refs, meetingsById, items).map((p) => `${p.meeting.data.slug}#${p.item.anchor}`)).toEqual(['2019-06-01#punkt-1', '2023-02-01#punkt-2']);
	});
});

describe('grouping by year', () => {
	it('orders years newest first with undated last', () =>
		expect(['2019', 'utan-datum', '2024', '2020'].sort(compareYears)).toEqual(['2024', '2020', '2019', 'utan-datum']));
	it('groups by the year of each date, keeping the order within a year', () => {
		const list = [
			{ d: '2024-05-01', n: 1 },
			{ d: null, n: 2 },
			{ d: '2023', n: 3 },
			{ d: '2024-01', n: 4 },
		];
		expect(yearGroups(list, (x) => x.d)).toEqual([
			{ year: '2024', entries: [list[0], list[3]] },
			{ year: '2023', entries: [list[2]] },
			{ year: 'utan-datum', entries: [list[1]] },
		]);
	});
	it('returns nothing for an empty list', () => expect(yearGroups([], () => null)).toEqual([]));
});

describe('capping a list', () => {
	it('shows the first entries and counts the rest', () => expect(capList([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], hidden: 1 }));
	it('hides nothing when the list fits', () => expect(capList([1, 2], 5)).toEqual({ shown: [1, 2], hidden: 0 }));
	it('treats a negative limit as zero', () => expect(capList([1], -1)).toEqual({ shown: [], hidden: 1 }));
	it('keeps the highest scores in the list order, earlier first on ties', () => {
		expect(keepLargest(['a', 'bbb', 'cc', 'dd', 'e'], 3, (s) => s.length)).toEqual(['bbb', 'cc', 'dd']);
		expect(keepLargest(['x', 'y'], 5, () => 0)).toEqual(['x', 'y']);
	});
});

describe('pagination links', () => {
	it('gives one link per key, labelled, the current one marked', () => {
		expect(
			pageLinks(
				['2024', 'utan-datum'],
				'2024',
				(k) => `/organ/krf/ar/${k}/`,
				(k) => k.toUpperCase(),
			),
		).toEqual([
			{ key: '2024', url: '/organ/krf/ar/2024/', label: '2024', current: true },
			{ key: 'utan-datum', url: '/organ/krf/ar/utan-datum/', label: 'UTAN-DATUM', current: false },
		]);
	});
	it('marks nothing on the page that links to all of them', () => expect(pageLinks(['a'], null, (k) => k).every((l) => !l.current)).toBe(true));
});

describe('a person with a long history', () => {
	const appearance = (meetingId: string, date: string | null): Appearance => ({
		meeting: meetingId,
		body: 'krf',
		date,
		name: 'Mia Ek',
		status: 'present',
		presence: null,
		roles: [],
		party: null,
		organization: null,
		title: null,
		group: 'politician',
		items: [],
	});
	const dates: Record<string, string | null> = { 'krf/a': '2024-03-01', 'krf/b': '2024-01-01', 'krf/c': '2022-05-01', 'krf/d': null, 'krf/e': '2021-02-02' };
	const person: Pick<Person, 'appearances' | 'mentions'> = {
		appearances: [appearance('krf/a', '2024-03-01'), appearance('krf/b', '2024-01-01'), appearance('krf/c', '2022-05-01'), appearance('krf/d', null)],
		mentions: [
			{ meeting: 'krf/e', anchor: 'punkt-1' },
			{ meeting: 'krf/b', anchor: 'punkt-2' },
		],
	};
	it('needs no year pages when everything fits on the person page', () =>
		expect(personYears(person, (id) => dates[id], { appearances: 4, mentions: 2 })).toEqual([]));
	it('splits appearances and mentions by year, newest first, mentions newest first within a year', () => {
		const years = personYears(person, (id) => dates[id], { appearances: 2, mentions: 50 });
		expect(years.map((y) => [y.year, y.appearances.map((a) => a.meeting), y.mentions.map((m) => m.meeting)])).toEqual([
			['2024', ['krf/a', 'krf/b'], ['krf/b']],
			['2022', ['krf/c'], []],
			['2021', [], ['krf/e']],
			['utan-datum', ['krf/d'], []],
		]);
	});
});

describe('a long topic or case timeline', () => {
	const m = (slug: string, date: string) => meeting('krf', slug, date, { items: [item(1, { decisions: [decision(`Beslut ${slug}.`)] })] });
	const meetings = [m('a', '2024-02-01'), m('b', '2023-02-01'), m('c', '2023-01-01')];
	const dateOf = (id: string) => meetings.find((x) => `krf/${x.data.slug}` === id)?.data.date;
	const refs: MeetingRef[] = meetings.map((x) => ({ meeting: `krf/${x.data.slug}`, anchor: 'punkt-1' }));
	const rows = decisionRows(meetings.map((x) => ({ meeting: x, item: x.data.items[0]! })));
	it('needs no year pages when both lists fit', () => expect(timelineYears(refs, rows, dateOf, { timeline: 3, decisions: 3 })).toEqual([]));
	it('splits when the decisions alone overflow', () =>
		expect(timelineYears(refs, rows, dateOf, { timeline: 3, decisions: 2 }).map((y) => y.year)).toEqual(['2024', '2023']));
	it('puts each item and decision on its year page', () => {
		const years = timelineYears(refs, rows, dateOf, { timeline: 1, decisions: 9 });
		expect(years.map((y) => [y.year, y.refs.length, y.decisions.map((r) => r.decision.text)])).toEqual([
			['2024', 1, ['Beslut a.']],
			['2023', 2, ['Beslut b.', 'Beslut c.']],
		]);
	});
	it('splits a long case index by the year a case was first handled', () => {
		const cases = [
			{
				items: [
					{ meeting: 'krf/c', anchor: null },
					{ meeting: 'krf/a', anchor: null },
				],
			},
			{ items: [{ meeting: 'krf/a', anchor: null }] },
			{ items: [] },
		];
		expect(caseYears(cases, dateOf, 3)).toEqual([]);
		expect(caseYears(cases, dateOf, 2).map((y) => [y.year, y.cases.length])).toEqual([
			['2024', 1],
			['2023', 1],
			['utan-datum', 1],
		]);
	});
});

describe('people index split by initial letter', () => {
	const people = ['Åsa Ek', 'Anna Öberg', 'Per Ahl', 'Olle Ärlig', 'Eva Åberg', '3M'].map((name) => ({ name }));
	it('uses ASCII segments that can never be a year', () => {
		expect(['A', 'Z', 'Å', 'Ä', 'Ö', '#'].map(letterSlug)).toEqual(['a', 'z', 'aa', 'ae', 'oe', 'ovrigt']);
	});
	it('keeps one page when the list fits', () => expect(letterPages(people, 6)).toEqual([]));
	it('makes one page per letter, A–Ö then #', () => {
		expect(letterPages(people, 5).map((p) => [p.slug, p.people.map((x) => x.name)])).toEqual([
			['a', ['Per Ahl']],
			['e', ['Åsa Ek']],
			['aa', ['Eva Åberg']],
			['ae', ['Olle Ärlig']],
			['oe', ['Anna Öberg']],
			['ovrigt', ['3M']],
		]);
	});
});

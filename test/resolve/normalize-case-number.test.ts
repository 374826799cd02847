import { describe, expect, it } from 'vitest';
import { buildCases } from '../../scripts/pipeline/build/build-topics.ts';
import { normalizeCaseNumber } from '../../scripts/pipeline/resolve/normalize-case-number.ts';
import type { Item, Meeting } from '../../src/schema/meeting.ts';

describe('normalizeCaseNumber', () => {
	it.each([
		['RS181313', 'RS181313', 'rs181313'],
		['RS 181313', 'RS181313', 'rs181313'],
		['KS 2018/124', 'KS 2018/124', 'ks-2018-124'],
		['KS2018/124', 'KS 2018/124', 'ks-2018-124'],
		['Dnr KS 2018/124', 'KS 2018/124', 'ks-2018-124'],
		['Dnr. KS-2018/124', 'KS 2018/124', 'ks-2018-124'],
		['ks 2018/124', 'KS 2018/124', 'ks-2018-124'],
		['Dnr 2019/45', 'Dnr 2019/45', '2019-45'],
		['Dnr: RS 2019-0045', 'RS 2019-0045', 'rs-2019-45'],
		['RS 2019/45', 'RS 2019/45', 'rs-2019-45'],
		['Diarienummer: KS 2020:17', 'KS 2020:17', 'ks-2020-17'],
		['RJL 2019/1234-10', 'RJL 2019/1234-10', 'rjl-2019-1234-10'],
		['KS 18/124', 'KS 18/124', 'ks-18-124'],
	])('%s → %s (%s)', (written, number, id) => {
		expect(normalizeCaseNumber(written)).toEqual({ number, id });
	});

	it('gives the same id however one case is written', () => {
		const ids = ['KS 2018/124', 'KS2018/124', 'Dnr KS 2018/124', 'Dnr: KS 2018-0124'].map((written) => normalizeCaseNumber(written)?.id);
		expect(new Set(ids)).toEqual(new Set(['ks-2018-124']));
	});

	it('falls back to the tidied text and its slug for other forms, and gives null for nothing', () => {
		expect(normalizeCaseNumber('  Ärende A-12 ')).toEqual({ number: 'Ärende A-12', id: 'arende-a-12' });
		expect(normalizeCaseNumber('Dnr:')).toBeNull();
		expect(normalizeCaseNumber('')).toBeNull();
	});
});

describe('buildCases', () => {
	const item = (anchor: string, caseNumbers: string[]): Item => ({
		number: 1,
		label: null,
		title: 'Ärende',
		anchor,
		day: null,
		caseNumbers,
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
	});
	const meeting = (date: string, items: Item[], body = 'krf') => ({ date, items, body }) as unknown as Meeting;

	it('makes one page for a case written two ways, oldest item first, showing the first form met', () => {
		const cases = buildCases(
			new Map([
				['krf/b', meeting('2019-09-01', [item('punkt-2', ['RS 181313'])])],
				['krf/a', meeting('2019-06-01', [item('punkt-1', ['RS181313', 'Dnr KS 2018/124'])])],
			]),
		);
		expect(cases).toEqual([
			{
				id: 'ks-2018-124',
				number: 'KS 2018/124',
				key: 'ks-2018-124',
				organization: null,
				url: '/arenden/ks-2018-124/',
				items: [{ meeting: 'krf/a', anchor: 'punkt-1' }],
			},
			{
				id: 'rs181313',
				number: 'RS181313',
				key: 'rs181313',
				organization: null,
				url: '/arenden/rs181313/',
				items: [
					{ meeting: 'krf/a', anchor: 'punkt-1' },
					{ meeting: 'krf/b', anchor: 'punkt-2' },
				],
			},
		]);
	});

	it("keeps the same number of two organisations apart, and follows one organisation's case from nämnd to KS to KF", () => {
		const organizations: Record<string, string> = { 'lund-ks': 'Lunds kommun', 'lund-kf': 'Lunds kommun', 'lund-bn': 'Lunds kommun', 'malmo-ks': 'Malmö stad' };
		const cases = buildCases(
			new Map([
				['lund-kf/2019-03-25', meeting('2019-03-25', [item('punkt-9', ['KS 2018/124'])], 'lund-kf')],
				['malmo-ks/2019-02-01', meeting('2019-02-01', [item('punkt-3', ['KS 2018/124'])], 'malmo-ks')],
				['lund-ks/2019-02-11', meeting('2019-02-11', [item('punkt-4', ['KS 2018/124'])], 'lund-ks')],
				['lund-bn/2019-01-15', meeting('2019-01-15', [item('punkt-2', ['Dnr KS 2018/124'])], 'lund-bn')],
			]),
			(body) => organizations[body] ?? null,
		);
		expect(cases.map((c) => [c.id, c.organization, c.items.map((ref) => ref.meeting)])).toEqual([
			['ks-2018-124', 'Lunds kommun', ['lund-bn/2019-01-15', 'lund-ks/2019-02-11', 'lund-kf/2019-03-25']],
			['ks-2018-124-malmo-stad', 'Malmö stad', ['malmo-ks/2019-02-01']],
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { empty, mention } from './person-mentions.ts';

const resolve = (...list: Parameters<typeof mention>[]) =>
	resolvePeople(
		list.map((args) => mention(...args)),
		empty,
	);

describe('different people with similar names', () => {
	it.each([
		['Helene Andersson', 'Lisa Andersson'],
		['Anders Henriksson', 'Kjell Henriksson'],
		['Tina Eide', 'Gull-Britt Eide'],
		['Per Borg', 'Eva Borg'],
		['Carin Karlsson', 'Cristine Karlsson'],
	])('keeps %s and %s apart without a warning (shared surname, different first names)', (a, b) => {
		const result = resolve([a, { meeting: 'krf/2020', party: 'S' }], [b, { meeting: 'krf/2021', party: 'S' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toEqual([]);
	});

	it.each([
		['Per Persson', 'Per Svensson'],
		['Anders Einarsson', 'Anders Thornberg'],
	])('keeps %s and %s apart (shared first name)', (a, b) => {
		const result = resolve([a, { meeting: 'krf/2020' }], [b, { meeting: 'krf/2020' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toEqual([]);
	});

	it.each([
		['Maria Johansson', 'Marie Johansson'],
		['Helena Nilsson', 'Helene Nilsson'],
		['Mikael Berg', 'Mikaela Berg'],
		['Erik Lund', 'Erika Lund'],
	])('does not take %s and %s for spelling variants', (a, b) => {
		const result = resolve([a, { meeting: 'krf/2020', party: 'S' }], [b, { meeting: 'krf/2021', party: 'S' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toEqual([]);
	});

	it('keeps the same name with different parties apart and reports it', () => {
		const result = resolve(['Anna Berg', { meeting: 'krf/2020', party: 'S' }], ['Anna Berg', { meeting: 'krf/2021', party: 'M' }]);
		expect(result.ids).toEqual(['anna-berg', 'anna-berg-m']);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.message).toContain('the parties differ (S, M)');
	});

	it('keeps the same name in two municipalities at the same time apart and reports it once', () => {
		const result = resolve(
			['Per Persson', { meeting: 'krf/2024-01-10', organization: 'Halmstads kommun' }],
			['Per Persson', { meeting: 'krf/2024-03-10', organization: 'Falkenbergs kommun' }],
			['Per Persson', { meeting: 'krf/2024-05-10', organization: 'Falkenbergs kommun' }],
			['Per Persson', { meeting: 'krf/2024-06-10', organization: 'Halmstads kommun' }],
		);
		expect(result.ids).toEqual(['per-persson', 'per-persson-falkenbergs-kommun', 'per-persson-falkenbergs-kommun', 'per-persson']);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ severity: 'warning', source: 'minutes/krf/2024-03-10.txt' });
	});

	it('keeps the same name with a different organisation at another time apart (a job change is not assumed)', () => {
		const result = resolve(
			['Kicki Nordberg', { meeting: 'gr/2023', organization: 'Stenungsund' }],
			['Kicki Nordberg', { meeting: 'krf/2024', organization: 'Falkenbergs kommun', title: 'Kommundirektör' }],
		);
		expect(result.ids).toEqual(['kicki-nordberg', 'kicki-nordberg-falkenbergs-kommun']);
		expect(result.problems).toHaveLength(1);
	});

	it('puts a mention without party or organisation with the namesake it shares most with', () => {
		const result = resolve(
			['Anna Berg', { meeting: 'krf/2020', party: 'S', title: 'Ledamot' }],
			['Anna Berg', { meeting: 'kf/2021', party: 'M' }],
			['Anna Berg', { meeting: 'kf/2022' }],
		);
		expect(result.ids).toEqual(['anna-berg', 'anna-berg-m', 'anna-berg-m']);
	});

	it('never merges two spellings listed in the same meeting', () => {
		const result = resolve(['Mattias Lund', { party: 'S' }], ['Matthias Lund', { party: 'S' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toEqual([]);
	});

	it('does not merge variant names whose party clashes', () => {
		const result = resolve(['Per Persson', { meeting: 'krf/2020', party: 'S' }], ['Per Stané Persson', { meeting: 'krf/2021', party: 'M' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
	});

	it('does not merge different middle names', () => {
		const result = resolve(['Per Olof Persson', { meeting: 'krf/2020', party: 'S' }], ['Per Stané Persson', { meeting: 'krf/2021', party: 'S' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toEqual([]);
	});

	it('does not merge a short name that fits two different full names, and reports both', () => {
		const result = resolve(
			['Per Olof Persson', { meeting: 'krf/2020', party: 'S' }],
			['Per Stané Persson', { meeting: 'krf/2021', party: 'S' }],
			['Per Persson', { meeting: 'krf/2022', party: 'S' }],
		);
		expect(new Set(result.ids).size).toBe(3);
		expect(result.problems).toHaveLength(2);
		expect(result.problems.map((problem) => problem.message).join('\n')).toContain('may just as well be');
	});

	it('does not merge a variant name that nothing else supports, but reports it', () => {
		const result = resolve(['Mattias Rossköld', { meeting: 'krf/2020' }], ['Matthias Rossköld', { meeting: 'gr/2021' }]);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems).toHaveLength(1);
	});

	it('does not merge a double surname with one part of it, but reports it', () => {
		const result = resolve(
			['Ulrika Joelsson Gustafsson', { meeting: 'kf/2018', organization: 'Region Kronoberg' }],
			['Ulrika Joelsson', { meeting: 'kf/2019', organization: 'Region Kronoberg' }],
		);
		expect(result.ids[0]).not.toBe(result.ids[1]);
		expect(result.problems[0]?.message).toContain('the surnames are not written the same');
	});
});

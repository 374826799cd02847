import { describe, expect, it } from 'vitest';
import { resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { empty, mention } from './person-mentions.ts';

const ids = (...list: Parameters<typeof mention>[]) =>
	resolvePeople(
		list.map((args) => mention(...args)),
		empty,
	);

describe('same person written differently', () => {
	it('merges a middle name present in one meeting and absent in another when party and organisation agree', () => {
		const result = ids(
			['Per Stané Persson', { meeting: 'krf/2019-06', party: 'S', organization: 'Region Halland' }],
			['Per Stané Persson', { meeting: 'krf/2023-02-01', party: 'S' }],
			['Per Persson', { meeting: 'krf/2024', party: 'S', organization: 'Region Halland' }],
		);
		expect(new Set(result.ids)).toEqual(new Set(['per-stane-persson']));
		expect(result.people).toEqual([{ id: 'per-stane-persson', name: 'Per Stané Persson', aliases: ['Per Stané Persson', 'Per Persson'], private: false }]);
		expect(result.problems).toEqual([]);
	});

	it('shows the fullest name even when it is first seen later, but keeps the id of the first appearance', () => {
		const result = ids(['Per Persson', { meeting: 'krf/2019', party: 'S' }], ['Per Stané Persson', { meeting: 'krf/2020', party: 'S' }]);
		expect(result.people).toEqual([{ id: 'per-persson', name: 'Per Stané Persson', aliases: ['Per Stané Persson', 'Per Persson'], private: false }]);
	});

	it('merges Swedish spelling variants of a first name with the same title and organisation', () => {
		const result = ids(
			['Mattias Rossköld', { meeting: 'krf/2019-06', title: 'Kommundirektör', organization: 'Halmstads kommun' }],
			['Matthias Rossköld', { meeting: 'krf/2023-02-01', title: 'Kommundirektör', organization: 'Halmstads kommun' }],
			['Mattias Rossköld', { meeting: 'krf/2024', title: 'Kommundirektör', organization: 'Halmstads kommun' }],
		);
		expect(result.ids).toEqual(['mattias-rosskold', 'mattias-rosskold', 'mattias-rosskold']);
		expect(result.people[0]?.name).toBe('Mattias Rossköld');
	});

	it.each([
		['Kristina Lund', 'Christina Lund'],
		['Carl Bartler', 'Karl Bartler'],
		['Eric Hansson', 'Erik Hansson'],
		['Lise-Lotte Olsson', 'Liselotte Olsson'],
		['Annelie Borg', 'Anneli Borg'],
	])('merges %s and %s in the same body', (a, b) => {
		const result = ids([a, { meeting: 'krf/2020' }], [b, { meeting: 'krf/2021' }]);
		expect(result.ids[0]).toBe(result.ids[1]);
	});

	it('treats differences of case, spacing and Unicode normalisation as the same name', () => {
		const result = ids(
			['Helene  Andersson', { meeting: 'krf/2020', party: 'C' }],
			['HELENE ANDERSSON', { meeting: 'krf/2021' }],
			['helene andersson', { meeting: 'gr/2022', party: 'C' }],
		);
		expect(new Set(result.ids)).toEqual(new Set(['helene-andersson']));
		expect(result.people[0]?.name).toBe('Helene Andersson');
	});

	it('treats a decomposed accent (NFD) as the same name', () => {
		const result = ids(['Anneli Andele\u0301n', { meeting: 'krf/2020' }], ['Anneli Andel\u00e9n', { meeting: 'krf/2021', party: 'C' }]);
		expect(result.ids).toEqual(['anneli-andelen', 'anneli-andelen']);
		expect(result.people[0]?.aliases).toEqual(['Anneli Andel\u00e9n']);
	});

	it('follows the same name across bodies when the organisation is written differently', () => {
		const result = ids(
			['Malin Aronsson', { meeting: 'krf/2023-02-01', title: 'Kommundirektör', organization: 'Kungsbacka kommun' }],
			['Malin Aronsson', { meeting: 'gr/2023', organization: 'Kungsbacka' }],
		);
		expect(result.ids).toEqual(['malin-aronsson', 'malin-aronsson']);
		expect(result.problems).toEqual([]);
	});

	it('keeps a person who moves from a municipality to the region together (different kinds of organisation)', () => {
		const result = ids(
			['Anna Roos', { meeting: 'krf/2019', party: 'C', organization: 'Hylte kommun' }],
			['Anna Roos', { meeting: 'krf/2023', party: 'C', organization: 'Region Halland' }],
		);
		expect(result.ids[0]).toBe(result.ids[1]);
	});

	it('gives an item participant the id of the attendee with the same name in the same meeting', () => {
		const result = ids(
			['Ulrika Joelsson Gustafsson', { meeting: 'kf/2018-05-02', organization: 'Region Kronoberg' }],
			['Ulrika Joelsson Gustafsson', { meeting: 'kf/2018-05-02', organization: 'Region Kronoberg', kind: 'participant' }],
		);
		expect(result.ids[0]).toBe(result.ids[1]);
	});

	it('merges initials with the full first name only when organisation and title both agree', () => {
		const strong = ids(
			['P-O Strömberg', { meeting: 'kf/2018', organization: 'Consid', title: 'Konsult' }],
			['Per-Olof Strömberg', { meeting: 'kf/2019', organization: 'Consid', title: 'Konsult' }],
		);
		expect(strong.ids[0]).toBe(strong.ids[1]);
		expect(strong.people[0]?.name).toBe('Per-Olof Strömberg');
		const weak = ids(['A. Andersson', { meeting: 'kf/2018', organization: 'SKR' }], ['Anders Andersson', { meeting: 'kf/2019', organization: 'SKR' }]);
		expect(weak.ids[0]).not.toBe(weak.ids[1]);
		expect(weak.problems).toHaveLength(1);
	});
});

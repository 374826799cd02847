import { describe, expect, it } from 'vitest';
import { resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { mention, registry } from './person-mentions.ts';

describe('the registry wins', () => {
	it('merges by alias what the text alone would keep apart, under the registry id and name', () => {
		const result = resolvePeople(
			[mention('P-O Strömberg', { meeting: 'kf/2018', organization: 'Consid' }), mention('Per-Olof Strömberg', { meeting: 'krf/2020' })],
			registry({ id: 'per-olof-stromberg', name: 'Per-Olof Strömberg', aliases: ['P-O Strömberg'], why: 'Same consultant.' }),
		);
		expect(result.ids).toEqual(['per-olof-stromberg', 'per-olof-stromberg']);
		expect(result.people).toEqual([{ id: 'per-olof-stromberg', name: 'Per-Olof Strömberg', aliases: ['Per-Olof Strömberg', 'P-O Strömberg'], private: false }]);
		expect(result.problems).toEqual([]);
	});

	it('merges by a single entry what differs in organisation (a confirmed change of job)', () => {
		const result = resolvePeople(
			[
				mention('Kicki Nordberg', { meeting: 'gr/2023', organization: 'Stenungsund' }),
				mention('Kicki Nordberg', { meeting: 'krf/2024', organization: 'Falkenbergs kommun' }),
			],
			registry({ id: 'kicki-nordberg', name: 'Kicki Nordberg' }),
		);
		expect(result.ids).toEqual(['kicki-nordberg', 'kicki-nordberg']);
		expect(result.problems).toEqual([]);
	});

	it('lets the registry name be the display name and matches aliases exactly after normalisation', () => {
		const result = resolvePeople(
			[mention('MATTHIAS  ROSSKÖLD', { meeting: 'krf/2023' })],
			registry({ id: 'mattias-rosskold', name: 'Mattias Rossköld', aliases: ['Matthias Rossköld'] }),
		);
		expect(result.ids).toEqual(['mattias-rosskold']);
		expect(result.people[0]?.name).toBe('Mattias Rossköld');
	});

	it('keeps variant names apart when both are registered with notSameAs, without a warning', () => {
		const result = resolvePeople(
			[
				mention('Per Persson', { meeting: 'krf/2024', party: 'S', organization: 'Region Halland' }),
				mention('Per Stané Persson', { meeting: 'krf/2023', party: 'S', organization: 'Region Halland' }),
			],
			registry(
				{ id: 'per-persson', name: 'Per Persson', notSameAs: ['per-stane-persson'] },
				{ id: 'per-stane-persson', name: 'Per Stané Persson', notSameAs: ['per-persson'] },
			),
		);
		expect(result.ids).toEqual(['per-persson', 'per-stane-persson']);
		expect(result.problems).toEqual([]);
	});

	it('still asks to confirm two registered variant names that have no notSameAs', () => {
		const result = resolvePeople(
			[mention('Per Persson', { meeting: 'krf/2024', party: 'S' }), mention('Per Stané Persson', { meeting: 'krf/2023', party: 'S' })],
			registry({ id: 'per-persson', name: 'Per Persson' }, { id: 'per-stane-persson', name: 'Per Stané Persson' }),
		);
		expect(result.ids).toEqual(['per-persson', 'per-stane-persson']);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.message).toContain('two entries in content/people.yml without notSameAs');
	});

	it('splits namesakes by the organisations and dates given in the registry', () => {
		const result = resolvePeople(
			[
				mention('Kicki Nordberg', { meeting: 'gr/2023', organization: 'Stenungsund' }),
				mention('Kicki Nordberg', { meeting: 'krf/2024', organization: 'Falkenbergs kommun' }),
				mention('Kicki Nordberg', { meeting: 'krf/2025' }),
				mention('Kicki Nordberg', { meeting: 'gr/2022' }),
			],
			registry(
				{
					id: 'kicki-nordberg',
					name: 'Kicki Nordberg',
					organizations: [{ value: 'Stenungsunds kommun', to: '2023' }],
					notSameAs: ['kicki-nordberg-falkenberg'],
				},
				{
					id: 'kicki-nordberg-falkenberg',
					name: 'Kicki Nordberg',
					organizations: [{ value: 'Falkenbergs kommun', from: '2024' }],
					notSameAs: ['kicki-nordberg'],
				},
			),
		);
		expect(result.ids).toEqual(['kicki-nordberg', 'kicki-nordberg-falkenberg', 'kicki-nordberg-falkenberg', 'kicki-nordberg']);
		expect(result.problems).toEqual([]);
	});

	it('warns when nothing tells registered namesakes apart', () => {
		const result = resolvePeople(
			[mention('Anna Berg', { meeting: 'krf/2024' })],
			registry({ id: 'anna-berg', name: 'Anna Berg', parties: [{ value: 'S' }] }, { id: 'anna-berg-m', name: 'Anna Berg', parties: [{ value: 'M' }] }),
		);
		expect(result.ids).toEqual(['anna-berg']);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ severity: 'warning', source: 'minutes/krf/2024.txt' });
	});

	it('lets a registry party change keep a person together across parties', () => {
		const result = resolvePeople(
			[mention('Anna Berg', { meeting: 'krf/2020', party: 'S' }), mention('Anna Berg', { meeting: 'krf/2023', party: 'V' })],
			registry({
				id: 'anna-berg',
				name: 'Anna Berg',
				parties: [
					{ value: 'S', to: '2021' },
					{ value: 'V', from: '2022' },
				],
			}),
		);
		expect(result.ids).toEqual(['anna-berg', 'anna-berg']);
	});

	it('marks private people so the converter can leave them without a page', () => {
		const result = resolvePeople(
			[mention('Anna Berg'), mention('Per Borg')],
			registry({ id: 'anna-berg', name: 'Anna Berg', private: true, why: 'Asked not to be listed.' }),
		);
		expect(result.ids).toEqual(['anna-berg', 'per-borg']);
		expect(result.people.find((person) => person.id === 'anna-berg')?.private).toBe(true);
		expect(result.people.find((person) => person.id === 'per-borg')?.private).toBe(false);
	});

	it('merges an unregistered spelling variant into a registered person when the context agrees', () => {
		const result = resolvePeople(
			[mention('Per Persson', { meeting: 'krf/2024', party: 'S' }), mention('Per Stané Persson', { meeting: 'krf/2019', party: 'S' })],
			registry({ id: 'per-s-persson', name: 'Per Stané Persson', private: true }),
		);
		expect(result.ids).toEqual(['per-s-persson', 'per-s-persson']);
		expect(result.people).toEqual([{ id: 'per-s-persson', name: 'Per Stané Persson', aliases: ['Per Stané Persson', 'Per Persson'], private: true }]);
	});

	it('never gives an unregistered person an id the registry uses', () => {
		const result = resolvePeople(
			[mention('Anna Berg', { meeting: 'krf/2020', organization: 'Hylte kommun' }), mention('Per Borg', { meeting: 'krf/2020' })],
			registry({ id: 'anna-berg', name: 'Anna Lisa Berg' }),
		);
		expect(result.ids).toEqual(['anna-berg-hylte-kommun', 'per-borg']);
	});
});

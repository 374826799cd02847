import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { empty, mention, registry } from './person-mentions.ts';

const per = mention('Per Stané Persson', { meeting: 'halland-krf/2023-02-01', party: 'S', source: 'minutes/halland-krf/2023-02-01.txt', line: 5 });
const perShort = mention('Per Persson', { meeting: 'gr/2024', organization: 'Region Halland', title: 'Ledamot', source: 'minutes/gr/2024.txt', line: 12 });

/** The YAML a warning tells staff to add after `header`, parsed. */
function advice(message: string, header: string): unknown {
	const start = message.indexOf(header);
	expect(start).toBeGreaterThan(-1);
	const lines = message
		.slice(start + header.length)
		.split('\n')
		.slice(1);
	const block = lines.slice(0, lines.findIndex((line) => !line.startsWith('  ')) === -1 ? undefined : lines.findIndex((line) => !line.startsWith('  ')));
	return parse(block.join('\n'));
}

describe('the probable-duplicate report', () => {
	it('cites both appearances with their context and evidence, at the later one', () => {
		const [problem, ...rest] = resolvePeople([per, perShort], empty).problems;
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ source: 'minutes/gr/2024.txt', line: 12, severity: 'warning' });
		expect(problem?.message).toMatch(
			/^Per Persson \(Ledamot, Region Halland\) in minutes\/gr\/2024\.txt may be Per Stané Persson \(S\) in minutes\/halland-krf\/2023-02-01\.txt: same surname; the middle name Stané is written in one and left out in the other\. They are kept apart because nothing else \(party, organisation, title or body\) is known to agree\.\n/,
		);
	});

	it('gives ready-to-paste entries to merge and to keep apart', () => {
		const message = resolvePeople([per, perShort], empty).problems[0]?.message ?? '';
		expect(advice(message, 'To merge, add to content/people.yml:')).toEqual([
			{ id: 'per-stane-persson', name: 'Per Stané Persson', aliases: ['Per Persson'], why: '<what shows that they are one person>' },
		]);
		expect(advice(message, 'To keep apart (and silence this warning), add to content/people.yml:')).toEqual([
			{ id: 'per-stane-persson', name: 'Per Stané Persson', notSameAs: ['per-persson'], why: '<what shows that they are different people>' },
			{ id: 'per-persson', name: 'Per Persson', notSameAs: ['per-stane-persson'], why: '<what shows that they are different people>' },
		]);
	});

	it('silences the warning once the advice is followed (merge or keep apart)', () => {
		const merged = resolvePeople(
			[per, perShort],
			registry({ id: 'per-stane-persson', name: 'Per Stané Persson', aliases: ['Per Persson'], why: 'Same seat.' }),
		);
		expect(merged.problems).toEqual([]);
		expect(merged.ids).toEqual(['per-stane-persson', 'per-stane-persson']);
		const apart = resolvePeople(
			[per, perShort],
			registry(
				{ id: 'per-stane-persson', name: 'Per Stané Persson', notSameAs: ['per-persson'] },
				{ id: 'per-persson', name: 'Per Persson', notSameAs: ['per-stane-persson'] },
			),
		);
		expect(apart.problems).toEqual([]);
		expect(apart.ids).toEqual(['per-stane-persson', 'per-persson']);
	});

	it('reports one warning per pair, not per meeting', () => {
		const mentions = [
			...['2020', '2021', '2022'].map((year) => mention('Mattias Lund', { meeting: `krf/${year}` })),
			...['2023', '2024'].map((year) => mention('Matthias Lund', { meeting: `gr/${year}` })),
		];
		const result = resolvePeople(mentions, empty);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.message).toContain('first names Mattias and Matthias are spellings of the same name');
		expect(result.problems[0]?.message).toContain('nothing else (party, organisation, title or body) is known to agree');
	});

	it('asks namesakes with different organisations for ids, with organisations that tell them apart', () => {
		const result = resolvePeople(
			[
				mention('Kicki Nordberg', { meeting: 'gr/2023', organization: 'Stenungsund', source: 'minutes/gr/2023.txt' }),
				mention('Kicki Nordberg', { meeting: 'krf/2024', title: 'Kommundirektör', organization: 'Falkenbergs kommun', source: 'minutes/krf/2024.txt' }),
			],
			empty,
		);
		const message = result.problems[0]?.message ?? '';
		expect(message).toMatch(
			/^Two people named Kicki Nordberg are kept apart: Kicki Nordberg \(Kommundirektör, Falkenbergs kommun\) in minutes\/krf\/2024\.txt \(page kicki-nordberg-falkenbergs-kommun\) and Kicki Nordberg \(Stenungsund\) in minutes\/gr\/2023\.txt \(page kicki-nordberg\), because the organisations differ/,
		);
		expect(advice(message, 'add to content/people.yml:')).toEqual([
			{ id: 'kicki-nordberg', name: 'Kicki Nordberg', why: '<what shows that they are one person>' },
		]);
		expect(advice(message, 'If they are different people (each keeps its page address), add to content/people.yml:')).toEqual([
			{
				id: 'kicki-nordberg',
				name: 'Kicki Nordberg',
				organizations: [{ value: 'Stenungsund' }],
				notSameAs: ['kicki-nordberg-falkenbergs-kommun'],
				why: '<what shows that they are different people>',
			},
			{
				id: 'kicki-nordberg-falkenbergs-kommun',
				name: 'Kicki Nordberg',
				organizations: [{ value: 'Falkenbergs kommun' }],
				notSameAs: ['kicki-nordberg'],
				why: '<what shows that they are different people>',
			},
		]);
	});

	it('tells staff to extend an existing entry when one side is registered', () => {
		const message =
			resolvePeople(
				[per, perShort],
				registry({
					id: 'per-stane-persson',
					name: 'Per Stané Persson',
					parties: [{ value: 'M' }, { value: 'S' }],
					organizations: [{ value: 'Halmstads kommun' }],
				}),
			).problems[0]?.message ?? '';
		expect(message).toContain('To merge, add Per Persson to `aliases:` of per-stane-persson in content/people.yml.');
		expect(message).toContain('and add per-persson to `notSameAs:` of per-stane-persson in content/people.yml.');
	});
});

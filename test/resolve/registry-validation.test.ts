import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../scripts/pipeline/load/load-yaml.ts';
import { resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { validatePeopleRegistry } from '../../scripts/pipeline/resolve/validate-people-registry.ts';
import { type PeopleRegistry, peopleRegistrySchema } from '../../src/schema/registries.ts';
import { mention } from './person-mentions.ts';

const load = (text: string): PeopleRegistry => {
	const loaded = loadYaml(text, peopleRegistrySchema);
	expect(loaded.problems).toEqual([]);
	return loaded.value as PeopleRegistry;
};
const check = (text: string) => validatePeopleRegistry(load(text), text);

describe('registry validation', () => {
	it('accepts a valid registry', () => {
		expect(
			check(`people:
  - id: per-stane-persson
    name: Per Stané Persson
    aliases: [Per Persson]
    notSameAs: [per-olof-persson]
  - id: per-olof-persson
    name: Per Olof Persson
`),
		).toEqual([]);
	});

	it('reports a duplicate id at the second entry', () => {
		const problems = check(`people:
  - id: anna-berg
    name: Anna Berg
  - id: anna-berg
    name: Anna Lisa Berg
`);
		expect(problems).toEqual([
			{ source: 'people.yml', line: 4, severity: 'error', message: expect.stringContaining('The id "anna-berg" is used by two people (line 2 and line 4)') },
		]);
	});

	it('reports an unknown id and the person’s own id in notSameAs, on their lines', () => {
		const problems = check(`people:
  - id: anna-berg
    name: Anna Berg
    notSameAs:
      - anna-berg
      - ana-berg-m
`);
		expect(problems.map((problem) => [problem.line, problem.severity])).toEqual([
			[5, 'error'],
			[6, 'error'],
		]);
		expect(problems[0]?.message).toContain('lists its own id in notSameAs');
		expect(problems[1]?.message).toContain('"ana-berg-m", which is not an id in people.yml');
	});

	it('reports one alias on two people', () => {
		const problems = check(`people:
  - id: per-stane-persson
    name: Per Stané Persson
    aliases: [Per Persson]
  - id: per-olof-persson
    name: Per Olof Persson
    aliases: [per  persson]
`);
		expect(problems).toEqual([
			{
				source: 'people.yml',
				line: 7,
				severity: 'error',
				message: expect.stringContaining('The alias "per  persson" is given to two people: per-stane-persson and per-olof-persson'),
			},
		]);
	});

	it('reports an alias that is another person’s name', () => {
		const problems = check(`people:
  - id: eva-borg
    name: Eva Borg
  - id: per-borg
    name: Per Borg
    aliases: [Eva Borg]
`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 6, severity: 'error' });
		expect(problems[0]?.message).toContain('is the name of another person in people.yml (eva-borg)');
	});

	it('warns about namesakes that nothing tells apart', () => {
		const problems = check(`people:
  - id: anna-berg
    name: Anna Berg
  - id: anna-berg-m
    name: Anna Berg
    parties: [{ value: M }]
`);
		expect(problems).toEqual([
			{
				source: 'people.yml',
				line: 2,
				severity: 'warning',
				message: expect.stringContaining('2 people in people.yml are named "Anna Berg" (anna-berg, anna-berg-m)'),
			},
		]);
	});

	it('works without the text (no line numbers) and is part of the resolver’s problems', () => {
		const registry = load(`people:
  - id: anna-berg
    name: Anna Berg
    notSameAs: [nobody]
`);
		expect(validatePeopleRegistry(registry)[0]?.line).toBeNull();
		const result = resolvePeople([mention('Anna Berg')], registry, {
			registryText: 'people:\n  - id: anna-berg\n    name: Anna Berg\n    notSameAs: [nobody]\n',
		});
		expect(result.problems).toEqual([expect.objectContaining({ source: 'people.yml', line: 4, severity: 'error' })]);
		expect(result.ids).toEqual(['anna-berg']);
	});

	it('still resolves when the registry has errors: the first entry with an id and the first owner of an alias win', () => {
		const result = resolvePeople(
			[mention('Per Persson'), mention('Anna Berg')],
			load(`people:
  - id: anna-berg
    name: Anna Berg
    aliases: [Per Persson]
  - id: anna-berg
    name: Anna Lisa Berg
  - id: per-olof-persson
    name: Per Olof Persson
    aliases: [Per Persson]
`),
		);
		expect(result.ids).toEqual(['anna-berg', 'anna-berg']);
		expect(result.problems.filter((problem) => problem.severity === 'error')).toHaveLength(2);
	});
});

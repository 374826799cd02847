import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../scripts/cli/content-dir.ts';
import type { ConvertedArchive } from '../../scripts/pipeline/convert-archive.ts';
import { loadYaml } from '../../scripts/pipeline/load/load-yaml.ts';
import { nameKey } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { validatePeopleRegistry } from '../../scripts/pipeline/resolve/validate-people-registry.ts';
import { type PeopleRegistry, peopleRegistrySchema } from '../../src/schema/registries.ts';

const root = path.resolve(import.meta.dirname, '../..');
const content = path.join(root, 'content');

describe('content/people.yml', () => {
	it('validates, and every entry says why it is needed', () => {
		const text = readFileSync(path.join(content, 'people.yml'), 'utf8');
		const loaded = loadYaml(text, peopleRegistrySchema);
		expect(loaded.problems).toEqual([]);
		const registry = loaded.value as PeopleRegistry;
		expect(validatePeopleRegistry(registry, text)).toEqual([]);
		for (const person of registry.people) expect(person.why, person.id).toBeTruthy();
	});
});

describe('identity in the demo archive', () => {
	let converted: ConvertedArchive;
	/** Person ids of the attendees written `name` (exactly, after normalisation), per meeting id. */
	const idsOf = (name: string) =>
		Object.fromEntries(
			converted.meetings.flatMap(({ id, meeting }) =>
				meeting.attendees.filter((attendee) => nameKey(attendee.name) === nameKey(name)).map((attendee) => [id, attendee.person]),
			),
		);

	beforeAll(async () => {
		const { convertArchive } = await import('../../scripts/pipeline/convert-archive.ts');
		converted = await convertArchive(await readContentDir(content), { today: '2025-06-01' });
	});

	it('gives every attendee a person id, and one name one id (but for the namesakes kept apart)', () => {
		const idsByName = new Map<string, Set<string | null>>();
		for (const { meeting } of converted.meetings) {
			for (const attendee of meeting.attendees) {
				expect(attendee.person, attendee.name).toBeTruthy();
				idsByName.set(nameKey(attendee.name), (idsByName.get(nameKey(attendee.name)) ?? new Set()).add(attendee.person));
			}
		}
		const split = [...idsByName].filter(([, ids]) => ids.size > 1).map(([name]) => name);
		expect(split).toEqual(['kicki nordberg']);
	});

	it('merges only the spellings decided for the samples', () => {
		const namesById = new Map<string, Set<string>>();
		for (const { meeting } of converted.meetings) {
			for (const attendee of meeting.attendees) {
				if (attendee.person) namesById.set(attendee.person, (namesById.get(attendee.person) ?? new Set()).add(attendee.name));
			}
		}
		const merged = Object.fromEntries([...namesById].filter(([, names]) => names.size > 1).map(([id, names]) => [id, [...names].sort()]));
		expect(merged).toEqual({
			'per-stane-persson': ['Per Persson', 'Per Stané Persson'],
			'mattias-rosskold': ['Matthias Rossköld', 'Mattias Rossköld'],
		});
		const pages = new Map(converted.people.map((person) => [person.id, person.name]));
		expect(pages.get('per-stane-persson')).toBe('Per Stané Persson');
		expect(pages.get('mattias-rosskold')).toBe('Mattias Rossköld');
	});

	it('follows Malin Aronsson from KRF (Kungsbacka kommun) to the GR group (Kungsbacka)', () => {
		expect(new Set(Object.values(idsOf('Malin Aronsson')))).toEqual(new Set(['malin-aronsson']));
		expect(Object.keys(idsOf('Malin Aronsson'))).toContain('gr-kommunchefsgruppen/2023-sakerhetsfragor');
	});

	it('keeps Kicki Nordberg of Stenungsund and of Falkenbergs kommun apart, as people.yml says', () => {
		expect(idsOf('Kicki Nordberg')).toEqual({
			'gr-kommunchefsgruppen/2023-sakerhetsfragor': 'kicki-nordberg',
			'halland-krf/2024-dialog-med-skr': 'kicki-nordberg-falkenbergs-kommun',
		});
	});

	it.each([
		['Helene Andersson', 'Lisa Andersson'],
		['Anders Henriksson', 'Kjell Henriksson'],
		['Tina Eide', 'Gull-Britt Eide'],
		['Per Borg', 'Eva Borg'],
	])('keeps %s and %s apart', (a, b) => {
		const [x, y] = [new Set(Object.values(idsOf(a))), new Set(Object.values(idsOf(b)))];
		expect(x.size).toBe(1);
		expect(y.size).toBe(1);
		expect([...x][0]).not.toBe([...y][0]);
	});

	it('leaves no registry problem and no probable duplicate open', () => {
		const identity = converted.problems.filter(
			(problem) => problem.source === 'people.yml' || / may be |^Two people named |matches \d+ people in people\.yml/.test(problem.message),
		);
		expect(identity).toEqual([]);
	});
});

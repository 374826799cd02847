import { LineCounter, parseDocument } from 'yaml';
import type { PeopleRegistry } from '../../../src/schema/registries.ts';
import type { Problem } from '../types.ts';
import { nameKey } from './name-key.ts';

const source = 'people.yml';

/**
 * Checks what the schema cannot: duplicate ids, unknown or own ids in `notSameAs`, one alias on two people,
 * an alias that is another person's name, and namesakes that nothing tells apart. `text` (the file as
 * written) gives the problems their line numbers.
 */
export function validatePeopleRegistry(registry: PeopleRegistry, text?: string): Problem[] {
	const lineOf = lineFinder(text);
	const problems: Problem[] = [];
	const error = (path: (string | number)[], message: string) => problems.push({ source, line: lineOf(path), severity: 'error', message });
	const people = registry.people;

	const firstIndex = new Map<string, number>();
	people.forEach((person, index) => {
		const earlier = firstIndex.get(person.id);
		if (earlier === undefined) firstIndex.set(person.id, index);
		else
			error(
				['people', index, 'id'],
				`The id "${person.id}" is used by two people (${describe(earlier)} and ${describe(index)}). Every person needs an id of its own: change one of them (a person's page is /personer/<id>/).`,
			);
	});

	people.forEach((person, index) => {
		person.notSameAs.forEach((other, position) => {
			const path = ['people', index, 'notSameAs', position];
			if (other === person.id)
				error(path, `"${person.name}" (${person.id}) lists its own id in notSameAs. Remove "${other}" from notSameAs, or write the id of the other person.`);
			else if (!firstIndex.has(other))
				error(
					path,
					`notSameAs of "${person.name}" (${person.id}) names "${other}", which is not an id in people.yml. Add that person to people.yml with id "${other}", or correct the id.`,
				);
		});
	});

	const nameOwners = new Map<string, number[]>();
	people.forEach((person, index) => {
		nameOwners.set(nameKey(person.name), [...(nameOwners.get(nameKey(person.name)) ?? []), index]);
	});
	const aliasOwner = new Map<string, number>();
	people.forEach((person, index) => {
		person.aliases.forEach((alias, position) => {
			const key = nameKey(alias);
			const path = ['people', index, 'aliases', position];
			if (key === nameKey(person.name)) return;
			const named = (nameOwners.get(key) ?? []).filter((owner) => owner !== index);
			if (named.length > 0) {
				const owner = people[named[0] as number];
				error(
					path,
					`The alias "${alias}" of ${person.id} is the name of another person in people.yml (${owner?.id}). A name can lead to only one person: remove the alias, or merge the two entries into one.`,
				);
				return;
			}
			const earlier = aliasOwner.get(key);
			if (earlier !== undefined && earlier !== index) {
				error(
					path,
					`The alias "${alias}" is given to two people: ${people[earlier]?.id} and ${person.id}. A name can lead to only one person: keep the alias on one of them.`,
				);
				return;
			}
			aliasOwner.set(key, index);
		});
	});

	for (const owners of nameOwners.values()) {
		if (owners.length < 2) continue;
		const unmarked = owners.filter((index) => {
			const person = people[index];
			return person !== undefined && person.parties.length === 0 && person.organizations.length === 0;
		});
		for (const index of unmarked) {
			const person = people[index];
			if (!person) continue;
			const others = owners.filter((owner) => owner !== index).map((owner) => people[owner]?.id);
			problems.push({
				source,
				line: lineOf(['people', index, 'id']),
				severity: 'warning',
				message: `${owners.length} people in people.yml are named "${person.name}" (${[person.id, ...others].join(', ')}), and ${person.id} has neither parties nor organizations. Add \`organizations:\` or \`parties:\` to it so that the minutes can be matched to the right person.`,
			});
		}
	}
	return problems;

	function describe(index: number): string {
		const line = lineOf(['people', index, 'id']);
		return line === null ? `entry ${index + 1}` : `line ${line}`;
	}
}

function lineFinder(text: string | undefined): (path: (string | number)[]) => number | null {
	if (text === undefined) return () => null;
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	return (path) => {
		for (let length = path.length; length > 0; length--) {
			const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
			const offset = node?.range?.[0];
			if (offset !== undefined) return lineCounter.linePos(offset).line;
		}
		return null;
	};
}

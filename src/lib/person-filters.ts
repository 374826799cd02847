import type { Person } from '../schema/derived.ts';
import { slug } from './slug.ts';

/** The URL slugs of the person groups, matching `/personer/grupp/<slug>/`. */
export const groupSlugs = { politician: 'politiker', official: 'tjansteperson', other: 'ovrig' } as const;

/** People split for the static filter pages. */
export interface PersonFilters {
	/** Body id → people listed in that body. */
	bodies: Map<string, Person[]>;
	/** Party slug → the party as written and its people. */
	parties: Map<string, { label: string; people: Person[] }>;
	/** Group slug (`politiker`, `tjansteperson`, `ovrig`) → people. */
	groups: Map<string, Person[]>;
}

/** Splits people by body, party and group for the filter pages `/personer/organ|parti|grupp/…/`. */
export function personFilters(people: readonly Person[]): PersonFilters {
	const filters: PersonFilters = { bodies: new Map(), parties: new Map(), groups: new Map() };
	const add = <K>(map: Map<K, Person[]>, key: K, person: Person) => {
		const list = map.get(key);
		if (list) list.push(person);
		else map.set(key, [person]);
	};
	for (const person of people) {
		for (const body of person.bodies) add(filters.bodies, body, person);
		for (const group of person.groups) add(filters.groups, groupSlugs[group], person);
		const seen = new Set<string>();
		for (const party of person.parties) {
			const key = slug(party.value);
			if (!key || seen.has(key)) continue;
			seen.add(key);
			const entry = filters.parties.get(key) ?? { label: party.value, people: [] };
			entry.people.push(person);
			filters.parties.set(key, entry);
		}
	}
	return filters;
}

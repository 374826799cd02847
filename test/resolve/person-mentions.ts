import type { PersonMention } from '../../scripts/pipeline/resolve/resolve-people.ts';
import type { PeopleRegistry, RegistryPerson } from '../../src/schema/registries.ts';

/** A mention with defaults: an attendee of `krf/2024-01-01`, no party, organisation or title. */
export function mention(name: string, fields: Partial<PersonMention> = {}): PersonMention {
	const meeting = fields.meeting ?? 'krf/2024-01-01';
	return {
		meeting,
		body: meeting.split('/')[0] as string,
		date: meeting.split('/')[1] ?? null,
		name,
		party: null,
		organization: null,
		title: null,
		group: 'other',
		source: `minutes/${meeting}.txt`,
		line: 1,
		kind: 'attendee',
		...fields,
	};
}

/** A registry as the schema would give it (defaults filled in). */
export function registry(...people: (Partial<RegistryPerson> & { id: string; name: string })[]): PeopleRegistry {
	return {
		people: people.map((person) => ({ aliases: [], parties: [], organizations: [], roles: [], notSameAs: [], private: false, ...person })),
	};
}

/** No registry entries. */
export const empty: PeopleRegistry = { people: [] };

import type { PeopleRegistry } from '../../../src/schema/registries.ts';
import type { LocalProblem } from '../types.ts';
import { slugify } from '../slugify.ts';

/** One place where a person is written in the minutes: an attendee or an item participant. */
export interface PersonMention {
	/** Meeting id (`<body>/<slug>`). */
	meeting: string;
	body: string;
	date: string | null;
	name: string;
	party: string | null;
	organization: string | null;
	title: string | null;
	group: 'politician' | 'official' | 'other';
}

/** A person as decided by identity resolution. */
export interface ResolvedPerson {
	id: string;
	name: string;
	/** Every spelling seen, the display name included. */
	aliases: string[];
	/** The registry leaves this person without a public page. */
	private: boolean;
}

/** The outcome of identity resolution. */
export interface IdentityResult {
	/** Person id for each mention, in the order given. */
	ids: string[];
	people: ResolvedPerson[];
	/** Probable duplicates and registry problems, for `check:content`. */
	problems: (LocalProblem & { source: string })[];
}

/** Normalises a name for comparison: NFC, single spaces, case folded. */
export function nameKey(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

/** Decides which mentions are the same person: registry aliases first, then the exact name. */
export function resolvePeople(mentions: readonly PersonMention[], registry: PeopleRegistry): IdentityResult {
	const byKey = new Map<string, string>();
	const people = new Map<string, ResolvedPerson>();
	for (const entry of registry.people) {
		people.set(entry.id, { id: entry.id, name: entry.name, aliases: [entry.name], private: entry.private });
		for (const alias of [entry.name, ...entry.aliases]) byKey.set(nameKey(alias), entry.id);
	}
	const ids = mentions.map((mention) => {
		const key = nameKey(mention.name);
		let id = byKey.get(key);
		if (!id) {
			id = uniqueId(slugify(mention.name) || 'person', people);
			byKey.set(key, id);
			people.set(id, { id, name: mention.name.replace(/\s+/g, ' ').trim(), aliases: [], private: false });
		}
		const person = people.get(id) as ResolvedPerson;
		const written = mention.name.replace(/\s+/g, ' ').trim();
		if (!person.aliases.includes(written)) person.aliases.push(written);
		return id;
	});
	return { ids, people: [...people.values()], problems: [] };
}

function uniqueId(base: string, taken: ReadonlyMap<string, unknown>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

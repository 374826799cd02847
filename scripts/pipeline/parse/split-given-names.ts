import { givenNames } from './given-names.ts';

/** One person of a list of given names, and the function written after the name ("Sten – ekonomiansvarig"). */
export interface GivenNameEntry {
	name: string;
	description: string | null;
}

/**
 * "Jannike, Anna, Agnetha, Ulla och Kenisha", "Kerstin- internetansvarig, Sten – ekonomiansvarig": people named by
 * their given name alone, as colleagues and small associations write them. Returns one entry per person when the
 * list holds two or more single capitalised words (a function after a dash allowed), or one with its function after a
 * dash, most of them given names, else `null`. A piece of a list `known` to be one is split without those tests of the whole.
 */
export function splitGivenNames(text: string, options: { known?: boolean } = {}): GivenNameEntry[] | null {
	const parts = text
		.replace(/\s+(?:och|samt|&)\s+(?=\p{Lu})/gu, ',')
		.split(/[,;\n]/u)
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length === 0) return null;
	const entries: GivenNameEntry[] = [];
	for (const part of parts) {
		const m = /^(\p{Lu}\p{Ll}+(?:-?\p{Lu}\p{Ll}+)?)(?:\s*[-–]\s*(\p{Ll}.*)|\s+(\p{Ll}+))?$/u.exec(part);
		if (!m) return null;
		entries.push({ name: m[1]!, description: (m[2] ?? m[3] ?? null)?.trim() ?? null });
	}
	// "IngBritt", "LilliAnn": a double given name written without its hyphen
	const given = entries.filter(
		(entry) =>
			givenNames.has(entry.name.toLocaleLowerCase('sv').split('-')[0]!) ||
			givenNames.has(
				entry.name
					.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, '-')
					.toLocaleLowerCase('sv')
					.split('-')[0]!,
			),
	).length;
	if (options.known) return entries;
	// one name alone is a list only with its function after a dash ("Ej närvarande: Peter – sekreterare")
	if (entries.length === 1 && (entries[0]!.description === null || !/[-–]/u.test(parts[0]!))) return null;
	return given * 2 > entries.length ? entries : null;
}

/** The outcome of applying an archive's own interface strings: the strings, and every key that could not be used. */
export interface Overridden<T> {
	strings: T;
	/** One line per problem, naming the key (`nav.meetings: …`). */
	problems: string[];
}

/** Keys that are not words but settings of the language, which an archive cannot change from its strings file. */
const fixed = new Set(['lang', 'locale']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A text built from values (`(name) => \`Personer i ${name}\``) replaced by a template: `{1}`, `{2}`, … stand for
 * the values in the order the generator's own function takes them (`Personer i {1}`).
 */
function template(text: string): (...values: unknown[]) => string {
	return (...values) => text.replace(/\{(\d)\}/gu, (_, n: string) => String(values[Number(n) - 1] ?? ''));
}

/** Replaces the leaves of `base` that `overrides` names, checking each against the leaf it replaces. */
function merge(base: Record<string, unknown>, overrides: Record<string, unknown>, at: string, problems: string[]): Record<string, unknown> {
	const result: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(overrides)) {
		const name = at ? `${at}.${key}` : key;
		const own = base[key];
		if (at === '' && fixed.has(key)) {
			problems.push(`${name}: is set by \`language\` in archive.yml, not here`);
		} else if (!(key in base)) {
			problems.push(`${name}: there is no interface string with this name (the names are those of src/i18n/sv.ts)`);
		} else if (isRecord(own)) {
			if (isRecord(value)) result[key] = merge(own, value, name, problems);
			else problems.push(`${name}: holds several strings; write them indented below it`);
		} else if (Array.isArray(own)) {
			if (Array.isArray(value) && value.every((line) => typeof line === 'string' && line.trim() !== '')) result[key] = value;
			else problems.push(`${name}: must be a list of texts`);
		} else if (typeof value !== 'string' || value.trim() === '') {
			problems.push(`${name}: must be a text`);
		} else if (typeof own === 'function') {
			const needed = own.length;
			const used = Math.max(0, ...[...value.matchAll(/\{(\d)\}/gu)].map((match) => Number(match[1])));
			if (used > needed)
				problems.push(`${name}: uses {${used}}, but this text has ${needed === 1 ? 'one value' : `${needed} values`} ({1}${needed > 1 ? `–{${needed}}` : ''})`);
			else result[key] = template(value);
		} else {
			result[key] = value;
		}
	}
	return result;
}

/**
 * The interface strings with an archive's own in place of the generator's (`content/i18n/sv.yml`): a text for a
 * text, a list for a list, and for a text built from values a template with `{1}`, `{2}`, …. Keys that do not
 * exist, or values of the wrong kind, are reported and left as they were.
 */
export function applyOverrides<T extends object>(base: T, overrides: unknown): Overridden<T> {
	const problems: string[] = [];
	if (overrides === undefined || overrides === null) return { strings: base, problems };
	if (!isRecord(overrides)) return { strings: base, problems: ['the file must map names to texts (name: text)'] };
	return { strings: merge(base as Record<string, unknown>, overrides, '', problems) as T, problems };
}

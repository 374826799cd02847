import type { Block } from '../types.ts';
import { blockTexts } from './block-texts.ts';
import type { ResolvedPerson } from './resolve-people.ts';

/** One alias compiled once: the person's position in the list, and the alias's last run of letters (the index key). */
interface CompiledAlias {
	order: number;
	id: string;
	pattern: RegExp;
}

/** Per people list (the same array is passed for every item): aliases by their last run of letters. */
const indexes = new WeakMap<readonly ResolvedPerson[], Map<string, CompiledAlias[]>>();

function indexOf(people: readonly ResolvedPerson[]): Map<string, CompiledAlias[]> {
	let index = indexes.get(people);
	if (index) return index;
	index = new Map();
	people.forEach((person, order) => {
		for (const alias of person.aliases) {
			if (!alias.includes(' ')) continue;
			const pattern = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u');
			const last = alias.match(/\p{L}+/gu)?.at(-1);
			if (!last) continue;
			index?.set(last, [...(index.get(last) ?? []), { order, id: person.id, pattern }]);
		}
	});
	indexes.set(people, index);
	return index;
}

/**
 * Finds the people an item's text names by their full name (any spelling seen in the archive), returning person ids
 * in the order of `people`. A match always ends with the alias's last run of letters, which is then a whole run of
 * letters in the text; so only aliases whose last run occurs in the text are tried (cost ∝ text, not ∝ people).
 */
export function findMentions(blocks: readonly Block[], people: readonly ResolvedPerson[]): string[] {
	const text = blockTexts(blocks)
		.map((piece) => piece.text)
		.join('\n');
	const index = indexOf(people);
	const found = new Map<number, string>();
	for (const word of new Set(text.match(/\p{L}+/gu) ?? [])) {
		for (const alias of index.get(word) ?? []) {
			if (!found.has(alias.order) && alias.pattern.test(text)) found.set(alias.order, alias.id);
		}
	}
	return [...found].sort(([a], [b]) => a - b).map(([, id]) => id);
}

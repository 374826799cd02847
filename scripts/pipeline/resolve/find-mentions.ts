import type { Block } from '../types.ts';
import type { ResolvedPerson } from './resolve-people.ts';

/** Finds the people an item's text names by their full name (any spelling seen in the archive), returning person ids. */
export function findMentions(blocks: readonly Block[], people: readonly ResolvedPerson[]): string[] {
	const text = flatten(blocks);
	const found: string[] = [];
	for (const person of people) {
		for (const alias of person.aliases) {
			if (!alias.includes(' ')) continue;
			const pattern = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u');
			if (pattern.test(text)) {
				found.push(person.id);
				break;
			}
		}
	}
	return found;
}

function flatten(blocks: readonly Block[]): string {
	return blocks.map((block) => (block.type === 'list' ? block.items.map((item) => `${item.text}\n${flatten(item.children)}`).join('\n') : block.text)).join('\n');
}

import type { Block } from '../types.ts';

/** One piece of an item's text: a paragraph, a list entry or a sub-section heading, with the heading it falls under. */
export interface BlockText {
	text: string;
	kind: 'paragraph' | 'heading' | 'list-item';
	/** The nearest sub-section heading before it (`Summering`, `Beslut`), or `null`. */
	section: string | null;
	line: number;
}

/** Flattens an item's blocks into texts in reading order: paragraphs, headings and every list entry, nested ones included. */
export function blockTexts(blocks: readonly Block[]): BlockText[] {
	const texts: BlockText[] = [];
	let section: string | null = null;
	const visit = (list: readonly Block[]) => {
		for (const block of list) {
			if (block.type === 'heading') {
				section = block.text;
				texts.push({ text: block.text, kind: 'heading', section: null, line: block.line });
			} else if (block.type === 'paragraph') {
				texts.push({ text: block.text, kind: 'paragraph', section, line: block.line });
			} else {
				for (const entry of block.items) {
					texts.push({ text: entry.text, kind: 'list-item', section, line: entry.line });
					visit(entry.children);
				}
			}
		}
	};
	visit(blocks);
	return texts;
}

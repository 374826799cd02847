import type { BlockContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Item } from '../../../src/schema/meeting.ts';
import type { Block } from '../types.ts';
import { blocksToMdast } from './blocks-to-mdast.ts';

/** The text of one item, ready to emit. */
export interface ItemBody {
	item: Item;
	blocks: readonly Block[];
}

/** Builds the MDX body of a meeting: preamble blocks, then `<Day>` markers and one `<Item>` element per item. */
export function meetingToMdast(preamble: readonly Block[], items: readonly ItemBody[]): Root {
	const children: RootContent[] = [...blocksToMdast(preamble)];
	let day: string | null = null;
	for (const { item, blocks } of items) {
		if (item.day && item.day !== day) {
			children.push(element('Day', { title: item.day }, []));
			day = item.day;
		}
		const attributes: Record<string, string> = { anchor: item.anchor, title: item.title };
		if (item.number !== null) attributes.number = String(item.number);
		children.push(element('Item', attributes, blocksToMdast(blocks, item.decisions)));
	}
	return { type: 'root', children };
}

function element(name: string, attributes: Record<string, string>, children: BlockContent[]): RootContent {
	const node: MdxJsxFlowElement = {
		type: 'mdxJsxFlowElement',
		name,
		attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
		children,
	};
	return node as unknown as RootContent;
}

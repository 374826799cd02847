import type { BlockContent, List, ListItem as MdastListItem, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Decision } from '../../../src/schema/meeting.ts';
import type { Block, ListItem } from '../types.ts';

/** Turns item blocks into mdast flow content; decision sentences become `<Decision kind="…">` spans. */
export function blocksToMdast(blocks: readonly Block[], decisions: readonly Decision[] = []): BlockContent[] {
	return blocks.map((block) => blockToMdast(block, decisions));
}

function blockToMdast(block: Block, decisions: readonly Decision[]): BlockContent {
	switch (block.type) {
		case 'heading':
			return { type: 'heading', depth: 3, children: phrasing(block.text, decisions) } as unknown as BlockContent;
		case 'paragraph':
			return { type: 'paragraph', children: phrasing(block.text, decisions) };
		case 'list': {
			const list: List = {
				type: 'list',
				ordered: block.ordered,
				start: block.ordered ? (block.start ?? 1) : null,
				spread: false,
				children: block.items.map((item) => listItem(item, decisions)),
			};
			return list;
		}
	}
}

function listItem(item: ListItem, decisions: readonly Decision[]): MdastListItem {
	return {
		type: 'listItem',
		spread: false,
		children: [{ type: 'paragraph', children: phrasing(item.text, decisions) }, ...blocksToMdast(item.children, decisions)],
	};
}

/** Splits `text` into text nodes and `<Decision>` elements around every decision sentence found in it. */
function phrasing(text: string, decisions: readonly Decision[]): PhrasingContent[] {
	const spans: { start: number; end: number; decision: Decision }[] = [];
	for (const decision of decisions) {
		let from = 0;
		for (;;) {
			const start = text.indexOf(decision.text, from);
			if (start < 0) break;
			const end = start + decision.text.length;
			if (!spans.some((span) => start < span.end && end > span.start)) spans.push({ start, end, decision });
			from = end;
		}
	}
	spans.sort((a, b) => a.start - b.start);
	const nodes: PhrasingContent[] = [];
	let at = 0;
	for (const span of spans) {
		if (span.start > at) nodes.push({ type: 'text', value: text.slice(at, span.start) });
		const element: MdxJsxTextElement = {
			type: 'mdxJsxTextElement',
			name: 'Decision',
			attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: span.decision.kind }],
			children: [{ type: 'text', value: text.slice(span.start, span.end) }],
		};
		nodes.push(element as unknown as PhrasingContent);
		at = span.end;
	}
	if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
	return nodes;
}

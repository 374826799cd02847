import type { BlockContent, List, ListItem as MdastListItem, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
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
			return paragraph(block.text, decisions);
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
		children: [paragraph(item.text, decisions), ...blocksToMdast(item.children, decisions)],
	};
}

/**
 * A paragraph, with its decision sentences marked. MDX reads a line made only of JSX elements as block
 * elements (no paragraph, spaces lost), so a paragraph that is decisions from end to end becomes one block
 * `<Decision>` around the paragraph instead.
 */
function paragraph(text: string, decisions: readonly Decision[]): BlockContent {
	const children = phrasing(text, decisions);
	const onlyDecisions = children.every((node) => node.type !== 'text' || node.value.trim() === '');
	if (!onlyDecisions || children.length === 0) return { type: 'paragraph', children };
	const first = children.find((node) => node.type !== 'text') as unknown as MdxJsxTextElement;
	const element: MdxJsxFlowElement = {
		type: 'mdxJsxFlowElement',
		name: 'Decision',
		attributes: [...first.attributes, { type: 'mdxJsxAttribute', name: 'display', value: 'block' }],
		children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
	};
	return element as unknown as BlockContent;
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

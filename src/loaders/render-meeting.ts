import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { mdxHandlers, type Warn } from './mdx-handlers.ts';
import { meetingComponents } from './meeting-components.ts';
import { parseMdx } from './parse-mdx.ts';

const components = meetingComponents();

// Parse (remark-parse + remark-mdx), mdast → hast with our components (`Item`, `Decision`, `Day`), serialise
// (hast-util-to-html). Raw HTML is never passed through.

/** Renders the MDX body of a meeting to HTML without evaluating any of it. */
export function renderMeeting(body: string, warn: Warn): string {
	const tree = parseMdx(body);
	const hast = toHast(tree, {
		handlers: mdxHandlers(components, warn),
		unknownHandler: (state, node) => {
			warn(`a ${node.type} node was rendered as its text only`, node);
			return 'children' in node ? state.all(node) : undefined;
		},
	}) as HastNodes;
	return toHtml(hast, { characterReferences: { useNamedReferences: true } });
}

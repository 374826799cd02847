import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** JSX elements the emitter writes on purpose, with the attributes each may carry. */
const allowedElements: Record<string, ReadonlySet<string>> = {
	Item: new Set(['anchor', 'number', 'title']),
	Day: new Set(['title']),
	Decision: new Set(['kind', 'display']),
};

/** Node types the emitter writes on purpose. Anything else in a re-parsed file means text was read as syntax. */
const allowedTypes = new Set(['root', 'paragraph', 'text', 'heading', 'list', 'listItem', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Re-parses emitted MDX and returns the reasons it must be rejected (empty when it holds only what was put there). */
export function verifyMdx(mdx: string, expected: Root): string[] {
	let tree: Root;
	try {
		tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	} catch (error) {
		return [`the emitted MDX does not parse: ${(error as Error).message}`];
	}
	const problems: string[] = [];
	walk(tree, problems);
	const got = textOf(tree);
	const want = textOf(expected);
	if (got !== want) problems.push(`the emitted MDX does not read back as the same text (${firstDifference(got, want)})`);
	const gotShape = shapeOf(tree);
	const wantShape = shapeOf(expected);
	if (gotShape !== wantShape) problems.push(`the emitted MDX does not read back with the same structure (${firstDifference(gotShape, wantShape)})`);
	return problems;
}

function walk(node: Nodes, problems: string[]): void {
	if (!allowedTypes.has(node.type)) {
		problems.push(`unexpected ${node.type} node at line ${node.position?.start.line ?? '?'}`);
		return;
	}
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const allowed = node.name ? allowedElements[node.name] : undefined;
		if (!allowed) problems.push(`unexpected element <${node.name ?? ''}> at line ${node.position?.start.line ?? '?'}`);
		for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
			if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !allowed?.has(attribute.name)) {
				problems.push(`unexpected attribute on <${node.name ?? ''}> at line ${node.position?.start.line ?? '?'}`);
			}
		}
	}
	if ('children' in node) for (const child of node.children) walk(child as Nodes, problems);
}

/** All text and string attribute values of a tree, in order, with white space folded. */
function textOf(node: Nodes): string {
	const parts: string[] = [];
	const visit = (current: Nodes): void => {
		if (current.type === 'text') parts.push(current.value);
		if (current.type === 'mdxJsxFlowElement' || current.type === 'mdxJsxTextElement') {
			parts.push(`<${current.name ?? ''}`);
			for (const attribute of current.attributes) {
				if (attribute.type === 'mdxJsxAttribute') parts.push(`${attribute.name}=${String(attribute.value)}`);
			}
		}
		if ('children' in current) for (const child of current.children) visit(child as Nodes);
		parts.push(' ');
	};
	visit(node);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The nesting of every node other than text, as a string: what a reader would see as paragraphs, lists and elements. */
function shapeOf(node: Nodes): string {
	if (node.type === 'text') return '';
	const name = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `${node.type}:${node.name ?? ''}` : node.type;
	const children = 'children' in node ? (node.children as Nodes[]).map(shapeOf).join('') : '';
	return `(${name}${children})`;
}

function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return `at “${a.slice(Math.max(0, i - 20), i + 20)}” vs “${b.slice(Math.max(0, i - 20), i + 20)}”`;
}

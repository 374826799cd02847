import type { Nodes, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Characters the MDX serialiser does not escape on its own. A line that starts
 * with `import` or `export` is parsed as JavaScript by MDX, so the first letter
 * of such a line is written as a character reference.
 */
const guards: Unsafe[] = [
	{ character: 'i', atBreak: true, after: 'mport\\b' },
	{ character: 'e', atBreak: true, after: 'xport\\b' },
	{ character: 'I', atBreak: true, after: '(?:MPORT|mport)\\b' },
	{ character: 'E', atBreak: true, after: '(?:XPORT|xport)\\b' },
];

/** Serialises an mdast tree to MDX text, escaping everything MDX would read as code. */
export function serializeMdx(tree: Root): string {
	return toMarkdown(encodeAttributeValues(tree), {
		extensions: [mdxToMarkdown(), { unsafe: guards }],
		bullet: '-',
		bulletOrdered: '.',
		emphasis: '_',
		fences: true,
		listItemIndent: 'one',
		resourceLink: true,
		rule: '-',
	});
}

/**
 * MDX decodes character references in attribute values (`title="&amp;"` reads back as `&`) and folds the
 * indentation of a value's continuation lines, but the serialiser escapes only the quote. So `&` and line
 * breaks in attribute values are written as references, which read back as exactly the original value.
 */
function encodeAttributeValues(tree: Root): Root {
	const visit = <T extends Nodes>(node: T): T => {
		const copy = { ...node } as T & { attributes?: { type: string; value?: unknown }[]; children?: Nodes[] };
		if (copy.attributes) {
			copy.attributes = copy.attributes.map((attribute) =>
				attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
					? { ...attribute, value: attribute.value.replace(/&/g, '&amp;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') }
					: attribute,
			);
		}
		if (copy.children) copy.children = copy.children.map((child) => visit(child));
		return copy;
	};
	return visit(tree);
}

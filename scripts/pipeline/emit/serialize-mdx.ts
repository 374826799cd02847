import type { Root } from 'mdast';
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
	return toMarkdown(tree, {
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

import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * Turns Markdown as staff write it into the plain-text lines the parser reads: `# Protokoll` → `Protokoll`,
 * `## 1. Title` → `1. Title`, list items → `- text` / `3. text`, `**bold**` and links → their text.
 * Every line stays on the line number it has in the Markdown file, so problems point at the right line.
 */
export function markdownToLines(markdown: string): string {
	const tree: Root = fromMarkdown(markdown);
	const lines: string[] = [];
	const put = (line: number, text: string) => {
		while (lines.length < line - 1) lines.push('');
		lines.push(text);
	};
	for (const node of tree.children) flow(node, '', put);
	return `${lines.join('\n')}\n`;
}

type Put = (line: number, text: string) => void;

/** Writes one block; `indent` is the indentation of list levels around it. */
function flow(node: RootContent, indent: string, put: Put, marker = ''): void {
	const line = node.position?.start.line ?? 1;
	switch (node.type) {
		case 'heading':
		case 'paragraph': {
			const text = phrasing(node.children);
			text.split('\n').forEach((part, index) => {
				put(line + index, index === 0 ? `${indent}${marker}${part}` : `${indent}${' '.repeat(marker.length)}${part}`);
			});
			return;
		}
		case 'code':
		case 'html':
			node.value.split('\n').forEach((part, index) => {
				put(line + index + (node.type === 'code' && node.value !== '' ? 1 : 0), `${indent}${part}`);
			});
			return;
		case 'blockquote':
			for (const child of node.children) flow(child, indent, put);
			return;
		case 'list': {
			let number = node.start ?? 1;
			for (const item of node.children) {
				const bullet = node.ordered ? `${number++}. ` : '- ';
				const [first, ...rest] = item.children;
				if (first && (first.type === 'paragraph' || first.type === 'heading')) flow(first, indent, put, bullet);
				else put(item.position?.start.line ?? line, `${indent}${bullet.trimEnd()}`);
				for (const child of first && (first.type === 'paragraph' || first.type === 'heading') ? rest : item.children) {
					flow(child, `${indent}  `, put);
				}
			}
			return;
		}
		case 'thematicBreak':
		case 'definition':
			return;
		default:
			put(line, `${indent}${phrasing([node as Nodes])}`);
	}
}

/** The text of inline content: emphasis and links become their text, a hard break a new line. */
function phrasing(nodes: readonly Nodes[]): string {
	let text = '';
	for (const node of nodes) {
		if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') text += node.value;
		else if (node.type === 'break') text += '\n';
		else if (node.type === 'image') text += node.alt ?? '';
		else if (node.type === 'link') {
			const label = phrasing(node.children);
			text += label === node.url || `mailto:${label}` === node.url || node.url === '' ? label : `${label} (${node.url})`;
		} else if ('children' in node) text += phrasing(node.children as Nodes[]);
	}
	return text;
}

/**
 * The lines of Markdown minutes that are item headings: the headings of the level the minutes use most below the
 * title (`## Mötets öppnande` when items are `##`), as 1-based line numbers. `#` alone is the document's title.
 */
export function markdownItemHeadings(markdown: string): number[] {
	const headings = fromMarkdown(markdown).children.filter((node) => node.type === 'heading' && node.depth >= 2);
	const count = new Map<number, number>();
	for (const heading of headings) if (heading.type === 'heading') count.set(heading.depth, (count.get(heading.depth) ?? 0) + 1);
	const depth = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
	return headings
		.filter((heading) => heading.type === 'heading' && heading.depth === depth && (count.get(depth) ?? 0) >= 2)
		.map((heading) => heading.position?.start.line ?? 0);
}

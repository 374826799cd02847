import { joinWords } from '../segment/join-words.ts';
import { matchListMarker } from '../segment/match-list-marker.ts';
import type { Block, ListItem, SourceLine } from '../types.ts';
import { isLineListHeading, matchSectionHeading } from './match-section-heading.ts';

type ListBlock = Extract<Block, { type: 'list' }>;

interface OpenList {
	indent: number;
	list: ListBlock;
}

/** Turn the lines of an item (or of the preamble) into headings, paragraphs and nested lists; wrapped lines are joined. */
export function parseBlocks(lines: readonly SourceLine[]): Block[] {
	const blocks: Block[] = [];
	let stack: OpenList[] = [];
	let paragraph: { text: string; line: number; count: number } | null = null;
	let lastWasBlank = true;
	// below `Expedieras` each short line is an entry of its own (a recipient), not a wrapped line
	let lineList = false;

	const closeParagraph = (): void => {
		if (!paragraph) return;
		const isHeading = paragraph.count === 1 && matchSectionHeading(paragraph.text);
		blocks.push({ type: isHeading ? 'heading' : 'paragraph', text: paragraph.text, line: paragraph.line });
		if (isHeading) lineList = isLineListHeading(paragraph.text);
		paragraph = null;
	};

	const lastItem = (): ListItem | null => {
		const top = stack[stack.length - 1];
		if (!top) return null;
		return top.list.items[top.list.items.length - 1] ?? null;
	};

	for (const source of lines) {
		const raw = source.text;
		if (raw.trim() === '') {
			closeParagraph();
			lastWasBlank = true;
			continue;
		}
		const marker = matchListMarker(raw);
		if (marker) {
			closeParagraph();
			const item: ListItem = { text: marker.text.trim(), line: source.line, children: [] };
			while (stack.length > 0 && stack[stack.length - 1]!.indent > marker.indent) stack.pop();
			const top = stack[stack.length - 1];
			// an ordered item continues its list only when its number follows on, so numbers stay as written
			const follows = !marker.ordered || (top !== undefined && marker.number === (top.list.start ?? 1) + top.list.items.length);
			if (top && top.indent === marker.indent && top.list.ordered === marker.ordered && follows) {
				top.list.items.push(item);
			} else {
				if (top && top.indent === marker.indent) stack.pop();
				const list: ListBlock = {
					type: 'list',
					ordered: marker.ordered,
					start: marker.ordered ? marker.number : null,
					items: [item],
					line: source.line,
				};
				const parent = lastItem();
				if (parent && stack[stack.length - 1]!.indent < marker.indent) parent.children.push(list);
				else {
					stack = [];
					blocks.push(list);
				}
				stack.push({ indent: marker.indent, list });
			}
			lastWasBlank = false;
			continue;
		}
		const open = lastItem();
		const top = stack[stack.length - 1];
		const indent = raw.length - raw.trimStart().length;
		// after an item that ends a sentence, a capitalised line that is not indented under it starts a paragraph
		const leavesList = open !== null && /[.!?]$/u.test(open.text) && /^\p{Lu}/u.test(raw.trim()) && top !== undefined && indent <= top.indent;
		if (open && !lastWasBlank && !leavesList) {
			// a wrapped list line continues the deepest open item
			open.text = joinWords(open.text, raw);
			continue;
		}
		stack = [];
		if (!paragraph && matchSectionHeading(raw)) {
			// a sub-section heading directly followed by its text ("Beslut" + next line)
			blocks.push({ type: 'heading', text: raw.trim(), line: source.line });
			lineList = isLineListHeading(raw);
			lastWasBlank = true;
			continue;
		}
		if (lineList && raw.trim().length > 60) lineList = false;
		if (lineList) closeParagraph();
		if (paragraph) {
			paragraph.text = joinWords(paragraph.text, raw);
			paragraph.count++;
		} else {
			paragraph = { text: raw.trim(), line: source.line, count: 1 };
		}
		lastWasBlank = false;
	}
	closeParagraph();
	return blocks;
}

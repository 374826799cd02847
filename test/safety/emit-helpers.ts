/** Helpers for the safety tests: a meeting to put hostile text into, and a re-parse that shows what MDX made of the file. */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { type ItemBody, meetingToMdast } from '../../scripts/pipeline/emit/meeting-to-mdast.ts';
import { stripControlCharacters } from '../../scripts/pipeline/emit/strip-control-characters.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import type { Attendee, Item, Meeting } from '../../src/schema/meeting.ts';

/** Where a payload is put. */
export type Slot = 'paragraph' | 'heading' | 'list item' | 'item title' | 'decision' | 'resolution' | 'day' | 'attendee name' | 'header fields';

/** All slots. */
export const slots: Slot[] = ['paragraph', 'heading', 'list item', 'item title', 'decision', 'resolution', 'day', 'attendee name', 'header fields'];

/** A meeting with `text` in one slot, and the blocks of its item. */
export function meetingWith(slot: Slot, text: string): { meeting: Meeting; preamble: Block[]; items: ItemBody[] } {
	const attendee: Attendee = {
		name: slot === 'attendee name' ? text : 'Anna Andersson',
		person: 'anna-andersson',
		party: slot === 'attendee name' ? text : 'S',
		organization: slot === 'attendee name' ? text : null,
		title: null,
		roles: ['ordförande'],
		group: 'politician',
		status: 'present',
		presence: null,
		section: slot === 'attendee name' ? text : 'Närvarande',
		line: 3,
	};
	const header = slot === 'header fields';
	const meeting: Meeting = {
		reading: { attendance: { level: 'sure', basis: 'list', suspect: [] }, items: { level: 'sure', basis: 'numbered' } },
		source: 'minutes/krf/2024-01-01.txt',
		sourceSha256: '0'.repeat(64),
		url: '/organ/krf/2024-01-01/',
		body: 'krf',
		bodyName: header ? text : 'Kommun- och regionledningsforum',
		slug: '2024-01-01',
		title: header ? text : 'Möte',
		documentType: header ? text : 'Anteckningar',
		date: '2024-01-01',
		endDate: null,
		startTime: null,
		endTime: null,
		location: header ? text : 'Halmstad',
		provenance: { date: 'text' },
		originalWithheld: false,
		sourceAdded: null,
		sourceChanged: null,
		historyUrl: null,
		corrections: null,
		attendees: [attendee],
		items: [],
		signature: header ? `Antecknat av\n${text}` : null,
		publication: header ? 'draft' : 'published',
		publicationNote: header ? text : null,
	};
	const paragraph = (value: string): Block => ({ type: 'paragraph', text: value, line: 5 });
	const blocks: Block[] = [];
	if (slot === 'paragraph') blocks.push(paragraph(text), paragraph(`Före ${text} efter`));
	if (slot === 'heading') blocks.push({ type: 'heading', text, line: 5 });
	if (slot === 'list item') {
		blocks.push({
			type: 'list',
			ordered: false,
			start: null,
			line: 5,
			items: [
				{ text, line: 5, children: [] },
				{ text: 'andra', line: 6, children: [] },
			],
		});
		blocks.push({
			type: 'list',
			ordered: true,
			start: 3,
			line: 7,
			items: [{ text: `Före ${text}`, line: 7, children: [{ type: 'list', ordered: false, start: null, line: 8, items: [{ text, line: 8, children: [] }] }] }],
		});
	}
	const decisionText = slot === 'decision' ? `Forumet beslutar ${text}.` : null;
	if (decisionText) blocks.push(paragraph(`Inledning. ${decisionText} Avslutning.`));
	if (blocks.length === 0) blocks.push(paragraph('Vanlig text.'));
	const item: Item = {
		number: 1,
		label: null,
		title: slot === 'item title' ? text : 'Mötets öppnande',
		anchor: 'punkt-1',
		day: slot === 'day' ? text : null,
		caseNumbers: [],
		topics: [],
		participants: [],
		mentions: [],
		decisions: decisionText ? [{ kind: 'decision', text: decisionText }] : [],
		resolution: slot === 'resolution' ? { text, clauses: [text], acclamation: true } : null,
		proposals: [],
		propositions: [],
		votes: [],
		reservations: [],
		conflicts: [],
		recipients: slot === 'resolution' ? [text] : [],
		excerpt: slot === 'paragraph' ? text : '',
	};
	meeting.items = [item];
	const preamble = slot === 'paragraph' ? [paragraph(text)] : [];
	return { meeting, preamble, items: [{ item, blocks }] };
}

/** A node as compared: its kind, text, element name and attributes, list settings and children, adjacent texts merged. */
export interface Shape {
	type: string;
	value?: string;
	name?: string | null;
	attributes?: [string, string][];
	ordered?: boolean | null;
	start?: number | null;
	depth?: number;
	children?: Shape[];
}

/** What a tree says, without positions and formatting details. */
export function shapeOf(node: Nodes): Shape {
	const shape: Shape = { type: node.type };
	if (node.type === 'text') shape.value = node.value;
	if (node.type === 'heading') shape.depth = node.depth;
	if (node.type === 'list') {
		shape.ordered = node.ordered ?? false;
		shape.start = node.ordered ? (node.start ?? 1) : null;
	}
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		shape.name = node.name;
		shape.attributes = node.attributes.map((attribute) =>
			attribute.type === 'mdxJsxAttribute'
				? [attribute.name, typeof attribute.value === 'string' ? attribute.value : `EXPRESSION:${JSON.stringify(attribute.value)}`]
				: ['SPREAD', attribute.value],
		);
	}
	if ('children' in node) {
		const children: Shape[] = [];
		for (const child of node.children as Nodes[]) {
			const next = shapeOf(child);
			const last = children.at(-1);
			if (next.type === 'text' && last?.type === 'text') last.value = `${last.value ?? ''}${next.value ?? ''}`;
			else if (!(next.type === 'text' && next.value === '')) children.push(next);
		}
		shape.children = children;
	}
	return shape;
}

/** Parses MDX as the site's MDX pipeline does (micromark with the MDX extensions). */
export function parseMdx(body: string): Root {
	return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Splits an emitted file as Astro does: its front matter (parsed with Astro's own reader) and the MDX body. */
export function splitEmitted(mdx: string): { frontmatter: Record<string, unknown>; body: string } {
	const parsed = parseFrontmatter(mdx, { frontmatter: 'remove' });
	return { frontmatter: parsed.frontmatter as Record<string, unknown>, body: parsed.content };
}

/** Node types that must never appear in a re-parsed body: they would run code or put raw HTML on the page. */
export const forbiddenTypes = new Set([
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'html',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'definition',
	'code',
	'inlineCode',
	'blockquote',
	'thematicBreak',
	'emphasis',
	'strong',
	'break',
]);

/** Every node type in a tree. */
export function typesIn(node: Nodes, into: Set<string> = new Set()): Set<string> {
	into.add(node.type);
	if ('children' in node) for (const child of node.children as Nodes[]) typesIn(child, into);
	return into;
}

/** The mdast the emitter means to write for a meeting (what the re-parsed file must equal): control characters are dropped. */
export function intendedTree(preamble: readonly Block[], items: readonly ItemBody[]): Root {
	return stripControlCharacters(meetingToMdast(preamble, items));
}

import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { LocalProblem } from '../types.ts';
import { type NumberingLevel, readWordNumbering, type WordNumbering } from './read-word-numbering.ts';

/** Plain text of a Word document, or `null` with the reason in `problems`. */
export interface DocxText {
	text: string | null;
	problems: LocalProblem[];
}

/** The parts of mammoth's document model this reader uses. */
interface WordNode {
	type: string;
	children?: WordNode[];
	value?: string;
	breakType?: string;
	numbering?: { isOrdered: boolean; level: string } | null;
	alt?: string;
}

/**
 * Reads a .docx with mammoth into the lines the parser reads: one paragraph per block with a blank line between
 * paragraphs, line breaks kept, list paragraphs as `- text` or with Word's own numbers (`1. text`, indented per
 * level), and every table row on one line with its cells separated by tabs.
 */
export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
	const buffer = Buffer.from(bytes);
	let zip: JSZip;
	let documentXml: string | undefined;
	try {
		zip = await JSZip.loadAsync(buffer);
		documentXml = await zip.file('word/document.xml')?.async('string');
	} catch {
		return fail(
			'The Word file is damaged or is not a .docx (it could not be opened as one). Open it in Word and save it again as .docx (Word document), or export it as plain text.',
		);
	}
	if (documentXml === undefined) {
		return fail('The file is named .docx but holds no Word document. Open it in Word and save it again as .docx, or export it as plain text.');
	}
	if (zip.file('EncryptedPackage')) return fail('The Word file is password-protected. Remove the password in Word and save it again.');
	let root: WordNode | null = null;
	try {
		await mammoth.convertToHtml(
			{ buffer },
			{
				transformDocument: (document: WordNode) => {
					root = document;
					return document;
				},
			},
		);
	} catch (error) {
		return fail(
			`The Word file could not be read (${(error as Error).message.split('\n')[0]}). Open it in Word and save it again as .docx, or export it as plain text.`,
		);
	}
	const numbering = readWordNumbering(
		documentXml,
		(await zip.file('word/numbering.xml')?.async('string')) ?? null,
		(await zip.file('word/styles.xml')?.async('string')) ?? null,
	);
	const problems: LocalProblem[] = [];
	const text = documentToText(root ?? { type: 'document', children: [] }, numbering, problems);
	if (text.trim() === '') {
		return fail(
			(root as WordNode | null) && JSON.stringify(root).includes('"type":"image"')
				? 'The Word document holds only images (a scanned document?), no text. Run OCR on it or upload a version with text.'
				: 'The Word document holds no text. Check that it is the right file.',
		);
	}
	return { text, problems };
}

function fail(message: string): DocxText {
	return { text: null, problems: [{ line: null, severity: 'error', message }] };
}

/** Writes the document model as lines; numbering from the XML is used when its paragraphs line up with mammoth's. */
function documentToText(root: WordNode, numbering: WordNumbering, problems: LocalProblem[]): string {
	const paragraphs: WordNode[] = [];
	const collect = (node: WordNode) => {
		if (node.type === 'paragraph') paragraphs.push(node);
		for (const child of node.children ?? []) collect(child);
	};
	collect(root);
	const aligned = paragraphs.length === numbering.paragraphs.length;
	if (!aligned && paragraphs.some((paragraph) => paragraph.numbering?.isOrdered)) {
		problems.push({
			line: null,
			severity: 'warning',
			message:
				'Word numbered lists could not be followed exactly in this document; list numbers were counted per list level. Check the item numbers on the page, or type the numbers as text.',
		});
	}
	const counters = new Map<string, number[]>();
	const numberOf = new Map<WordNode, { label: string; list: string }>();
	paragraphs.forEach((paragraph, index) => {
		if (!paragraph.numbering) return;
		const level = Number(paragraph.numbering.level) || 0;
		const fromXml = aligned ? numbering.paragraphs[index] : null;
		const key = fromXml?.numId ?? `level-only:${paragraph.numbering.isOrdered}`;
		const levels = fromXml ? numbering.levels.get(fromXml.numId) : undefined;
		const definition = (at: number): NumberingLevel =>
			levels?.get(at) ?? { start: 1, format: paragraph.numbering?.isOrdered ? 'decimal' : 'bullet', text: `%${at + 1}.` };
		const count = counters.get(key) ?? [];
		count[level] = count[level] === undefined ? definition(level).start : (count[level] as number) + 1;
		count.length = level + 1;
		counters.set(key, count);
		const own = definition(level);
		if (own.format === 'bullet' || !paragraph.numbering.isOrdered) {
			numberOf.set(paragraph, { label: '- ', list: key });
			return;
		}
		const label = own.text.replace(/%([1-9])/g, (_, n: string) =>
			formatNumber(count[Number(n) - 1] ?? definition(Number(n) - 1).start, definition(Number(n) - 1).format),
		);
		numberOf.set(paragraph, { label: label.trim() === '' ? '' : `${label.trim()} `, list: key });
	});

	const blocks: { text: string; list: string | null }[] = [];
	const visit = (node: WordNode) => {
		if (node.type === 'paragraph') {
			const text = inline(node);
			const numbered = numberOf.get(node);
			if (numbered !== undefined) {
				const { label, list } = numbered;
				const level = Number(node.numbering?.level) || 0;
				const indent = '  '.repeat(level);
				blocks.push({ text: `${indent}${label}${text.replace(/\n/g, `\n${indent}${' '.repeat(label.length)}`)}`, list });
			} else blocks.push({ text, list: null });
			return;
		}
		if (node.type === 'table') {
			const rows: string[] = [];
			for (const row of node.children ?? []) {
				if (row.type !== 'tableRow') continue;
				rows.push((row.children ?? []).map((cell) => cellText(cell)).join('\t'));
			}
			blocks.push({ text: rows.join('\n'), list: null });
			return;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);

	let out = '';
	let previous: { text: string; list: string | null } | null = null;
	for (const block of blocks) {
		if (previous) out += previous.list !== null && previous.list === block.list ? '\n' : '\n\n';
		out += block.text.replace(/[ \t]+$/gm, '');
		previous = block;
	}
	return `${out.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '')}\n`;
}

/** Text of a table cell: its paragraphs (and nested tables) on one line. */
function cellText(cell: WordNode): string {
	const parts: string[] = [];
	const visit = (node: WordNode) => {
		if (node.type === 'paragraph') parts.push(inline(node).replace(/\s*\n\s*/g, ' '));
		else for (const child of node.children ?? []) visit(child);
	};
	visit(cell);
	return parts
		.filter((part) => part.trim() !== '')
		.join(' ')
		.replace(/\t/g, ' ')
		.trim();
}

/** Text of a paragraph's runs: tabs kept, line breaks as new lines, a page break as a blank line. */
function inline(node: WordNode): string {
	let text = '';
	for (const child of node.children ?? []) {
		if (child.type === 'text') text += child.value ?? '';
		else if (child.type === 'tab') text += '\t';
		else if (child.type === 'break') text += child.breakType === 'page' || child.breakType === 'column' ? '\n\n' : '\n';
		else if (child.type === 'checkbox') text += '';
		else if (child.type === 'paragraph') text += `\n${inline(child)}\n`;
		else if (child.children) text += inline(child);
	}
	return text;
}

function formatNumber(value: number, format: string): string {
	switch (format) {
		case 'lowerLetter':
			return letters(value).toLowerCase();
		case 'upperLetter':
			return letters(value);
		case 'lowerRoman':
			return roman(value).toLowerCase();
		case 'upperRoman':
			return roman(value);
		case 'decimalZero':
			return String(value).padStart(2, '0');
		case 'none':
			return '';
		default:
			return String(value);
	}
}

function letters(value: number): string {
	const letter = String.fromCharCode(65 + ((Math.max(value, 1) - 1) % 26));
	return letter.repeat(Math.floor((Math.max(value, 1) - 1) / 26) + 1);
}

function roman(value: number): string {
	const table: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I'],
	];
	let rest = Math.max(value, 1);
	let out = '';
	for (const [n, symbol] of table) {
		while (rest >= n) {
			out += symbol;
			rest -= n;
		}
	}
	return out;
}

/** A piece of text placed on a PDF page (PDF coordinates: origin bottom-left, y grows upwards). */
export interface PlacedText {
	str: string;
	x: number;
	y: number;
	width: number;
	fontSize: number;
}

const listMarker = /^[-•*–\u2022\uf0b7\u25aa\u25cf\u25e6\u2043\u2219·]\s|^\d{1,2}[.)]\s/u;

/**
 * Rebuilds the lines of PDF pages from positioned text: pieces on one baseline become one line (a wide gap
 * becomes a tab), a vertical gap clearly wider than the usual line spacing becomes a blank line, every page
 * break becomes a blank line, and list lines keep an indentation per list level. Page furniture stays for the parser.
 */
export function textItemsToLines(pages: readonly (readonly PlacedText[])[]): string {
	const out: string[] = [];
	for (const items of pages) {
		const lines = pageLines(items);
		if (lines.length === 0) continue;
		if (out.length > 0) out.push('');
		out.push(...lines);
	}
	return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

interface Line {
	y: number;
	size: number;
	items: PlacedText[];
}

function pageLines(items: readonly PlacedText[]): string[] {
	const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: Line[] = [];
	for (const item of sorted) {
		const size = item.fontSize || 10;
		const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(candidate.size, size) * 0.4);
		if (line) {
			line.items.push(item);
			line.size = Math.max(line.size, size);
		} else lines.push({ y: item.y, size, items: [item] });
	}
	lines.sort((a, b) => b.y - a.y);
	const texts = lines.map((line) => ({ line, text: joinLine(line) })).filter(({ text }) => text.trim() !== '');
	if (texts.length === 0) return [];
	const left = Math.min(...texts.map(({ line }) => Math.min(...line.items.map((item) => item.x))));
	const steps: number[] = [];
	for (let i = 1; i < texts.length; i++) steps.push((texts[i - 1] as { line: Line }).line.y - (texts[i] as { line: Line }).line.y);
	const pitch = lowerQuartile(steps.filter((step) => step > 0)) ?? Infinity;
	const result: string[] = [];
	texts.forEach(({ line, text }, index) => {
		const previous = texts[index - 1];
		if (previous && previous.line.y - line.y > Math.max(Math.min(pitch, line.size * 1.35) * 1.3, line.size * 1.6)) result.push('');
		const x = Math.min(...line.items.map((item) => item.x));
		const trimmed = text.trimStart();
		const indent = listMarker.test(trimmed) ? '  '.repeat(Math.max(0, Math.round((x - left) / 18))) : '';
		result.push(`${indent}${trimmed}`.trimEnd());
	});
	return result;
}

/** Joins the pieces of one line left to right: a space where there is a gap, a tab where the gap is wide. */
function joinLine(line: Line): string {
	const items = [...line.items].sort((a, b) => a.x - b.x);
	let text = '';
	let end: number | null = null;
	for (const item of items) {
		// pdf.js fills a gap between two pieces with a blank piece as wide as the gap.
		const blank = /^\s*$/.test(item.str);
		const gap = blank ? item.width : end === null ? 0 : item.x - end;
		if (end !== null || blank) {
			const spaced = /\s$/.test(text) || /^\s/.test(item.str);
			if (gap > line.size * 1.5) text = `${text.trimEnd()}\t`;
			else if (blank || (gap > line.size * 0.15 && !spaced)) text += ' ';
		}
		if (!blank) text += item.str;
		end = Math.max(end ?? -Infinity, item.x + item.width);
	}
	return text.replace(/[ \u00a0]*\t[ \u00a0\t]*/g, '\t').replace(/ {2,}/g, ' ');
}

/** The usual line spacing: most steps between lines are plain line feeds, the longer ones paragraph gaps. */
function lowerQuartile(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 4)] as number;
}

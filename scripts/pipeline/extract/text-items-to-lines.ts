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
	const column = valueColumn(lines);
	// a row of a label/value table: the label's pieces, a tab, the value's pieces (however narrow the gap)
	const rowText = (line: Line): string => {
		if (column === null) return joinLine(line);
		const cells = line.items.filter((item) => !/^\s*$/u.test(item.str));
		const label = cells.filter((item) => item.x < column - 2);
		const value = cells.filter((item) => item.x >= column - 2);
		if (label.length === 0 || value.length === 0 || !value.some((item) => Math.abs(item.x - column) <= 4)) return joinLine(line);
		return `${joinLine({ ...line, items: label }).trimEnd()}\t${joinLine({ ...line, items: value }).trim()}`;
	};
	const texts = lines.map((line) => ({ line, text: rowText(line) })).filter(({ text }) => text.trim() !== '');
	if (texts.length === 0) return [];
	const left = Math.min(...texts.map(({ line }) => Math.min(...line.items.map((item) => item.x))));
	const steps: number[] = [];
	for (let i = 1; i < texts.length; i++) steps.push((texts[i - 1] as { line: Line }).line.y - (texts[i] as { line: Line }).line.y);
	const pitch = lowerQuartile(steps.filter((step) => step > 0)) ?? Infinity;
	const result: string[] = [];
	/** The row of a two-column table that the line before began, while its cells may still wrap onto this line. */
	let row: { index: number; line: Line } | null = null;
	texts.forEach(({ line, text }, index) => {
		const previous = texts[index - 1];
		const gap = previous ? previous.line.y - line.y > Math.max(Math.min(pitch, line.size * 1.35) * 1.3, line.size * 1.6) : false;
		if (gap) {
			result.push('');
			row = null;
		}
		const x = Math.min(...line.items.map((item) => item.x));
		const right = Math.max(...line.items.map((item) => item.x + item.width));
		const trimmed = text.trimStart();
		if (row !== null && column !== null) {
			// a cell of the row above wrapped: text in the value column only continues the value, a short piece in
			// the label column only continues the label ("Sammanträdesdatu" / "m", "Tjänstgörande" / "ersättare")
			const [label, value] = (result[row.index] as string).split('\t') as [string, string];
			if (Math.abs(x - column) <= line.size * 0.6) {
				result[row.index] = `${label}\t${joinWords(value, trimmed)}`;
				return;
			}
			if (right < column && /^\p{Ll}/u.test(trimmed) && trimmed.split(/\s+/u).length <= 3) {
				result[row.index] = `${joinLabel(label, trimmed)}\t${value}`;
				return;
			}
		}
		const indent = listMarker.test(trimmed) ? '  '.repeat(Math.max(0, Math.round((x - left) / 18))) : '';
		result.push(`${indent}${trimmed}`.trimEnd());
		row = column !== null && startsAt(line, column) && trimmed.includes('\t') ? { index: result.length - 1, line } : null;
	});
	return result;
}

/** The x where the values of a two-column label/value table start, when at least three lines have a cell there. */
function valueColumn(lines: readonly Line[]): number | null {
	const starts = new Map<number, { count: number; x: number }>();
	for (const line of lines) {
		const items = line.items.filter((item) => !/^\s*$/u.test(item.str)).sort((a, b) => a.x - b.x);
		for (let k = 1; k < items.length; k++) {
			const before = items[k - 1] as PlacedText;
			const item = items[k] as PlacedText;
			if (item.x - (before.x + before.width) > line.size * 0.8) {
				const key = Math.round(item.x / 4);
				const seen = starts.get(key) ?? { count: 0, x: item.x };
				starts.set(key, { count: seen.count + 1, x: Math.min(seen.x, item.x) });
				break;
			}
		}
	}
	const best = [...starts.values()].sort((a, b) => b.count - a.count)[0];
	return best && best.count >= 3 ? best.x : null;
}

/** Whether a line has a cell starting at the value column. */
function startsAt(line: Line, column: number): boolean {
	return line.items.some((item) => !/^\s*$/u.test(item.str) && Math.abs(item.x - column) <= Math.max(4, line.size * 0.6));
}

/** Joins two lines of wrapped text: a word hyphenated at the end is joined, otherwise a space. */
function joinWords(before: string, after: string): string {
	if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return `${before.slice(0, -1)}${after}`;
	return `${before} ${after}`;
}

/** Labels of a protokoll's first page, to tell a word broken in a narrow cell ("Sammanträdesdatu" + "m") from two words. */
const knownLabel =
	/^(?:sammanträdesdatum|mötesdatum|plats och tid|tid och plats|beslutande(?: ledamöter)?|(?:ej |icke )?tjänstgörande ersättare|övriga (?:närvarande|deltagande|deltagare)|utses att justera|justeringens plats och tid|underskrifter|paragrafer|närvarande|ersättare|ledamöter)$/iu;

/** Joins a label cell that wrapped: without a space when that makes a known label of a broken word, else with one. */
function joinLabel(before: string, after: string): string {
	const tight = `${before}${after}`;
	return knownLabel.test(tight.trim()) ? tight : `${before} ${after}`;
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

import type { SourceLine } from '../types.ts';

const terminal = /[.!?:;…"”»)\]]$/u;
const marker = /^\s*(?:[-•*–\u2022\uf0b7\u25aa\u25cf]\s|\d{1,3}[.)]\s|§|\(?[a-z]\)\s)/u;

function words(text: string): number {
	return text
		.trim()
		.split(/\s+/u)
		.filter((w) => w !== '').length;
}

/**
 * Rejoin a paragraph cut by a page break: when a prose line ends without terminal punctuation and the next text,
 * after removed furniture or a blank gap, continues it (lower-case start, or any prose start right after furniture),
 * the blank lines between them are dropped so that both become one paragraph.
 */
export function rejoinPageBreaks(lines: SourceLine[], breaks: ReadonlySet<number>): SourceLine[] {
	const out: SourceLine[] = [];
	let i = 0;
	while (i < lines.length) {
		const cur = lines[i]!;
		out.push(cur);
		i++;
		if (cur.text.trim() === '') continue;
		// look at the gap after a non-blank line
		let j = i;
		while (j < lines.length && lines[j]!.text.trim() === '') j++;
		if (j === i || j >= lines.length) continue;
		const next = lines[j]!;
		if (next.heading) continue;
		const a = cur.text.trim();
		const b = next.text.trim();
		if (terminal.test(a) || marker.test(b) || !/^\p{L}/u.test(b)) continue;
		// the paragraph that ends with `cur`
		let k = out.length - 1;
		let paragraphWords = 0;
		while (k >= 0 && out[k]!.text.trim() !== '') paragraphWords += words(out[k--]!.text);
		if (paragraphWords < 6) continue;
		const aIsListItem = marker.test(a);
		const lower = /^\p{Ll}/u.test(b);
		const afterFurniture = breaks.has(next.line);
		if (lower || (afterFurniture && !aIsListItem && words(a) >= 6 && words(b) >= 3)) {
			i = j; // skip the blank lines: `next` continues the paragraph
		}
	}
	return out;
}

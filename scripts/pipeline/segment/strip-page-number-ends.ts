import type { Removal, SourceLine } from '../types.ts';

/** A whole page flattened onto one line that opens and ends with its page number ("1 Plats och tid … kommunchef Borås 1"). */
const numberedPage = /^(\d{1,3})\s.{150,}\S\s+(\d{1,3})\s*$/su;

/**
 * Take the page number off the end of each page that a text extraction flattened onto one line and that opens with the
 * same number, before the line is split into its labels: otherwise it reads as the last person's paragraphs.
 */
export function stripPageNumberEnds(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: Removal[] } {
	const removed: Removal[] = [];
	const kept = lines.map((l) => {
		const m = numberedPage.exec(l.text);
		if (!m || m[1] !== m[2]) return l;
		const text = l.text.replace(/\s+\d{1,3}\s*$/u, '');
		removed.push({ line: l.line, text: l.text.slice(text.length).trim(), reason: 'page number' });
		return { ...l, text };
	});
	return { lines: kept, removed };
}

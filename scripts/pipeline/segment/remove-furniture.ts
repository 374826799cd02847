import type { Removal, SourceLine } from '../types.ts';

/** The lines that remain after page furniture was taken out, with the furniture and the page breaks it marked. */
export interface FurnitureResult {
	lines: SourceLine[];
	removed: Removal[];
	/** Source line numbers of the first remaining line after each page break. */
	breaks: Set<number>;
}

const footerWord =
	/^(?:(?:ordförande(?:ns|s|n)?|ordf\.?|justerares|justerandes|justerarens|sekreterare(?:ns|s)?|protokollförare(?:ns|s)?|mötesordförande(?:ns|s)?)\s+(?:sign(?:atur(?:er)?)?|sign\.|underskrift)\.?|utdragsbestyrkande|justerandes?\s+signaturer|signatur(?:er)?)$/iu;

const pageNumber =
	/^(?:(?:sida|sid\.?|page)\s*\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?|\d{1,3}\s*\(\s*\d{1,3}\s*\)|\d{1,3}\s*\/\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–]|\d{1,3}(?:\s+\d{1,3})?)$/iu;

/** A line made only of signature footers ("Ordförandes sign", "Justerares sign", "Utdragsbestyrkande"), perhaps several on one line. */
function isFooter(text: string): boolean {
	if (text.length > 90) return false;
	const cells = text
		.trim()
		.split(/\t+|\s{3,}/u)
		.filter((c) => c.trim() !== '');
	return cells.length > 0 && cells.every((c) => footerWord.test(c.trim()));
}

function isPageNumber(text: string): boolean {
	return text.length <= 20 && pageNumber.test(text.trim());
}

/** Remove page furniture: signature footers, page numbers and headers repeated at the top of every page. */
export function removeFurniture(lines: SourceLine[]): FurnitureResult {
	const removed: Removal[] = [];
	const kept: SourceLine[] = [];
	const breaks = new Set<number>();
	let pendingBreak = false;
	let started = false;
	for (const l of lines) {
		const t = l.text.trim();
		if (t !== '' && l.runningHeader) {
			removed.push({ line: l.line, text: l.text, reason: 'repeated header' });
			continue;
		}
		if (t !== '' && (isFooter(t) || isPageNumber(t))) {
			removed.push({ line: l.line, text: l.text, reason: isFooter(t) ? 'signature footer' : 'page number' });
			pendingBreak = started;
			continue;
		}
		if (t !== '' && pendingBreak) {
			breaks.add(l.line);
			pendingBreak = false;
		}
		if (t !== '') started = true;
		kept.push(l);
	}
	if (breaks.size < 2) return { lines: kept, removed, breaks };
	// Repeated headers: a short line that opens at least two pages after the first one, and also appears earlier.
	const key = (s: string): string => s.trim().replace(/\d+/gu, '#').toLowerCase();
	const firstOnPage = new Map<string, number[]>();
	for (let i = 0; i < kept.length; i++) {
		const l = kept[i]!;
		if (!breaks.has(l.line)) continue;
		// the first three non-blank lines of a page can be a repeated header
		let seen = 0;
		for (let j = i; j < kept.length && seen < 3; j++) {
			const t = kept[j]!.text.trim();
			if (t === '') continue;
			if (j > i && breaks.has(kept[j]!.line)) break;
			seen++;
			if (t.length > 90) continue;
			const k = key(t);
			const list = firstOnPage.get(k) ?? [];
			list.push(j);
			firstOnPage.set(k, list);
		}
	}
	const drop = new Set<number>();
	for (const [k, idxs] of firstOnPage) {
		if (idxs.length < 2) continue;
		const firstAnywhere = kept.findIndex((l) => l.text.trim() !== '' && key(l.text) === k);
		if (firstAnywhere < 0 || idxs.includes(firstAnywhere)) continue;
		for (const i of idxs) drop.add(i);
	}
	if (drop.size === 0) return { lines: kept, removed, breaks };
	const result: SourceLine[] = [];
	for (let i = 0; i < kept.length; i++) {
		const l = kept[i]!;
		if (drop.has(i)) {
			removed.push({ line: l.line, text: l.text, reason: 'repeated header' });
			// the page break now opens at the next kept line
			if (breaks.has(l.line)) {
				breaks.delete(l.line);
				const next = kept.slice(i + 1).find((n, d) => !drop.has(i + 1 + d) && n.text.trim() !== '');
				if (next) breaks.add(next.line);
			}
			continue;
		}
		result.push(l);
	}
	removed.sort((a, b) => a.line - b.line);
	return { lines: result, removed, breaks };
}

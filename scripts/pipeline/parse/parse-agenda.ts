import type { AgendaEntry, SourceLine } from '../types.ts';
import { matchDayHeading } from './match-day-heading.ts';

/** The agenda entries read after an agenda heading, and the index of the first line after them. */
export interface AgendaResult {
	entries: AgendaEntry[];
	end: number;
	/** Lines of the list that are no entry: a table of contents' column headings, page numbers, titles that lost their number. */
	structure: SourceLine[];
}

const entry = /^\s*(?:[-•*–\u2022\uf0b7]\s*)?(?:(?:§|punkt|ärende|p\.)\s*)?(\d{1,3})(?:[.):]\s+|\s+)(\S.*)$/iu;
/** "§ 252" alone on its line. */
const bareNumber = /^\s*§\s*(\d{1,3})\s*$/u;
/** The column headings of a table of contents. */
const columnHeading = /^\s*(?:paragraf(?:er)?|§|ärenden?|rubrik|sida|sidor|sid\.?)\s*$/iu;
/** A page number or range of pages after an entry of a table of contents. */
const pageNumbers = /^\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$/u;
const bulletOnly = /^\s*[-•*–\u2022\uf0b7]\s+(\S.*)$/u;

function clean(title: string): string {
	const t = title.trim();
	const bold = /^(\*\*|__)(.+?)\1\s*$/u.exec(t);
	return (bold ? bold[2]! : t.replace(/\*\*/gu, '')).trim().replace(/\s+/gu, ' ');
}

/** Read the agenda entries ("- 1 Title", "1. **Title**", "1. Title") and day headings after the heading at `start`; stops when numbering restarts. */
export function parseAgenda(lines: readonly SourceLine[], start: number): AgendaResult {
	const entries: AgendaEntry[] = [];
	const structure: SourceLine[] = [];
	let day: string | null = null;
	let end = start + 1;
	let last = 0;
	/** Whether the list writes "§ 252" on a line of its own: a table of contents that lost its layout. */
	let bareEntries = false;
	for (let i = start + 1; i < lines.length; i++) {
		const l = lines[i]!;
		const t = l.text.trim();
		if (t === '') continue;
		if (matchDayHeading(t)) {
			day = t.replace(/\s*:$/u, '');
			continue;
		}
		// a table of contents' column headings ("Paragrafer", "Ärenden", "Sida") and the page numbers after each entry ("7 - 11")
		if ((entries.length === 0 && columnHeading.test(t)) || (entries.length > 0 && pageNumbers.test(t))) {
			structure.push(l);
			continue;
		}
		// "§ 252" on a line of its own, the title on the next
		const bare = bareNumber.exec(t);
		if (bare) bareEntries = true;
		const next = lines.slice(i + 1).find((n) => n.text.trim() !== '');
		if (bare && next && !entry.exec(next.text.trim()) && !bareNumber.test(next.text.trim()) && !pageNumbers.test(next.text.trim())) {
			const n = Number(bare[1]);
			if (n <= last) break;
			last = n;
			entries.push({ number: n, title: clean(next.text), day, line: l.line });
			i = lines.indexOf(next);
			end = i + 1;
			continue;
		}
		const m = entry.exec(t);
		if (m) {
			const n = Number(m[1]);
			if (n <= last) break;
			last = n;
			entries.push({ number: n, title: clean(m[2]!), day, line: l.line });
			end = i + 1;
			continue;
		}
		const b = bulletOnly.exec(t);
		if (b && last === 0) {
			entries.push({ number: null, title: clean(b[1]!), day, line: l.line });
			end = i + 1;
			continue;
		}
		// a table of contents extracted column by column: titles that lost their "§" before the next numbered entry
		const ahead = lines.slice(i + 1, i + 8).filter((n) => n.text.trim() !== '').slice(0, 5);
		if (bareEntries && ahead.some((n) => Number(bareNumber.exec(n.text)?.[1] ?? 0) > last)) {
			structure.push(l);
			continue;
		}
		break;
	}
	return { entries, end, structure: structure.filter((l) => l.line < (lines[end]?.line ?? Number.POSITIVE_INFINITY)) };
}

import type { AgendaEntry, SourceLine } from '../types.ts';
import { matchDayHeading } from './match-day-heading.ts';

/** The agenda entries read after an agenda heading, and the index of the first line after them. */
export interface AgendaResult {
	entries: AgendaEntry[];
	end: number;
	/** Lines of the list that are no entry: a table of contents' column headings, page numbers, titles that lost their number. */
	structure: SourceLine[];
}

const entry = /^\s*(?:[-•*–\u2022\uf0b7]\s*)?(?:(?:§|punkt|ärende|p\.)\s*)?(\d{1,3})(?:\/\d{2,4})?(?:[.):]\s+|\s+)(\S.*)$/iu;
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

/** A sentence of running text: long, or ending like a sentence. */
const prose = /^.{100,}$|^.{40,}[.!?]$/u;

/** Whether running text follows the entry at `i` within two lines, before any other entry: it heads an item of the body. */
function textFollows(lines: readonly SourceLine[], i: number): boolean {
	const after = lines
		.slice(i + 1)
		.filter((n) => n.text.trim() !== '')
		.slice(0, 2);
	for (const n of after) {
		const t = n.text.trim();
		if (entry.test(t) || bareNumber.test(t) || matchDayHeading(t)) return false;
		if (prose.test(t)) return true;
	}
	return false;
}

/** Read the agenda entries ("- 1 Title", "1. **Title**", "1. Title") and day headings after the heading at `start`; stops when numbering restarts. */
export function parseAgenda(lines: readonly SourceLine[], start: number): AgendaResult {
	const entries: AgendaEntry[] = [];
	const structure: SourceLine[] = [];
	let day: string | null = null;
	let end = start + 1;
	let last = 0;
	/** Whether the list is a table of contents, or writes "§ 252" on a line of its own as one that lost its layout does. */
	const toc = /innehåll|förteckning/iu.test(lines[start]?.text ?? '');
	let bareEntries = toc;
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
			// "1. Upprop och val av justerare" with text below it: the body's first item, where the list ended
			if (textFollows(lines, i)) break;
			last = n;
			entries.push({ number: n, title: clean(m[2]!), day, line: l.line });
			end = i + 1;
			continue;
		}
		// "Fastställande av dagordning 4": an entry of a table of contents without its number, the page after its title
		const paged = toc && last === 0 ? /^(\p{Lu}.*?\S)[\s.…]+\d{1,3}$/u.exec(t) : null;
		if (paged && !prose.test(paged[1]!)) {
			entries.push({ number: null, title: clean(paged[1]!), day, line: l.line });
			// the page number stays with the line
			structure.push(l);
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
		const ahead = lines
			.slice(i + 1, i + 8)
			.filter((n) => n.text.trim() !== '')
			.slice(0, 5);
		// (or the group headings and unnumbered entries of one: "Upprop och anmälningar om förhinder", "Beslutspunkter")
		if (bareEntries && ahead.some((n) => Number((bareNumber.exec(n.text) ?? entry.exec(n.text.trim()))?.[1] ?? 0) > last)) {
			structure.push(l);
			continue;
		}
		break;
	}
	return { entries, end, structure: structure.filter((l) => l.line < (lines[end]?.line ?? Number.POSITIVE_INFINITY)) };
}

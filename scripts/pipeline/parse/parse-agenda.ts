import type { AgendaEntry, SourceLine } from '../types.ts';
import { matchDayHeading } from './match-day-heading.ts';

/** The agenda entries read after an agenda heading, and the index of the first line after them. */
export interface AgendaResult {
	entries: AgendaEntry[];
	end: number;
}

const entry = /^\s*(?:[-•*–\u2022\uf0b7]\s*)?(?:(?:§|punkt|ärende|p\.)\s*)?(\d{1,3})(?:[.):]\s+|\s+)(\S.*)$/iu;
const bulletOnly = /^\s*[-•*–\u2022\uf0b7]\s+(\S.*)$/u;

function clean(title: string): string {
	const t = title.trim();
	const bold = /^(\*\*|__)(.+?)\1\s*$/u.exec(t);
	return (bold ? bold[2]! : t.replace(/\*\*/gu, '')).trim().replace(/\s+/gu, ' ');
}

/** Read the agenda entries ("- 1 Title", "1. **Title**", "1. Title") and day headings after the heading at `start`; stops when numbering restarts. */
export function parseAgenda(lines: readonly SourceLine[], start: number): AgendaResult {
	const entries: AgendaEntry[] = [];
	let day: string | null = null;
	let end = start + 1;
	let last = 0;
	for (let i = start + 1; i < lines.length; i++) {
		const l = lines[i]!;
		const t = l.text.trim();
		if (t === '') continue;
		if (matchDayHeading(t)) {
			day = t.replace(/\s*:$/u, '');
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
		break;
	}
	return { entries, end };
}

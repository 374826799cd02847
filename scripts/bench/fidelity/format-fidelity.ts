import type { Score, Tally } from './score-document.ts';

/** One row of the fidelity table: a family of layouts (or the total) and its summed score. */
export interface FidelityRow {
	family: string;
	documents: number;
	score: Score;
}

const percent = (right: number, of: number): string => (of === 0 ? '–' : `${((100 * right) / of).toFixed(1)}`);
const tally = (t: Tally): string => percent(t.right, t.of);

/** The fidelity figures as a Markdown table: recall and precision in per cent, field and header accuracy in per cent. */
export function formatFidelity(rows: readonly FidelityRow[]): string {
	const head = [
		'family', 'docs', 'attendees', 'att. recall', 'att. precision', 'party', 'organisation', 'title', 'role', 'status', 'partial',
		'items', 'item recall', 'item precision', 'case nos', 'date', 'stated dates', 'time', 'place', 'meeting title',
	];
	const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
	for (const { family, documents, score } of rows) {
		const { attendees, fields, items, header } = score;
		lines.push(
			`| ${[
				family,
				documents,
				attendees.labelled,
				percent(attendees.matched, attendees.labelled),
				percent(attendees.matched, attendees.read),
				tally(fields.party),
				tally(fields.organization),
				tally(fields.title),
				tally(fields.roles),
				tally(fields.status),
				tally(fields.presence),
				items.labelled,
				percent(items.matched, items.labelled),
				percent(items.matched, items.read),
				tally(items.caseNumbers),
				tally(header.date),
				tally(score.statedDates),
				tally(header.time),
				tally(header.place),
				tally(header.title),
			].join(' | ')} |`,
		);
	}
	return lines.join('\n');
}

import type { Score, Tally } from './score-document.ts';

/** One row of the fidelity table: a family of layouts (or the total) and its summed score. */
export interface FidelityRow {
	family: string;
	documents: number;
	score: Score;
}

const percent = (right: number, of: number): string => (of === 0 ? '–' : `${((100 * right) / of).toFixed(1)}`);
const tally = (t: Tally): string => percent(t.right, t.of);

/** The table's columns, each with its heading and how a row fills it, so headings and cells cannot drift apart. */
const columns: ReadonlyArray<{ head: string; cell: (row: FidelityRow) => string | number }> = [
	{ head: 'family', cell: (r) => r.family },
	{ head: 'docs', cell: (r) => r.documents },
	{ head: 'attendees', cell: (r) => r.score.attendees.labelled },
	{ head: 'att. recall', cell: (r) => percent(r.score.attendees.matched, r.score.attendees.labelled) },
	{ head: 'att. precision', cell: (r) => percent(r.score.attendees.matched, r.score.attendees.read) },
	{ head: 'party', cell: (r) => tally(r.score.fields.party) },
	{ head: 'organisation', cell: (r) => tally(r.score.fields.organization) },
	{ head: 'title', cell: (r) => tally(r.score.fields.title) },
	{ head: 'role', cell: (r) => tally(r.score.fields.roles) },
	{ head: 'status', cell: (r) => tally(r.score.fields.status) },
	{ head: 'partial', cell: (r) => tally(r.score.fields.presence) },
	{ head: 'items', cell: (r) => r.score.items.labelled },
	{ head: 'item recall', cell: (r) => percent(r.score.items.matched, r.score.items.labelled) },
	{ head: 'item precision', cell: (r) => percent(r.score.items.matched, r.score.items.read) },
	{ head: 'case nos', cell: (r) => tally(r.score.items.caseNumbers) },
	{ head: 'date', cell: (r) => tally(r.score.header.date) },
	{ head: 'stated dates', cell: (r) => tally(r.score.statedDates) },
	{ head: 'time', cell: (r) => tally(r.score.header.time) },
	{ head: 'place', cell: (r) => tally(r.score.header.place) },
	{ head: 'meeting title', cell: (r) => tally(r.score.header.title) },
];

const tableLine = (cells: ReadonlyArray<string | number>): string => `| ${cells.join(' | ')} |`;

/** The fidelity figures as a Markdown table: recall and precision in per cent, field and header accuracy in per cent. */
export function formatFidelity(rows: readonly FidelityRow[]): string {
	return [
		tableLine(columns.map((c) => c.head)),
		tableLine(columns.map((_, i) => (i === 0 ? '---' : '---:'))),
		...rows.map((row) => tableLine(columns.map((c) => c.cell(row)))),
	].join('\n');
}

import type { Match, ProceedingsScore } from './score-proceedings.ts';

/** One row of the proceedings table: a family of layouts (or the total) and its summed score. */
export interface ProceedingsRow {
	family: string;
	score: ProceedingsScore;
}

const percent = (right: number, of: number): string => (of === 0 ? '–' : `${((100 * right) / of).toFixed(1)}`);
const recall = (m: Match) => percent(m.matched, m.labelled);
const precision = (m: Match) => percent(m.matched, m.read);

const columns: ReadonlyArray<{ head: string; cell: (row: ProceedingsRow) => string | number }> = [
	{ head: 'family', cell: (r) => r.family },
	{ head: 'docs', cell: (r) => r.score.documents },
	{ head: 'proposals', cell: (r) => r.score.proposals.labelled },
	{ head: 'prop. recall', cell: (r) => recall(r.score.proposals) },
	{ head: 'prop. precision', cell: (r) => precision(r.score.proposals) },
	{ head: 'prop. text', cell: (r) => recall(r.score.proposalTexts) },
	{ head: 'votes', cell: (r) => r.score.totals.labelled },
	{ head: 'totals right', cell: (r) => recall(r.score.totals) },
	{ head: 'named votes', cell: (r) => r.score.named.labelled },
	{ head: 'named right', cell: (r) => recall(r.score.named) },
	{ head: 'named precision', cell: (r) => precision(r.score.named) },
	{ head: 'reservations', cell: (r) => r.score.reservations.labelled },
	{ head: 'res. recall', cell: (r) => recall(r.score.reservations) },
	{ head: 'res. precision', cell: (r) => precision(r.score.reservations) },
	{ head: 'jäv', cell: (r) => r.score.conflicts.labelled },
	{ head: 'jäv recall', cell: (r) => recall(r.score.conflicts) },
	{ head: 'jäv precision', cell: (r) => precision(r.score.conflicts) },
	{ head: 'invented where none', cell: (r) => r.score.inventedWhereNone },
];

const tableLine = (cells: ReadonlyArray<string | number>): string => `| ${cells.join(' | ')} |`;

/** How decisions were read as a Markdown table: recall and precision in per cent, counts as numbers. */
export function formatProceedings(rows: readonly ProceedingsRow[]): string {
	return [
		tableLine(columns.map((c) => c.head)),
		tableLine(columns.map((_, i) => (i === 0 ? '---' : '---:'))),
		...rows.map((row) => tableLine(columns.map((c) => c.cell(row)))),
	].join('\n');
}

/** One series of a chart by year (`present`, `absent`), with its label and the class that colours its bars. */
export interface YearSeries {
	key: string;
	label: string;
}

/** One row of a chart by year: the year's label and a count per series key. */
export interface YearRow {
	year: string;
	label: string;
	counts: Record<string, number>;
}

/** One bar segment of a chart by year, in SVG units. */
export interface YearBar {
	key: string;
	x: number;
	width: number;
	count: number;
}

/** The geometry of a static SVG chart by year: one row of stacked horizontal bars per year, scaled to the largest total. */
export interface YearChartLayout {
	width: number;
	height: number;
	labelWidth: number;
	rowHeight: number;
	/** Each row with its total and where its bars end (the total is written there). */
	rows: { row: YearRow; y: number; total: number; end: number; bars: YearBar[] }[];
}

const labelWidth = 84;
const barWidth = 260;
const rowHeight = 24;
const totalWidth = 40;

/** Lays out rows of counts as stacked bars, the longest total as wide as the chart allows; empty segments are left out. */
export function yearChartLayout(rows: readonly YearRow[], series: readonly YearSeries[]): YearChartLayout {
	const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.counts[s.key] ?? 0), 0));
	const largest = Math.max(1, ...totals);
	return {
		width: labelWidth + barWidth + totalWidth,
		height: rows.length * rowHeight + 4,
		labelWidth,
		rowHeight,
		rows: rows.map((row, index) => {
			let x = labelWidth;
			const bars: YearBar[] = [];
			for (const s of series) {
				const count = row.counts[s.key] ?? 0;
				if (count === 0) continue;
				const width = (count / largest) * barWidth;
				bars.push({ key: s.key, x, width, count });
				x += width;
			}
			return { row, y: index * rowHeight + 2, total: totals[index] ?? 0, end: x, bars };
		}),
	};
}

/** Rows for every year from the first to the last dated one, newest first, a year without an entry counting nothing; undated entries stay last. */
export function everyYear<T extends { year: string }>(entries: readonly T[], empty: (year: string) => T): T[] {
	const dated = entries.filter((e) => /^\d{4}$/u.test(e.year)).map((e) => Number(e.year));
	if (dated.length === 0) return [...entries];
	const byYear = new Map(entries.map((e) => [e.year, e]));
	const years: T[] = [];
	for (let year = Math.max(...dated); year >= Math.min(...dated); year--) years.push(byYear.get(String(year)) ?? empty(String(year)));
	return [...years, ...entries.filter((e) => !/^\d{4}$/u.test(e.year))];
}

/** The years a chart spans, "2019–2024" or the one year, from its dated entries; empty when none is dated. */
export function yearSpan(entries: readonly { year: string }[]): string {
	const dated = entries
		.filter((e) => /^\d{4}$/u.test(e.year))
		.map((e) => e.year)
		.sort();
	const first = dated[0] ?? '';
	const last = dated.at(-1) ?? '';
	return first === last ? first : `${first}–${last}`;
}

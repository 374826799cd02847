import { ui } from '../i18n/ui.ts';
import type { Appearance } from '../schema/derived.ts';
import { attendanceByYear } from './attendance-by-year.ts';
import { everyYear, type YearRow, type YearSeries, yearSpan } from './year-chart.ts';

/** The chart of a person's attendance per year: present, partly present and absent, with a summary in words. */
export function attendanceChart(appearances: readonly Pick<Appearance, 'date' | 'status' | 'presence'>[]): {
	title: string;
	summary: string;
	series: YearSeries[];
	rows: YearRow[];
} {
	const years = attendanceByYear(appearances);
	const sum = (key: 'present' | 'partly' | 'absent') => years.reduce((n, y) => n + y[key], 0);
	const labels = ui.chart.attendanceSeries;
	return {
		title: ui.chart.attendance,
		summary: ui.chart.attendanceSummary(appearances.length, sum('present'), sum('partly'), sum('absent'), yearSpan(years)),
		series: [
			{ key: 'present', label: labels.present },
			{ key: 'partly', label: labels.partly },
			{ key: 'absent', label: labels.absent },
		],
		rows: everyYear(years, (year) => ({ year, present: 0, partly: 0, absent: 0 })).map((y) => ({
			year: y.year,
			label: ui.meetings.yearLabel(y.year),
			counts: { present: y.present, partly: y.partly, absent: y.absent },
		})),
	};
}

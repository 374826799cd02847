import { ui } from '../i18n/ui.ts';
import { everyYear, type YearRow, type YearSeries, yearSpan } from './year-chart.ts';

/** The chart of a body's meetings per year: its series, a row for every year from the first to the last (newest first) and a summary in words. */
export function meetingsChart(years: readonly { year: string; meetings: number }[]): { title: string; summary: string; series: YearSeries[]; rows: YearRow[] } {
	const dated = years.filter((y) => y.year !== 'utan-datum');
	const peak = dated.reduce<{ year: string; meetings: number } | null>((best, y) => (best === null || y.meetings > best.meetings ? y : best), null);
	const total = years.reduce((sum, y) => sum + y.meetings, 0);
	return {
		title: ui.chart.meetings,
		summary: ui.chart.meetingsSummary(total, yearSpan(years), peak?.year ?? '', peak?.meetings ?? 0),
		series: [{ key: 'meetings', label: ui.chart.meetingsSeries }],
		rows: everyYear(years, (year) => ({ year, meetings: 0 })).map((y) => ({
			year: y.year,
			label: ui.meetings.yearLabel(y.year),
			counts: { meetings: y.meetings },
		})),
	};
}

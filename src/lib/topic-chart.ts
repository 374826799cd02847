import { ui } from '../i18n/ui.ts';
import type { MeetingRef } from '../schema/derived.ts';
import { compareYears } from './compare-years.ts';
import { everyYear, type YearRow, type YearSeries, yearSpan } from './year-chart.ts';
import { yearOf } from './year-of.ts';

/** How many bodies a chart shows by name; the rest are counted together. */
const namedBodies = 3;
const others = 'ovriga';

/** The chart of a topic's items per year and body: the bodies with most items by name, the rest together, with a summary in words. */
export function topicChart(
	items: readonly MeetingRef[],
	meetingOf: (meetingId: string) => { date: string | null; body: string } | undefined,
	bodyName: (bodyId: string) => string,
): { title: string; summary: string; series: YearSeries[]; rows: YearRow[] } {
	const placed = items.flatMap((ref) => {
		const meeting = meetingOf(ref.meeting);
		return meeting ? [{ year: yearOf(meeting.date), body: meeting.body }] : [];
	});
	const perBody = new Map<string, number>();
	for (const { body } of placed) perBody.set(body, (perBody.get(body) ?? 0) + 1);
	const ranked = [...perBody].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const named = ranked.slice(0, ranked.length > namedBodies + 1 ? namedBodies : namedBodies + 1).map(([body]) => body);
	const keyOf = (body: string) => (named.includes(body) ? body : others);
	const series: YearSeries[] = [
		...named.map((body) => ({ key: body, label: bodyName(body) })),
		...(ranked.length > named.length ? [{ key: others, label: ui.chart.otherBodies }] : []),
	];
	const byYear = new Map<string, Record<string, number>>();
	for (const { year, body } of placed) {
		const counts = byYear.get(year) ?? {};
		counts[keyOf(body)] = (counts[keyOf(body)] ?? 0) + 1;
		byYear.set(year, counts);
	}
	const years = [...byYear].map(([year, counts]) => ({ year, counts })).sort((a, b) => compareYears(a.year, b.year));
	return {
		title: ui.chart.topicItems,
		summary: ui.chart.topicSummary(
			placed.length,
			yearSpan(years),
			ranked.map(([body, n]) => `${bodyName(body)} (${n})`),
		),
		series,
		rows: everyYear(years, (year) => ({ year, counts: {} })).map((y) => ({ year: y.year, label: ui.meetings.yearLabel(y.year), counts: y.counts })),
	};
}

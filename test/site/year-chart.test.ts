import { describe, expect, it } from 'vitest';
import { attendanceByYear } from '../../src/lib/attendance-by-year.ts';
import { meetingsChart } from '../../src/lib/meetings-chart.ts';
import { topicChart } from '../../src/lib/topic-chart.ts';
import { everyYear, yearChartLayout } from '../../src/lib/year-chart.ts';

describe('attendanceByYear', () => {
	it('counts per year the meetings a person attended in full, in part and not at all, newest year first', () => {
		const a = (date: string | null, status: 'present' | 'absent', presence: string | null = null) => ({ date, status, presence });
		expect(
			attendanceByYear([
				a('2024-03-01', 'present'),
				a('2024-02-01', 'present', '§ 1–4'),
				a('2023-05-01', 'absent'),
				a('2024-01-10', 'absent'),
				a(null, 'present'),
			]),
		).toEqual([
			{ year: '2024', present: 1, partly: 1, absent: 1 },
			{ year: '2023', present: 0, partly: 0, absent: 1 },
			{ year: 'utan-datum', present: 1, partly: 0, absent: 0 },
		]);
	});
});

describe('yearChartLayout', () => {
	const series = [
		{ key: 'present', label: 'Närvarande' },
		{ key: 'absent', label: 'Frånvarande' },
	];
	it('stacks the series of a year one after the other and scales the longest total to the full width', () => {
		const layout = yearChartLayout(
			[
				{ year: '2024', label: '2024', counts: { present: 3, absent: 1 } },
				{ year: '2023', label: '2023', counts: { present: 2, absent: 0 } },
			],
			series,
		);
		const [first, second] = layout.rows;
		expect(first?.total).toBe(4);
		expect(first?.bars.map((b) => [b.key, b.count])).toEqual([
			['present', 3],
			['absent', 1],
		]);
		expect((first?.bars[1]?.x ?? 0) + (first?.bars[1]?.width ?? 0)).toBeCloseTo(layout.labelWidth + 260);
		expect(first?.bars[1]?.x).toBeCloseTo(layout.labelWidth + 195);
		expect(second?.bars.map((b) => b.key)).toEqual(['present']);
		expect(second?.y).toBe((first?.y ?? 0) + layout.rowHeight);
	});
	it('draws nothing but the labels for a year with no meetings', () => {
		expect(yearChartLayout([{ year: '2024', label: '2024', counts: {} }], series).rows[0]?.bars).toEqual([]);
	});
});

describe('charts by year', () => {
	it('has a row for every year between the first and the last, so a year without meetings shows as one', () => {
		expect(
			everyYear(
				[
					{ year: '2024', n: 1 },
					{ year: '2021', n: 2 },
					{ year: 'utan-datum', n: 1 },
				],
				(year) => ({ year, n: 0 }),
			).map((y) => `${y.year}:${y.n}`),
		).toEqual(['2024:1', '2023:0', '2022:0', '2021:2', 'utan-datum:1']);
	});
	it('says in words how many meetings a body held, over which years, and when the most', () => {
		const chart = meetingsChart([
			{ year: '2024', meetings: 1 },
			{ year: '2023', meetings: 3 },
			{ year: '2019', meetings: 1 },
		]);
		expect(chart.summary).toBe('5 möten 2019–2024, flest 2023 (3).');
		expect(chart.rows.map((r) => r.label)).toEqual(['2024', '2023', '2022', '2021', '2020', '2019']);
	});
});

describe('topicChart', () => {
	const meetings: Record<string, { date: string | null; body: string }> = {
		'krf/a': { date: '2024-03-01', body: 'krf' },
		'krf/b': { date: '2022-05-01', body: 'krf' },
		'kf/a': { date: '2024-01-01', body: 'kf' },
		'gr/a': { date: '2024-02-01', body: 'gr' },
		'ks/a': { date: '2023-02-01', body: 'ks' },
		'kn/a': { date: '2023-03-01', body: 'kn' },
	};
	const refs = ['krf/a', 'krf/b', 'kf/a', 'gr/a', 'ks/a', 'kn/a'].map((meeting) => ({ meeting, anchor: 'punkt-1' }));
	it('counts a topic’s items per year and body, the three bodies with most by name and the rest together', () => {
		const chart = topicChart(
			refs,
			(id) => meetings[id],
			(body) => body.toUpperCase(),
		);
		expect(chart.series.map((s) => s.label)).toEqual(['KRF', 'GR', 'KF', 'Övriga organ']);
		expect(chart.rows.map((r) => [r.year, r.counts])).toEqual([
			['2024', { krf: 1, kf: 1, gr: 1 }],
			['2023', { ovriga: 2 }],
			['2022', { krf: 1 }],
		]);
		expect(chart.summary).toBe('6 punkter 2022–2024: KRF (2), GR (1), KF (1), KN (1), KS (1).');
	});
});

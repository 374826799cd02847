import { ui } from '../i18n/ui.ts';
import type { MeetingRef } from '../schema/derived.ts';

/** One handling of a case: when, in which body, and the item. */
export interface CaseStep {
	date: string;
	bodyId: string;
	body: string;
	/** The item as it is listed (`12. Motion om fler badplatser`), or the meeting's title when the case is not tied to an item. */
	label: string;
	/** The item's address on the site. */
	url: string;
}

/** What the case path needs to know of a handling's meeting and item. */
export interface StepSource {
	date: string | null;
	bodyId: string;
	body: string;
	label: string;
	url: string;
}

/** A point of the path, in SVG units. */
export interface CasePathPoint {
	x: number;
	y: number;
	step: CaseStep;
}

/** The geometry of a case's path through bodies: a row per body (in the order the case reached them), a point per handling placed by date. */
export interface CasePathLayout {
	width: number;
	height: number;
	labelWidth: number;
	rows: { body: string; y: number }[];
	points: CasePathPoint[];
	/** Dates written under the axis: the first and the last handling, and the years between them that fit. */
	ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	axisY: number;
}

const labelWidth = 110;
const plotWidth = 340;
const margin = 40;
const rowHeight = 30;
const tickSpace = 64;

/** A case's handlings with a date, oldest first (same day: in the order of the case's items). */
export function caseSteps(refs: readonly MeetingRef[], sourceOf: (ref: MeetingRef) => StepSource | undefined): CaseStep[] {
	return refs
		.flatMap((ref, index) => {
			const source = sourceOf(ref);
			return source?.date ? [{ index, step: { ...source, date: source.date } }] : [];
		})
		.sort((a, b) => a.step.date.localeCompare(b.step.date) || a.index - b.index)
		.map(({ step }) => step);
}

const dayOf = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Lays out the path: x by date between the first and the last handling (evenly when they share one day), y by body. */
export function casePathLayout(steps: readonly CaseStep[]): CasePathLayout {
	const bodies = [...new Set(steps.map((s) => s.bodyId))];
	const rowOf = new Map(bodies.map((id, i) => [id, i]));
	const first = steps[0] ? dayOf(steps[0].date) : 0;
	const last = steps.at(-1) ? dayOf(steps.at(-1)?.date ?? '') : 0;
	const span = last - first;
	const left = labelWidth + margin;
	const xOf = (step: CaseStep, index: number) =>
		left + (span > 0 ? ((dayOf(step.date) - first) / span) * plotWidth : steps.length > 1 ? (index / (steps.length - 1)) * plotWidth : plotWidth / 2);
	const points = steps.map((step, index) => ({ x: xOf(step, index), y: (rowOf.get(step.bodyId) ?? 0) * rowHeight + rowHeight / 2, step }));
	const axisY = bodies.length * rowHeight + 4;
	const ticks: CasePathLayout['ticks'] = [];
	const firstPoint = points[0];
	const lastPoint = points.at(-1);
	if (firstPoint && lastPoint) {
		ticks.push({ x: firstPoint.x, label: firstPoint.step.date.slice(0, 10), anchor: 'middle' });
		if (lastPoint.step.date.slice(0, 10) !== firstPoint.step.date.slice(0, 10)) {
			for (let year = Number(firstPoint.step.date.slice(0, 4)) + 1; year <= Number(lastPoint.step.date.slice(0, 4)); year++) {
				const x = left + ((dayOf(`${year}-01-01`) - first) / span) * plotWidth;
				if (x - firstPoint.x >= tickSpace && lastPoint.x - x >= tickSpace) ticks.push({ x, label: String(year), anchor: 'middle' });
			}
			ticks.push({ x: lastPoint.x, label: lastPoint.step.date.slice(0, 10), anchor: 'middle' });
		}
	}
	return {
		width: labelWidth + plotWidth + 2 * margin,
		height: axisY + 22,
		labelWidth,
		rows: bodies.map((id, i) => ({ body: steps.find((s) => s.bodyId === id)?.body ?? id, y: i * rowHeight + rowHeight / 2 })),
		points,
		ticks,
		axisY,
	};
}

/** The path in words, the chart's accessible name: how many handlings, in which bodies, from when to when. */
export function casePathSummary(steps: readonly CaseStep[]): string {
	const bodies = [...new Set(steps.map((s) => s.body))];
	return ui.chart.casePathSummary(steps.length, bodies, steps[0]?.date.slice(0, 10) ?? '', steps.at(-1)?.date.slice(0, 10) ?? '');
}

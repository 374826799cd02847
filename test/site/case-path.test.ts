import { describe, expect, it } from 'vitest';
import { casePathLayout, casePathSummary, caseSteps, type StepSource } from '../../src/lib/case-path.ts';

const sources: Record<string, StepSource> = {
	'kf/2024-03-18': { date: '2024-03-18', bodyId: 'kf', body: 'KF', label: '12. Motion om badplatser', url: '/organ/kf/2024-03-18/#punkt-12' },
	'ksau/2024-02-27': { date: '2024-02-27', bodyId: 'ksau', body: 'KSAU', label: '30. Motion om badplatser', url: '/organ/ksau/2024-02-27/#punkt-30' },
	'ks/2024-03-05': { date: '2024-03-05', bodyId: 'ks', body: 'KS', label: '41. Motion om badplatser', url: '/organ/ks/2024-03-05/#punkt-41' },
	'ksau/utan-datum': { date: null, bodyId: 'ksau', body: 'KSAU', label: 'Protokoll', url: '/organ/ksau/utan-datum/' },
};
const ref = (meeting: string) => ({ meeting, anchor: null });
const steps = (...meetings: string[]) => caseSteps(meetings.map(ref), (r) => sources[r.meeting]);

describe("a case's path through bodies", () => {
	it('puts the handlings in date order and leaves out those without a date', () => {
		expect(steps('kf/2024-03-18', 'ksau/utan-datum', 'ksau/2024-02-27', 'ks/2024-03-05').map((s) => s.body)).toEqual(['KSAU', 'KS', 'KF']);
	});
	it('gives each body a row in the order the case reached it and places the points by date', () => {
		const layout = casePathLayout(steps('kf/2024-03-18', 'ksau/2024-02-27', 'ks/2024-03-05'));
		expect(layout.rows.map((r) => r.body)).toEqual(['KSAU', 'KS', 'KF']);
		const [first, middle, last] = layout.points;
		expect(first?.y).toBeLessThan(middle?.y ?? 0);
		expect(middle?.y).toBeLessThan(last?.y ?? 0);
		// 7 of the 20 days between the first and the last handling
		expect(((middle?.x ?? 0) - (first?.x ?? 0)) / ((last?.x ?? 0) - (first?.x ?? 0))).toBeCloseTo(7 / 20);
		expect(layout.ticks.map((t) => t.label)).toEqual(['2024-02-27', '2024-03-18']);
	});
	it('writes the years between a first and a last handling far apart', () => {
		const far = { ...sources['kf/2024-03-18']!, date: '2026-11-30' };
		const layout = casePathLayout(caseSteps([ref('ksau/2024-02-27'), ref('far')], (r) => (r.meeting === 'far' ? far : sources[r.meeting])));
		expect(layout.ticks.map((t) => t.label)).toEqual(['2024-02-27', '2025', '2026', '2026-11-30']);
	});
	it('spreads handlings of one day evenly', () => {
		const sameDay = { ...sources['kf/2024-03-18']!, date: '2024-02-27' };
		const layout = casePathLayout(caseSteps([ref('ksau/2024-02-27'), ref('same')], (r) => (r.meeting === 'same' ? sameDay : sources[r.meeting])));
		expect((layout.points[1]?.x ?? 0) - (layout.points[0]?.x ?? 0)).toBeGreaterThan(100);
		expect(layout.ticks.map((t) => t.label)).toEqual(['2024-02-27']);
	});
	it('says the path in words', () => {
		expect(casePathSummary(steps('kf/2024-03-18', 'ksau/2024-02-27', 'ks/2024-03-05'))).toBe(
			'Behandlat 3 gånger i 3 organ från 2024-02-27 till 2024-03-18: KSAU, KS, KF.',
		);
	});
});

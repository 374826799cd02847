/**
 * Page weight of meeting pages: no JavaScript (no `<script>` except JSON-LD), no external
 * stylesheets (they are inlined), and HTML+CSS under 14 kB gzip, so a typical meeting arrives in
 * the first round trip (TCP initial window ≈ 14 kB) on a slow phone connection.
 */
import { describe, expect, inject, it } from 'vitest';
import { formatWeights, meetingWeights } from '../../scripts/bench/lighthouse.ts';

const { outDir } = inject('demo');
const weights = meetingWeights(outDir);
const budget = 14 * 1024;

describe('meeting page weight', () => {
	it('has meeting pages to weigh', () => {
		expect(weights.length).toBeGreaterThan(0);
		console.log(`Meeting pages, HTML with inlined CSS (gzip -9):\n${formatWeights(weights)}`);
	});

	it.each(weights.map((w) => [w.file, w] as const))('%s ships no JavaScript and no separate stylesheet', (_file, w) => {
		expect(w.scripts, 'script elements other than application/ld+json').toBe(0);
		expect(w.stylesheets, 'linked stylesheets').toBe(0);
	});

	it('a typical (median) meeting page stays under 14 kB compressed', () => {
		const sorted = [...weights].sort((a, b) => a.gzipBytes - b.gzipBytes);
		const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
		expect(median.gzipBytes, median.file).toBeLessThan(budget);
	});

	it.each(weights.map((w) => [w.file, w] as const))('%s is under 14 kB compressed', (_file, w) => {
		expect(w.gzipBytes).toBeLessThan(budget);
	});
});

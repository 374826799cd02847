/**
 * Lighthouse 12 (mobile emulation, simulated throttling: its defaults) on the meeting, person,
 * topic and search pages, in Debian's Chromium, the site served with gzip as a static host would:
 * accessibility, best practices and SEO 100. These audits look at the page, not at the clock. The
 * performance score depends on how busy the machine is, so it is printed here and measured by
 * `npm run bench:lighthouse`, never asserted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Category, formatLighthouse, type LighthouseFigures, lighthousePages, runLighthouse, targets } from '../../scripts/bench/lighthouse.ts';
import { basePathOf, type ServedSite, serveSite } from '../helpers/browser.ts';

const { outDir, contentDir } = inject('demo');
const pages = lighthousePages(outDir);
let site: ServedSite;
let figures: LighthouseFigures[];

beforeAll(async () => {
	site = await serveSite(outDir, basePathOf(contentDir), { gzip: true });
	figures = await runLighthouse(site, pages);
	console.log(`Lighthouse:\n${formatLighthouse(figures)}`);
}, 300_000);
afterAll(async () => {
	await site?.close();
});

describe('Lighthouse', () => {
	for (const { name } of pages) {
		for (const category of (Object.keys(targets) as Category[]).filter((c) => c !== 'performance')) {
			it(`${name}: ${category} ≥ ${targets[category]}`, () => {
				const f = figures.find((x) => x.name === name)!;
				expect(f.scores[category], `${f.url}\n${f.failing.filter((x) => x.startsWith(category)).join('\n')}`).toBeGreaterThanOrEqual(targets[category]);
			});
		}
	}
});

/**
 * WCAG 2.1 A/AA (EN 301 549, DOS-lagen) with axe-core in a real browser: every page type, at
 * phone and desktop width, in light and dark colour scheme; the search page with results shown.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { basePathOf, colorSchemes, describeViolations, launchBrowser, openPageType, pageTypes, runAxe, serveSite, viewports, type ServedSite } from '../helpers/browser.ts';

const { outDir, contentDir } = inject('demo');
const types = pageTypes(outDir);
let browser: Browser;
let page: Page;
let site: ServedSite;

beforeAll(async () => {
	site = await serveSite(outDir, basePathOf(contentDir));
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

for (const viewport of viewports) {
	for (const scheme of colorSchemes) {
		describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${scheme}`, () => {
			it.each(types.map((t) => [t.name, t] as const))('%s has no WCAG 2.1 A/AA violations', async (_name, type) => {
				await page.setViewportSize({ width: viewport.width, height: viewport.height });
				await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
				await openPageType(page, site, type);
				const violations = await runAxe(page);
				expect(violations, `${type.path}\n${describeViolations(violations)}`).toEqual([]);
			});
		});
	}
}

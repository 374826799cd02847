/**
 * WCAG 2.1 A/AA with axe-core for the pages that show how decisions were made (the demo archive has none): a
 * protokoll with a named vote, a party's reservation and jäv, built for the test, at phone and desktop width in
 * light and dark colour scheme: the meeting page (vote table), the party page and the body page (agreement table
 * and SVG chart) and a case's page (its path through two bodies as an SVG chart with a table).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorSchemes, describeViolations, launchBrowser, newContext, runAxe, type ServedSite, serveSite, viewports } from '../helpers/browser.ts';
import { type BuiltArchive, buildArchive } from '../helpers/build-archive.ts';

const archive = readFileSync(path.resolve(import.meta.dirname, '../fixtures/proceedings/archive.yml'), 'utf8');
const pages = ['organ/kf/2024-03-18/', 'partier/sd/', 'organ/kf/', 'arenden/ks-2023-118/'];

let built: BuiltArchive;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/proceedings', file));
	built = buildArchive('proceedings-a11y-', archive, {
		'minutes/kf/2024-03-18.txt': fixture('kf-2024-03-18.txt'),
		'minutes/ksau/2024-02-27.txt': fixture('ksau-2024-02-27.txt'),
	});
	if (built.build.status !== 0) throw new Error(built.build.output);
	site = await serveSite(built.build.outDir);
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	built?.remove();
});

for (const viewport of viewports) {
	for (const scheme of colorSchemes) {
		describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${scheme}`, () => {
			it.each(pages)('%s has no WCAG 2.1 A/AA violations', async (url) => {
				const context = await newContext(browser, { width: viewport.width, height: viewport.height }, scheme);
				const page = await context.newPage();
				await page.goto(site.url(url));
				const violations = await runAxe(page);
				await context.close();
				expect(violations, `${url}\n${describeViolations(violations)}`).toEqual([]);
			});
		});
	}
}

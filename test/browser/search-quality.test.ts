import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserOptions, loadSearchExpectations, runSearches, summarize } from '../../scripts/bench/search-quality.ts';
import { type ObservedResult, scoreSearch } from '../../src/search/score-search.ts';
import { serveStatic } from '../helpers/serve-static.ts';

const { outDir } = inject('demo');
const expectations = loadSearchExpectations();
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let observed: ObservedResult[][] = [];

beforeAll(async () => {
	server = await serveStatic(outDir);
	browser = await chromium.launch(browserOptions);
	const page = await browser.newPage();
	await page.goto(`${server.origin}/sok/`);
	observed = await runSearches(
		page,
		expectations.map((e) => e.query),
	);
	await page.close();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search quality on the demo archive (test/fixtures/search/queries.json)', () => {
	it('has at least 30 hand-written queries of every kind', () => {
		expect(expectations.length).toBeGreaterThanOrEqual(30);
		expect(new Set(expectations.map((e) => e.kind))).toEqual(new Set(['name', 'case', 'compound', 'inflection', 'phrase', 'plain', 'diacritics', 'none']));
	});
	it.each(expectations.map((e, i) => [e.query, i] as const))('%s', (_, i) => {
		const score = scoreSearch(expectations[i]!, observed[i] ?? []);
		expect(score.failures).toEqual([]);
	});
	it('reaches full precision and recall', () => {
		const sum = summarize(
			expectations.map((e, i) => scoreSearch(e, observed[i] ?? [])),
			expectations,
		);
		console.log(
			`search quality: precision ${(sum.precision * 100).toFixed(1)} %, recall ${(sum.recall * 100).toFixed(1)} % (meetings), ${(sum.itemRecall * 100).toFixed(1)} % (items)`,
		);
		expect(sum.precision).toBe(1);
		expect(sum.recall).toBe(1);
	});
});

describe('the search page in Chromium', () => {
	let page: Page;
	const pagefindRequests: string[] = [];
	beforeAll(async () => {
		page = await browser.newPage();
		page.on('request', (r) => {
			if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
		});
	});
	afterAll(() => page?.close());
	const status = () => page.locator('#sok-status');

	it('loads no Pagefind file on other pages and has a plain GET form in the header', async () => {
		await page.goto(`${server.origin}/`);
		await page.goto(`${server.origin}/organ/halland-krf/2019-06-kopenhamn/`);
		expect(pagefindRequests).toEqual([]);
		const form = page.locator('header form[role="search"]');
		expect(await form.getAttribute('method')).toBe('get');
		expect(await form.getAttribute('action')).toBe('/sok/');
	});

	it('shows results as you type, with the count in a live region and the query in the URL', async () => {
		await page.goto(`${server.origin}/sok/`);
		expect(await page.locator('#sok noscript').innerHTML()).toContain('/personer/');
		await page.getByLabel('Sök i protokollen').pressSequentially('hemsjukvård', { delay: 20 });
		await expect.poll(() => status().textContent()).toBe('2 möten med träffar för ”hemsjukvård”.');
		expect(await status().getAttribute('aria-live')).toBe('polite');
		expect(new URL(page.url()).searchParams.get('q')).toBe('hemsjukvård');
		const first = page.locator('#sok-resultat > li').first();
		expect(await first.locator('h2').textContent()).toBe('Kommun- och Regionledningsforum');
		const item = first.locator('.sub-results a').first();
		expect(await item.getAttribute('href')).toMatch(/^\/organ\/halland-krf\/2019-06-kopenhamn\/#punkt-1(:~:text=.+)?$/);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
	});

	it('filters with counts, keeps filters and sort in the URL and restores them on back', async () => {
		await page.goto(`${server.origin}/sok/?q=Malin%20Aronsson`);
		await expect.poll(() => status().textContent()).toBe('3 möten med träffar för ”Malin Aronsson”.');
		await page.locator('#sok-avgransa summary').click();
		const krf = page.locator('fieldset', { hasText: 'Organ' }).getByRole('checkbox', { name: /KRF/ });
		expect(await krf.locator('xpath=ancestor::label').textContent()).toContain('KRF (2)');
		await krf.click();
		await expect.poll(() => status().textContent()).toBe('2 möten med träffar för ”Malin Aronsson” (3 utan avgränsningar).');
		expect(new URL(page.url()).searchParams.getAll('organ')).toEqual(['KRF']);
		await page.getByLabel('Sortera').selectOption('nyast');
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('nyast');
		await expect.poll(() => page.locator('#sok-resultat > li h2 a').first().getAttribute('href')).toContain('2024-dialog-med-skr');
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe(null);
		await page.goBack();
		await expect.poll(() => status().textContent()).toBe('3 möten med träffar för ”Malin Aronsson”.');
		expect(await page.locator('fieldset', { hasText: 'Organ' }).getByRole('checkbox', { name: /KRF/ }).isChecked()).toBe(false);
	});

	it('searches within a body from the search box on its page, with the scope chosen on the search page and a way to clear it', async () => {
		await page.goto(`${server.origin}/organ/halland-krf/`);
		await page.getByRole('searchbox', { name: 'Sök i protokollen från KRF' }).fill('Malin Aronsson');
		await page.locator('form.scoped-search button').click();
		await expect.poll(() => status().textContent()).toBe('2 möten med träffar för ”Malin Aronsson” (3 utan avgränsningar).');
		expect(new URL(page.url()).searchParams.getAll('organ')).toEqual(['KRF']);
		// the filters open by themselves when the address chooses one
		expect(await page.locator('#sok-avgransa').getAttribute('open')).not.toBeNull();
		expect(await page.locator('fieldset', { hasText: 'Organ' }).getByRole('checkbox', { name: /KRF/ }).isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Rensa avgränsningar' }).click();
		await expect.poll(() => status().textContent()).toBe('3 möten med träffar för ”Malin Aronsson”.');
	});

	it("links from a person's page to a search for the name as a phrase, which finds the meetings that write it", async () => {
		await page.goto(`${server.origin}/personer/malin-aronsson/`);
		await page.getByRole('link', { name: 'Sök efter ”Malin Aronsson” i alla protokoll' }).click();
		expect(new URL(page.url()).searchParams.get('q')).toBe('"Malin Aronsson"');
		await expect.poll(() => status().textContent()).toMatch(/^3 möten med träffar/u);
	});

	it('opens a hit at its item, with a text fragment that highlights the words inside that item', async () => {
		await page.goto(`${server.origin}/sok/?q=civilt%20f%C3%B6rsvar`);
		await expect.poll(() => status().textContent()).toBe('2 möten med träffar för ”civilt försvar”.');
		const link = page.locator('#sok-resultat .sub-results a').first();
		const href = (await link.getAttribute('href')) ?? '';
		const [target = '', directive = ''] = href.split(':~:');
		const anchor = target.slice(target.indexOf('#') + 1);
		// The first text directive (prefix-,match,-suffix) must be text of that item, so the browser highlights it there.
		const first = (directive.split('&')[0] ?? '')
			.replace(/^text=/, '')
			.split(',')
			.map((part) => decodeURIComponent(part.replace(/^-|-$/g, '')));
		await link.click();
		await page.waitForURL(new RegExp(`#${anchor}`));
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the text as a reader sees it
		const itemText = await page.locator(`section:has(> h2#${anchor})`).innerText();
		expect(itemText.replace(/\s+/g, ' ')).toContain(first.join(' ').replace(/\s+/g, ' '));
		expect(first.join(' ')).toMatch(/civil|försvar/i);
		// The page scrolled to the item (no script on the meeting page does this: the browser does).
		await expect
			.poll(() =>
				page.evaluate((id) => {
					const box = document.getElementById(id)!.closest('section')!.getBoundingClientRect();
					return box.top < innerHeight && box.bottom > 0;
				}, anchor),
			)
			.toBe(true);
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
	});

	it('links a quoted phrase to the item where its words stand together', async () => {
		await page.goto(`${server.origin}/sok/?q=%22n%C3%A4ra%20v%C3%A5rd%22`);
		await expect.poll(() => status().textContent()).toBe('1 möte med träffar för ”"nära vård"”.');
		const item = page.locator('#sok-resultat .sub-results a').first();
		expect(await item.getAttribute('href')).toMatch(/^\/organ\/halland-krf\/2023-02-01\/#punkt-8/u);
		expect((await page.locator('#sok-resultat .sub-results mark').allTextContents()).map((m) => m.toLowerCase().replace(/\W+$/u, ''))).toEqual(
			expect.arrayContaining(['nära', 'vård']),
		);
	});

	it('finds a first name, not the longer names it begins, and says when a full name never stands together', async () => {
		await page.goto(`${server.origin}/sok/?q=Johan`);
		await expect.poll(() => status().textContent()).toBe('1 möte med träffar för ”Johan”.');
		expect(await page.locator('#sok-resultat mark').allTextContents()).not.toContainEqual(expect.stringMatching(/^Johansson/u));
		await page.goto(`${server.origin}/sok/?q=Per%20Hansson`);
		await expect
			.poll(() => status().textContent())
			.toMatch(/^Orden står inte tillsammans i något protokoll; visar träffar med orden var för sig\. \d+ möten? med träffar för ”Per Hansson”\.$/u);
	});

	it('retries without å, ä, ö distinctions and says so', async () => {
		await page.goto(`${server.origin}/sok/?q=hemsjukvard`);
		await expect.poll(() => status().textContent()).toMatch(/^Inga träffar med exakt stavning.*2 möten med träffar för ”hemsjukvard”\.$/);
	});
});

describe('the search page does not move while results arrive', () => {
	for (const width of [412, 1280]) {
		for (const query of ['?q=samverkan', '?q=hemsjukv%C3%A5rd&organ=KRF']) {
			it(`keeps the layout still at ${width} px for ${decodeURIComponent(query)} (layout shift under 0.01)`, async () => {
				const page = await browser.newPage({ viewport: { width, height: 823 } });
				await page.addInitScript(() => {
					const shifts: number[] = [];
					Object.assign(window, { shifts });
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
							if (!entry.hadRecentInput) shifts.push(entry.value);
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(`${server.origin}/sok/${query}`);
				await expect.poll(() => page.locator('#sok-resultat > li').count()).toBeGreaterThan(0);
				await page.waitForLoadState('networkidle');
				const shift = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
				await page.close();
				expect(shift).toBeLessThan(0.01);
			});
		}
	}
});

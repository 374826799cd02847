/**
 * Shared browser helpers for tests and scripts: one headless Debian Chromium per test file,
 * the built site served locally, and the page types every check visits.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { parse } from 'yaml';
import { type ServeOptions, serveStatic } from './serve-static.ts';

const require = createRequire(import.meta.url);

/** Debian's Chromium unless CHROMIUM_PATH names another; no browser is ever downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless Chromium in a container. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Launches headless Chromium through playwright-core. Launch one per test file and reuse its pages. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Launches Chromium with a DevTools port of its own choosing (for Lighthouse); resolves with the port. */
export async function launchDebuggableChromium(): Promise<{ port: number; kill: () => Promise<void> }> {
	const { mkdtempSync, rmSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const profile = mkdtempSync(path.join(tmpdir(), 'chromium-lh-'));
	const child: ChildProcess = spawn(chromiumPath, [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const port = await new Promise<number>((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${seen}`)), 30_000);
		child.stderr!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${seen}`));
		});
	});
	child.stderr!.resume();
	return {
		port,
		kill: () =>
			new Promise((resolve) => {
				const done = () => {
					rmSync(profile, { recursive: true, force: true });
					resolve();
				};
				if (child.exitCode !== null) return done();
				child.once('exit', done);
				child.kill('SIGTERM');
			}),
	};
}

/** The built site served over HTTP, with its base path (`/` or `/arkiv/`). */
export interface ServedSite {
	outDir: string;
	origin: string;
	basePath: string;
	/** Absolute URL of a site path such as `/moten/` (the base path is added). */
	url: (sitePath: string) => string;
	close: () => Promise<void>;
}

/** Reads the base path from the archive's settings (content/archive.yml). */
export function basePathOf(contentDir: string): string {
	const settings = parse(readFileSync(path.join(contentDir, 'archive.yml'), 'utf8')) ?? {};
	const base = String(settings.basePath ?? '/');
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Serves `outDir` so that it appears under the base path, as the real host would.
 * A site built for `/arkiv/` is served from a directory whose `arkiv/` is `outDir`.
 */
export async function serveSite(outDir: string, basePath = '/', options: ServeOptions = {}): Promise<ServedSite> {
	if (basePath !== '/') {
		// Serve a temporary root with a symlink at the base path.
		const { mkdtempSync, mkdirSync, symlinkSync, rmSync, copyFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const root = mkdtempSync(path.join(tmpdir(), 'site-root-'));
		const link = path.join(root, basePath.replace(/^\/|\/$/g, ''));
		mkdirSync(path.dirname(link), { recursive: true });
		symlinkSync(outDir, link, 'dir');
		copyFileSync(path.join(outDir, '404.html'), path.join(root, '404.html'));
		const server = await serveStatic(root, options);
		return {
			outDir,
			origin: server.origin,
			basePath,
			url: (p) => server.origin + basePath + p.replace(/^\/+/, ''),
			close: async () => {
				await server.close();
				rmSync(root, { recursive: true, force: true });
			},
		};
	}
	const server = await serveStatic(outDir, options);
	return { outDir, origin: server.origin, basePath, url: (p) => `${server.origin}/${p.replace(/^\/+/, '')}`, close: server.close };
}

/** Every HTML file in the built site, as paths relative to it. */
export function htmlFiles(outDir: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) out.push(path.relative(outDir, full).split(path.sep).join('/'));
		}
	};
	walk(outDir);
	return out.sort();
}

/** The site path of an HTML file: `organ/krf/index.html` → `/organ/krf/`. */
export function sitePathOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** One page of each type the site generates. */
export interface PageType {
	name: string;
	/** Site path without the base path. */
	path: string;
	/** A search query to type before checking (the search page). */
	query?: string;
}

/** Query typed on the search page; it matches several meetings in the demo archive. */
export const demoQuery = 'samverkan';

/** Picks the largest page in a folder (the one with the most content, the hardest case). */
function largest(outDir: string, files: string[]): string {
	return files.map((f) => ({ f, size: statSync(path.join(outDir, f)).size })).sort((a, b) => b.size - a.size)[0]!.f;
}

/** Meeting pages: `organ/<body>/<meeting>/index.html`. */
export function meetingFiles(outDir: string): string[] {
	return htmlFiles(outDir).filter((f) => /^organ\/[^/]+\/[^/]+\/index\.html$/.test(f));
}

/** One page of every type: start, meeting, lists, person, topic, body, case, search, about, 404. */
export function pageTypes(outDir: string): PageType[] {
	const files = htmlFiles(outDir);
	const pick = (re: RegExp, name: string) => {
		const matching = files.filter((f) => re.test(f));
		if (matching.length === 0) throw new Error(`The built site has no ${name} page (${re})`);
		return sitePathOf(largest(outDir, matching));
	};
	const types: PageType[] = [
		{ name: 'start', path: '/' },
		{ name: 'meeting', path: pick(/^organ\/[^/]+\/[^/]+\/index\.html$/, 'meeting') },
		{ name: 'meetings', path: '/moten/' },
		{ name: 'year', path: pick(/^moten\/\d{4}\/index\.html$/, 'year') },
		{ name: 'person', path: pick(/^personer\/(?!grupp\/|organ\/|parti\/)[^/]+\/index\.html$/, 'person') },
		{ name: 'people', path: '/personer/' },
		{ name: 'people-filter', path: pick(/^personer\/(grupp|organ|parti)\/[^/]+\/index\.html$/, 'people filter') },
		{ name: 'topic', path: pick(/^amnen\/[^/]+\/index\.html$/, 'topic') },
		{ name: 'topics', path: '/amnen/' },
		{ name: 'body', path: pick(/^organ\/[^/]+\/index\.html$/, 'body') },
		{ name: 'bodies', path: '/organ/' },
		{ name: 'case', path: pick(/^arenden\/[^/]+\/index\.html$/, 'case') },
		{ name: 'cases', path: '/arenden/' },
		{ name: 'search', path: '/sok/', query: demoQuery },
		{ name: 'about', path: '/om/' },
		{ name: '404', path: '/finns-inte/' },
	];
	if (files.includes('data/index.html')) types.push({ name: 'data', path: '/data/' });
	return types;
}

/**
 * Opens a page type in `page` and waits until it is ready to check: the search page gets its
 * query typed into the search field and waits for the first results.
 */
export async function openPageType(page: Page, site: ServedSite, type: PageType): Promise<void> {
	await page.goto(site.url(type.path), { waitUntil: 'load' });
	if (type.query) {
		await page.locator('main input[type="search"]').fill(type.query);
		await page.locator('#sok-resultat li a').first().waitFor({ timeout: 15_000 });
		// Let the live region and the rest of the first batch settle.
		await page.waitForFunction(() => (document.querySelector('[role="status"]')?.textContent ?? '').trim().length > 0);
	}
}

/** The viewports and colour schemes every page type is checked in. */
export const viewports = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1280, height: 900 },
] as const;
export const colorSchemes = ['light', 'dark'] as const;

/** Runs axe-core in a page with the WCAG 2.1 A/AA rules; resolves with its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
	if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
		}));
	});
}

export interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown; html: string; failureSummary?: string }[];
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n${v.nodes
					.slice(0, 5)
					.map((n) => `  ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`)
					.join('\n')}`,
		)
		.join('\n');
}

/** A context with the given viewport and colour scheme. */
export async function newContext(
	browser: Browser,
	viewport: { width: number; height: number },
	colorScheme: 'light' | 'dark' = 'light',
): Promise<BrowserContext> {
	return browser.newContext({ viewport, colorScheme, reducedMotion: 'no-preference' });
}

/** The built demo site served and one Chromium page open for the tests of a file; both are closed after them. */
export function demoSession(): { readonly page: Page; readonly site: ServedSite; readonly browser: Browser } {
	const { outDir, contentDir } = inject('demo');
	let browser: Browser | undefined;
	let page: Page | undefined;
	let site: ServedSite | undefined;
	beforeAll(async () => {
		site = await serveSite(outDir, basePathOf(contentDir));
		browser = await launchBrowser();
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	const need = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`${what} is not ready: call it inside a test`);
		return value;
	};
	return {
		get page() {
			return need(page, 'The page');
		},
		get site() {
			return need(site, 'The site');
		},
		get browser() {
			return need(browser, 'The browser');
		},
	};
}

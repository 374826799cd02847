/**
 * `npm run bench:lighthouse [-- --dist DIR] [-- --content DIR]`: Lighthouse figures and page weights
 * for a built archive (default: the demo build in dist/, built first when it is missing).
 *
 * - Lighthouse 12 (mobile emulation and simulated throttling, its defaults) on the meeting, person,
 *   topic and search pages, served with gzip as a static host would, in Debian's Chromium;
 * - for every meeting page: HTML bytes, gzip bytes (stylesheets are inlined, so this is HTML+CSS),
 *   and the number of `<script>` elements other than JSON-LD.
 *
 * The functions are also used by test/browser/lighthouse.test.ts and page-weight.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { basePathOf, launchDebuggableChromium, meetingFiles, pageTypes, type ServedSite, serveSite } from '../../test/helpers/browser.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The Lighthouse categories and the score each must reach (0–100). */
export const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
export type Category = keyof typeof targets;

export interface LighthouseFigures {
	name: string;
	url: string;
	scores: Record<Category, number>;
	/** Audits in a category that did not get full marks: `category: audit id (score)`. */
	failing: string[];
	/** A few timings for context (ms). */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number };
	/** How many Lighthouse runs the scores are the median of. */
	runs: number;
}

/** The pages Lighthouse is run on: meeting, person, topic and search. */
export function lighthousePages(outDir: string): { name: string; path: string }[] {
	const types = pageTypes(outDir);
	return ['meeting', 'person', 'topic', 'search'].map((name) => {
		const type = types.find((t) => t.name === name)!;
		// The search page with a query in its address, as a shared search link opens it.
		return { name, path: type.query ? `${type.path}?q=${encodeURIComponent(type.query)}` : type.path };
	});
}

/**
 * Runs Lighthouse on each page, one at a time, in one Chromium started with a DevTools port.
 * Scores vary from run to run (CPU load from other processes shows up in the simulated timings), so a
 * page that misses a target is run again, up to `runs` times, and the median of each score is kept,
 * as Lighthouse's own guidance on variability recommends.
 */
export async function runLighthouse(site: ServedSite, pages: { name: string; path: string }[], runs = 3): Promise<LighthouseFigures[]> {
	const chrome = await launchDebuggableChromium();
	try {
		const figures: LighthouseFigures[] = [];
		for (const page of pages) {
			const tries: LighthouseFigures[] = [];
			do tries.push(await runOnce(chrome.port, site.url(page.path), page));
			while (tries.length < runs && !meetsTargets(median(tries)));
			figures.push(median(tries));
		}
		return figures;
	} finally {
		await chrome.kill();
	}
}

function meetsTargets(f: LighthouseFigures): boolean {
	return (Object.keys(targets) as Category[]).every((c) => f.scores[c] >= targets[c]);
}

/** Median score per category over several runs; audits and timings from the run closest to the median performance. */
function median(runs: LighthouseFigures[]): LighthouseFigures {
	const mid = <T>(values: T[], key: (v: T) => number) => [...values].sort((a, b) => key(a) - key(b))[Math.floor((values.length - 1) / 2)]!;
	const scores = Object.fromEntries((Object.keys(targets) as Category[]).map((c) => [c, mid(runs, (r) => r.scores[c]).scores[c]])) as Record<Category, number>;
	const typical = mid(runs, (r) => r.scores.performance);
	return { ...typical, scores, runs: runs.length };
}

async function runOnce(port: number, url: string, page: { name: string; path: string }): Promise<LighthouseFigures> {
	const { default: lighthouse } = await import('lighthouse');
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(targets) });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const scores = {} as Record<Category, number>;
	const failing: string[] = [];
	for (const category of Object.keys(targets) as Category[]) {
		const c = lhr.categories[category];
		scores[category] = Math.round((c?.score ?? 0) * 100);
		for (const ref of c?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
				failing.push(`${category}: ${ref.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
		}
	}
	const num = (id: string, digits = 0) => Number((lhr.audits[id]?.numericValue ?? NaN).toFixed(digits));
	return {
		name: page.name,
		url: page.path,
		scores,
		failing,
		metrics: {
			fcp: num('first-contentful-paint'),
			lcp: num('largest-contentful-paint'),
			tbt: num('total-blocking-time'),
			cls: num('cumulative-layout-shift', 3),
		},
		runs: 1,
	};
}

export interface PageWeight {
	file: string;
	bytes: number;
	gzipBytes: number;
	/** `<script>` elements other than `type="application/ld+json"`. */
	scripts: number;
	/** `<link rel="stylesheet">` elements (stylesheets should be inlined). */
	stylesheets: number;
}

/** The weight of one HTML file: raw, gzip (level 9, as static hosts pre-compress) and what it loads. */
export function pageWeight(outDir: string, file: string): PageWeight {
	const html = readFileSync(path.join(outDir, file));
	const text = html.toString('utf8');
	const scripts = [...text.matchAll(/<script\b([^>]*)>/gi)].filter(([, attrs]) => !/\btype\s*=\s*["']?application\/ld\+json/i.test(attrs!)).length;
	const stylesheets = [...text.matchAll(/<link\b[^>]*\brel\s*=\s*["']?stylesheet/gi)].length;
	return { file, bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, scripts, stylesheets };
}

/** Weights of every meeting page, largest first. */
export function meetingWeights(outDir: string): PageWeight[] {
	return meetingFiles(outDir)
		.map((f) => pageWeight(outDir, f))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function formatLighthouse(figures: LighthouseFigures[]): string {
	const head = `${'page'.padEnd(10)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'bp'.padStart(6)}${'seo'.padStart(6)}  runs   FCP/LCP/TBT ms, CLS   url`;
	const rows = figures.map(
		(f) =>
			`${f.name.padEnd(10)}${String(f.scores.performance).padStart(6)}${String(f.scores.accessibility).padStart(6)}${String(f.scores['best-practices']).padStart(6)}${String(f.scores.seo).padStart(6)}${String(f.runs).padStart(6)}   ${f.metrics.fcp}/${f.metrics.lcp}/${f.metrics.tbt}, ${f.metrics.cls}   ${f.url}${f.failing.length ? `\n${f.failing.map((x) => `            not full marks: ${x}`).join('\n')}` : ''}`,
	);
	return [head, ...rows].join('\n');
}

export function formatWeights(weights: PageWeight[]): string {
	const head = `${'gzip'.padStart(9)}${'html'.padStart(10)}  scripts  meeting page`;
	return [head, ...weights.map((w) => `${kB(w.gzipBytes).padStart(9)}${kB(w.bytes).padStart(10)}  ${String(w.scripts).padStart(7)}  ${w.file}`)].join('\n');
}

async function main() {
	const args = process.argv.slice(2);
	const arg = (name: string) => {
		const at = args.indexOf(name);
		return at >= 0 ? args[at + 1] : undefined;
	};
	const contentDir = path.resolve(arg('--content') ?? process.env.ARCHIVE_CONTENT_DIR ?? path.join(root, 'content'));
	const outDir = path.resolve(arg('--dist') ?? process.env.ARCHIVE_OUT_DIR ?? path.join(root, 'dist'));
	if (!existsSync(path.join(outDir, 'index.html'))) {
		console.log(`No build in ${outDir}; building…`);
		const build = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli/build.ts'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: outDir },
		});
		if (build.status !== 0) process.exit(build.status ?? 1);
	}
	const site = await serveSite(outDir, basePathOf(contentDir), { gzip: true });
	try {
		const figures = await runLighthouse(site, lighthousePages(outDir));
		console.log(`Lighthouse (mobile emulation, simulated throttling), targets: performance ≥ ${targets.performance}, others ${targets.accessibility}\n`);
		console.log(formatLighthouse(figures));
		const weights = meetingWeights(outDir);
		console.log(`\nMeeting pages (${weights.length}): HTML with inlined CSS, gzip -9; budget 14 kB compressed, no JavaScript\n`);
		console.log(formatWeights(weights));
		const below = figures.flatMap((f) =>
			(Object.keys(targets) as Category[]).filter((c) => f.scores[c] < targets[c]).map((c) => `${f.name} ${c} ${f.scores[c]}`),
		);
		const heavy = weights.filter((w) => w.gzipBytes > 14 * 1024 || w.scripts > 0);
		if (below.length || heavy.length) {
			console.log(`\nBelow target: ${[...below, ...heavy.map((w) => w.file)].join(', ')}`);
			process.exitCode = 1;
		}
	} finally {
		await site.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

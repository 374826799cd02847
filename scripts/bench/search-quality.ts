/**
 * Measures search quality on a built site: runs every query of test/fixtures/search/queries.json in Chromium with
 * Pagefind's JS API (the options of the search page) and prints precision and recall.
 * Usage: `tsx scripts/bench/search-quality.ts [--dist dist]`, or `--real` for the real-minutes corpus built as one
 * archive with the queries of test/fixtures/search/real-queries.json. Build without compound terms to compare:
 * `ARCHIVE_SEARCH_COMPOUNDS=0 ARCHIVE_OUT_DIR=.build/no-compounds npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { type ObservedResult, type QueryScore, type SearchExpectation, scoreSearch } from '../../src/search/score-search.ts';
import { serveStatic } from '../../test/helpers/serve-static.ts';
import { isCommandLineEntry } from '../cli/is-command-line-entry.ts';

/** Chromium as the browser tests start it. */
export const browserOptions = {
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/** The hand-written queries and expectations. */
export function loadSearchExpectations(file = path.resolve(import.meta.dirname, '../../test/fixtures/search/queries.json')): SearchExpectation[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { queries: SearchExpectation[] }).queries;
}

/** The search page's own search routine (src/search/run-search.ts) bundled for injection into a page. */
async function runSearchScript(): Promise<string> {
	const { build } = await import('esbuild');
	const out = await build({
		entryPoints: [path.resolve(import.meta.dirname, '../../src/search/run-search.ts')],
		bundle: true,
		format: 'iife',
		globalName: 'archiveSearch',
		write: false,
	});
	return out.outputFiles[0]?.text ?? '';
}

/**
 * Runs queries in a page of the site with the search page's routine and options (every word required, exact å/ä/ö,
 * retried without when nothing matches) and returns each query's meetings in rank order with their matched items and
 * highlighted words.
 */
export async function runSearches(page: Page, queries: readonly string[]): Promise<ObservedResult[][]> {
	await page.addScriptTag({ content: await runSearchScript() });
	return page.evaluate(async (list) => {
		interface Sub {
			url: string;
			excerpt: string;
			locations: number[];
			anchor?: { id: string };
		}
		interface Data {
			url: string;
			excerpt: string;
			content: string;
			locations: number[];
			sub_results: Sub[];
		}
		type Found = { search: { results: { data: () => Promise<Data> }[] } } | null;
		const run = (window as unknown as { archiveSearch: { runSearch: (pf: unknown, q: string) => Promise<Found> } }).archiveSearch.runSearch;
		// Through eval: a test runner's transform would otherwise rewrite this import().
		// biome-ignore lint/security/noGlobalEval: a test runner's transform would rewrite a plain import() of the page's Pagefind
		const pf = await (window.eval as (code: string) => Promise<{ options: (o: object) => Promise<void>; init: () => Promise<void> }>)(
			'import("/pagefind/pagefind.js")',
		);
		await pf.options({ excerptLength: 26, exactDiacritics: true });
		await pf.init();
		const out: { meeting: string; anchors: string[]; marked: string[] }[][] = [];
		for (const query of list) {
			const found = await run(pf, query);
			const rows = await Promise.all(
				(found?.search.results ?? []).map(async (r) => {
					const d = await r.data();
					const subs = d.sub_results.filter((s) => s.locations.length > 0);
					const marked = [d.excerpt, ...subs.map((s) => s.excerpt)].flatMap((html) => [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1] ?? ''));
					return {
						meeting: new URL(d.url, location.href).pathname.replace(/^\/organ\/|\/$/g, ''),
						anchors: subs.flatMap((s) => (s.anchor ? [s.anchor.id] : [])),
						marked,
					};
				}),
			);
			out.push(rows);
		}
		return out;
	}, queries);
}

/** Precision (over queries whose expectation is complete) and recall of meetings and of items, from query scores. */
export function summarize(
	scores: readonly QueryScore[],
	expectations: readonly SearchExpectation[],
): { precision: number; recall: number; itemRecall: number; passed: number } {
	const complete = scores.filter((_, i) => expectations[i]?.only);
	const tp = complete.reduce((n, s) => n + s.found, 0);
	const fp = complete.reduce((n, s) => n + s.extra, 0);
	const found = scores.reduce((n, s) => n + s.found, 0);
	const missed = scores.reduce((n, s) => n + s.missed, 0);
	const items = scores.reduce((n, s) => n + s.itemsFound, 0);
	const itemsMissed = scores.reduce((n, s) => n + s.itemsMissed, 0);
	return {
		precision: tp + fp === 0 ? 1 : tp / (tp + fp),
		recall: found / (found + missed || 1),
		itemRecall: items / (items + itemsMissed || 1),
		passed: scores.filter((s) => s.failures.length === 0).length,
	};
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
	// --real: every document of the real-minutes corpus built as one archive, with the queries written from it
	const real = args.includes('--real');
	const built = real ? await buildRealCorpus() : undefined;
	const dist = built?.build.outDir ?? path.resolve(value('--dist') ?? 'dist');
	const expectations = loadSearchExpectations(real ? path.resolve(import.meta.dirname, '../../test/fixtures/search/real-queries.json') : undefined);
	const server = await serveStatic(dist);
	const browser = await chromium.launch(browserOptions);
	try {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/sok/`);
		const observed = await runSearches(
			page,
			expectations.map((e) => e.query),
		);
		const scores = expectations.map((e, i) => scoreSearch(e, observed[i] ?? []));
		for (const s of scores) console.log(`${s.failures.length === 0 ? 'ok  ' : 'FAIL'} ${s.kind.padEnd(11)} ${s.query.padEnd(30)} ${s.failures.join('; ')}`);
		const sum = summarize(scores, expectations);
		console.log(
			`\n${real ? 'real minutes' : dist}: ${sum.passed}/${scores.length} queries pass; precision ${(sum.precision * 100).toFixed(1)} %, recall ${(sum.recall * 100).toFixed(1)} % (meetings), ${(sum.itemRecall * 100).toFixed(1)} % (items)`,
		);
	} finally {
		await browser.close();
		await server.close();
		built?.remove();
	}
}

/** Builds the real-minutes documents the real queries were written against as one archive in a temporary folder. */
async function buildRealCorpus() {
	const { buildArchive } = await import('../../test/helpers/build-archive.ts');
	const { realCorpusArchive, realDocuments } = await import('../../test/helpers/real-corpus-archive.ts');
	// the documents the queries were written against, as the browser test builds them
	const { documents } = JSON.parse(readFileSync(path.resolve('test/fixtures/search/real-queries.json'), 'utf8')) as { documents: string[] };
	const { archive, files } = realCorpusArchive(realDocuments(['protokoll', 'utskott', 'anteckningar'], documents));
	const built = buildArchive('real-search-', archive, files);
	if (built.build.status !== 0) throw new Error(built.build.output);
	return built;
}

if (isCommandLineEntry(import.meta.url)) await main();

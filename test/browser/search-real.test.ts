/**
 * Search quality on real minutes: the documents of the real-minutes corpus (test/fixtures/real/, protokoll,
 * utskott and anteckningar) that the queries were written against (their `documents` list) built as one archive, each document its own body, and the hand-written queries of
 * test/fixtures/search/real-queries.json run in Chromium with the search page's routine. The queries were written
 * from the documents' text, not from the search's output; the demo's 50 queries are in search-quality.test.ts.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOptions, loadSearchExpectations, runSearches, summarize } from '../../scripts/bench/search-quality.ts';
import { type ObservedResult, scoreSearch } from '../../src/search/score-search.ts';
import { type BuiltArchive, buildArchive } from '../helpers/build-archive.ts';
import { realCorpusArchive, realDocuments } from '../helpers/real-corpus-archive.ts';
import { serveStatic } from '../helpers/serve-static.ts';

const queriesFile = path.resolve(import.meta.dirname, '../fixtures/search/real-queries.json');
const expectations = loadSearchExpectations(queriesFile);
/** The documents the queries were written against: the corpus may grow without changing what "only" means. */
const written = (JSON.parse(readFileSync(queriesFile, 'utf8')) as { documents: string[] }).documents;
const documents = realDocuments(['protokoll', 'utskott', 'anteckningar'], written);
let site: BuiltArchive;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let observed: ObservedResult[][] = [];

beforeAll(async () => {
	const { archive, files } = realCorpusArchive(documents);
	site = buildArchive('real-search-', archive, files);
	if (site.build.status !== 0) throw new Error(site.build.output);
	server = await serveStatic(site.build.outDir);
	browser = await chromium.launch(browserOptions);
	const page = await browser.newPage();
	await page.goto(`${server.origin}/sok/`);
	observed = await runSearches(
		page,
		expectations.map((e) => e.query),
	);
	await page.close();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	site?.remove();
});

describe('search quality on real minutes (test/fixtures/search/real-queries.json)', () => {
	it('has at least 30 queries of every kind, over at least 20 documents, some of which must find nothing', () => {
		expect(expectations.length).toBeGreaterThanOrEqual(30);
		expect(new Set(expectations.map((e) => e.kind))).toEqual(new Set(['name', 'case', 'compound', 'inflection', 'phrase', 'plain', 'diacritics', 'none']));
		expect(new Set(expectations.flatMap((e) => e.expect.map((x) => x.meeting))).size).toBeGreaterThanOrEqual(20);
		expect(documents.map((d) => d.folder).sort()).toEqual([...written].sort());
		const meetings = new Set(documents.map((d) => d.meeting));
		expect(expectations.flatMap((e) => e.expect.map((x) => x.meeting)).filter((m) => !meetings.has(m))).toEqual([]);
		expect(expectations.filter((e) => e.kind === 'none').every((e) => e.expect.length === 0 && e.only)).toBe(true);
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
			`search quality on real minutes: precision ${(sum.precision * 100).toFixed(1)} %, recall ${(sum.recall * 100).toFixed(1)} % (meetings), ${(sum.itemRecall * 100).toFixed(1)} % (items)`,
		);
		expect(sum.precision).toBe(1);
		expect(sum.recall).toBe(1);
	});
});

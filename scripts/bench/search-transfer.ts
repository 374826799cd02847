/**
 * `npm run bench:search -- [--dist dir] [--rare word] [--common word] [--verbose]`: bytes a browser transfers for search on a built
 * site, served gzip-compressed like a static host (Pagefind's own files are already compressed and sent as they are).
 * Measures, each in a fresh browser context: opening /sok/, then a first query and a second query, for a rare and a
 * very common word in both orders. Sizes are the bytes the server sends (gzip where a host would use it), counted
 * server-side so that files a Web Worker fetches are included; every row starts with an empty browser cache.
 * Each query is set against its floor, measured in the same run: what Pagefind itself loads for the same words
 * (runtime, metadata and the index chunks of the words), without our search page or any result opened.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { isCommandLineEntry } from '../cli/is-command-line-entry.ts';
import { browserOptions } from './search-quality.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Bytes the server has sent (response bodies as sent, after gzip), with the files, since the last reset. */
const sent = { bytes: 0, files: [] as string[] };

/** A static server that gzips text files when the browser accepts it, as a static host does, and counts what it sends. */
async function serveGzip(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(dir, decodeURIComponent(url.pathname));
		if (!file.startsWith(dir)) return void response.writeHead(403).end();
		try {
			if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
			statSync(file);
		} catch {
			return void response.writeHead(404).end();
		}
		const type = types[path.extname(file)];
		const gzip = type !== undefined && /gzip/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(200, {
			'content-type': type ?? 'application/octet-stream',
			'cache-control': 'max-age=3600',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		let bytes = 0;
		const count = new Transform({
			transform(chunk: Buffer, _encoding, done) {
				bytes += chunk.length;
				done(null, chunk);
			},
			flush(done) {
				sent.bytes += bytes;
				sent.files.push(`${(bytes / 1000).toFixed(1).padStart(7)} kB ${url.pathname}`);
				done();
			},
		});
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(count).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The bytes sent while `action` runs (until the network is idle); each browser context starts with an empty cache. */
async function transferred(page: Page, action: () => Promise<void>): Promise<{ bytes: number; requests: number }> {
	sent.bytes = 0;
	sent.files = [];
	await action();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	if (verbose) for (const line of sent.files) console.log(`    ${line}`);
	return { bytes: sent.bytes, requests: sent.files.length };
}

/** Types a query into the search page and waits for its result count. */
async function query(page: Page, words: string): Promise<void> {
	const status = page.locator('#sok-status');
	const before = await status.textContent();
	await page.locator('#sok-fraga').fill(words);
	await page.waitForFunction(
		([previous, q]) => {
			const text = document.getElementById('sok-status')?.textContent ?? '';
			return text !== previous && text.includes(q) && document.querySelectorAll('#sok-resultat > li').length > 0;
		},
		[before ?? '', words] as const,
		{ timeout: 60_000 },
	);
}

/**
 * Pagefind's own cost of the same queries, the floor no search of this index can go below: on a page of the site
 * without our search, Pagefind's runtime and metadata (`init`) and, per query, the index chunks its `search` loads
 * for the query's words, with the search page's options. No result is opened, so no fragment is loaded.
 */
async function floor(page: Page, origin: string, first: string, second: string): Promise<{ first: number; second: number }> {
	await page.goto(`${origin}/om/`);
	const run = (words: string) =>
		transferred(page, () =>
			page.evaluate(async (q) => {
				const w = window as unknown as { pf?: { options: (o: object) => Promise<void>; init: () => Promise<void>; search: (q: string) => Promise<unknown> } };
				// Through eval: a bundler would otherwise rewrite this import().
				// biome-ignore lint/security/noGlobalEval: a test runner's transform would rewrite a plain import() of the page's Pagefind
				w.pf ??= await (window.eval as (code: string) => Promise<NonNullable<typeof w.pf>>)('import("/pagefind/pagefind.js")');
				await w.pf.options({ excerptLength: 26, exactDiacritics: true, noWorker: true });
				await w.pf.init();
				await w.pf.search(q);
			}, words),
		);
	return { first: (await run(first)).bytes, second: (await run(second)).bytes };
}

const verbose = process.argv.includes('--verbose');
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	const arg = (name: string, fallback: string) => (argv.includes(`--${name}`) ? (argv[argv.indexOf(`--${name}`) + 1] ?? fallback) : fallback);
	const dist = path.resolve(arg('dist', 'dist'));
	const rare = arg('rare', 'Västlänken');
	const common = arg('common', 'kommunerna');
	const server = await serveGzip(dist);
	const browser = await chromium.launch(browserOptions);
	console.log(`Search transfer on ${path.relative(process.cwd(), dist) || dist} (encoded bytes, gzip for text; fresh cache each row)`);
	try {
		for (const [first, second] of [
			[rare, common],
			[common, rare],
		] as const) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const open = await transferred(page, async () => void (await page.goto(`${server.origin}/sok/`)));
			const q1 = await transferred(page, () => query(page, first));
			const q2 = await transferred(page, () => query(page, second));
			await context.close();
			const bare = await browser.newContext();
			const least = await floor(await bare.newPage(), server.origin, first, second);
			await bare.close();
			const ratio = (ours: number, base: number) =>
				base === 0 ? (ours === 0 ? 'nothing to load' : 'the floor loads nothing') : `${(ours / base).toFixed(2)}×`;
			console.log(
				`  open /sok/ ${kB(open.bytes)} · first query "${first}" ${kB(q1.bytes)} (${q1.requests} files), floor ${kB(least.first)}: ${ratio(q1.bytes, least.first)} · then "${second}" ${kB(q2.bytes)} (${q2.requests} files), floor ${kB(least.second)}: ${ratio(q2.bytes, least.second)}`,
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

if (isCommandLineEntry(import.meta.url)) await main();

/**
 * Command-line entry of a full build: `astro build` into a staging folder (the integration converts `content/`,
 * renders the pages, copies the original minutes files and indexes the site with Pagefind), then a swap into
 * `dist/` in one rename. A failing step leaves the previous `dist/` untouched. Shows where it is (files converted,
 * pages rendered, search indexing): one updating line on a terminal, a plain line every few seconds in a log.
 * Usage: `npm run build [-- --quiet]`.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outDir, stagingDir } from './content-dir.ts';
import { isCommandLineEntry } from './is-command-line-entry.ts';
import { commandLineProgress, type Progress } from './progress.ts';

/** Astro's own log lines (`16:02:11 [build] …`, `16:02:12 ▶ src/…`, ` generating static routes `), which the build does not repeat. */
const astroChatter = /^\d\d:\d\d:\d\d (?!\[(protokollarkiv|WARN|ERROR)\])|^ [a-z][a-z ()]+ $/u;

/**
 * Runs `astro build` and resolves with its exit code and how many pages it wrote, counting the lines it prints per
 * page (`├─ /organ/…/index.html (+2ms)`) for the progress line instead of printing them. The conversion's report,
 * the integration's lines, errors and warnings go through; the rest of Astro's chatter does not.
 */
function runAstro(args: string[], env: NodeJS.ProcessEnv, progress: Progress, expected: number | null): Promise<{ code: number; pages: number }> {
	return new Promise((resolve, reject) => {
		const child = spawn(path.resolve('node_modules', '.bin', 'astro'), args, { stdio: ['inherit', 'pipe', 'inherit'], env });
		let pages = 0;
		let rest = '';
		const held: string[] = [];
		let rendered = false;
		const endRendering = () => {
			rendered = true;
			progress.end();
			if (held.length > 0) console.log(held.splice(0).join('\n'));
			console.log(`Rendered ${pages} pages and files.`);
		};
		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			const lines = (rest + chunk).split('\n');
			rest = lines.pop() ?? '';
			for (const line of lines) {
				const page = /[├└]─ \//u.test(line);
				if (page) {
					if (pages === 0) progress.start('rendering pages', expected);
					progress.update(++pages);
					continue;
				}
				// While the progress line is up, other lines of the rendering wait until it is done.
				if (pages > 0 && !rendered && !/^\s*(\d\d:\d\d:\d\d\s*)?(▶|λ|$)/u.test(line)) endRendering();
				if (/\[(WARN|ERROR)\]|error|warning/iu.test(line) || (line.trim() !== '' && !astroChatter.test(line))) {
					if (pages > 0 && !rendered) held.push(line);
					else console.log(line);
				}
			}
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (pages > 0 && !rendered) endRendering();
			resolve({ code: code ?? 1, pages });
		});
	});
}

/** How many pages the last build wrote, for the estimate of the next one (`null` before the first). */
async function lastPageCount(file: string): Promise<number | null> {
	const text = await readFile(file, 'utf8').catch(() => null);
	const pages = text === null ? NaN : Number((JSON.parse(text) as { pages?: unknown }).pages);
	return Number.isInteger(pages) && pages > 0 ? pages : null;
}

/**
 * The environment for Astro: this process's, less the values a test runner copies from `import.meta.env`
 * into it (`BASE_URL` would override the archive's `basePath`; under `VITEST` the dev server serves nothing),
 * with a larger young generation for Node's garbage collector (a build allocates millions of short-lived objects;
 * 64 MiB semi-spaces made the 1,000-meeting build about a tenth faster).
 */
export function astroEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const inherited = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);
	const kept = Object.fromEntries(Object.entries(env).filter(([key]) => !inherited.has(key) && !key.startsWith('VITEST')));
	return { ...kept, NODE_OPTIONS: [kept.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ') };
}

/**
 * Builds the whole site into `dist/`; returns false (leaving `dist/` as it was) when any step fails. The conversion,
 * the originals and the search index are the integration's work (src/integration/protokollarkiv.ts) inside `astro build`.
 */
export async function build(progress: Progress = commandLineProgress()): Promise<boolean> {
	const dist = outDir();
	const staging = stagingDir();
	await rm(staging, { recursive: true, force: true });
	await mkdir(path.dirname(staging), { recursive: true });
	const pageCountFile = path.resolve('.cache', 'last-build.json');
	const quiet = process.argv.includes('--quiet') ? ['--silent'] : [];
	const { code, pages } = await runAstro(
		['build', ...quiet],
		{ ...astroEnvironment(), ARCHIVE_OUT_DIR: staging },
		progress,
		await lastPageCount(pageCountFile),
	);
	if (code !== 0) {
		console.error('\nThe build failed (see above); dist/ was left as it was.');
		return false;
	}
	await mkdir(path.dirname(pageCountFile), { recursive: true });
	await writeFile(pageCountFile, `${JSON.stringify({ pages })}\n`);
	const old = `${dist}.old-${process.pid}`;
	await rm(old, { recursive: true, force: true });
	await rename(dist, old).catch(() => undefined);
	await rename(staging, dist);
	await rm(old, { recursive: true, force: true });
	console.log(`The site is in ${path.relative(process.cwd(), dist) || '.'}/.`);
	return true;
}

if (isCommandLineEntry(import.meta.url)) {
	process.exitCode = (await build()) ? 0 : 1;
}

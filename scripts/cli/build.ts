/**
 * Command-line entry of a full build: convert `content/` → `.generated/`, build the Astro site into a staging
 * folder, copy the original minutes files, index it with Pagefind, then swap it into `dist/` in one rename.
 * A failing step leaves the previous `dist/` untouched. Shows where it is (files converted, pages rendered, search
 * indexing): one updating line on a terminal, a plain line every few seconds in a log. Usage: `npm run build [-- --quiet]`.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive, Theme } from '../../src/schema/archive.ts';
import { contentDir, generatedDir } from './content-dir.ts';
import { convert } from './convert.ts';
import { commandLineProgress, type Progress } from './progress.ts';

/**
 * Runs `astro build` and resolves with its exit code and how many pages it wrote, counting the lines it prints per
 * page (`├─ /organ/…/index.html (+2ms)`) for the progress line instead of printing them; the rest of its output
 * (errors and warnings) goes through as it is.
 */
function runAstro(args: string[], env: NodeJS.ProcessEnv, progress: Progress): Promise<{ code: number; pages: number }> {
	return new Promise((resolve, reject) => {
		const child = spawn(path.resolve('node_modules', '.bin', 'astro'), args, { stdio: ['inherit', 'pipe', 'inherit'], env });
		let pages = 0;
		let rest = '';
		const other: string[] = [];
		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			const lines = (rest + chunk).split('\n');
			rest = lines.pop() ?? '';
			for (const line of lines) {
				if (/[├└]─ \//u.test(line)) progress.update(++pages);
				else if (/\[(WARN|ERROR)\]|error|warning/iu.test(line)) other.push(line);
			}
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			progress.end();
			if (other.length > 0) console.log(other.join('\n'));
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

/** Indexes the built site with Pagefind (Swedish) and writes the bundle into `<site>/pagefind/`. */
export async function indexSite(site: string, progress?: Progress): Promise<void> {
	progress?.start('indexing for search', null);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const indexed = await index.addDirectory({ path: site });
	if (indexed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	progress?.end();
	console.log(`Indexed ${indexed.page_count} pages for search.`);
}

/** The files under content/ that the theme names (logo, favicon). */
function themeFiles(theme: Theme | undefined): string[] {
	return [theme?.logo?.src, theme?.favicon].filter((file): file is string => Boolean(file));
}

/** Builds the whole site into `dist/`; returns false (leaving `dist/` as it was) when any step fails. */
export async function build(progress: Progress = commandLineProgress()): Promise<boolean> {
	if (!(await convert(progress))) return false;
	const dist = path.resolve(process.env.ARCHIVE_OUT_DIR || 'dist');
	const staging = path.resolve(process.env.ARCHIVE_BUILD_DIR || path.join('.build', 'site'));
	await rm(staging, { recursive: true, force: true });
	await mkdir(path.dirname(staging), { recursive: true });
	const pageCountFile = path.resolve('.cache', 'last-build.json');
	progress.start('rendering pages', await lastPageCount(pageCountFile));
	const { code, pages } = await runAstro(['build'], { ...astroEnvironment(), ARCHIVE_OUT_DIR: staging }, progress);
	if (code !== 0) {
		console.error('\nThe Astro build failed (see above); dist/ was left as it was.');
		return false;
	}
	console.log(`Rendered ${pages} pages and files.`);
	await mkdir(path.dirname(pageCountFile), { recursive: true });
	await writeFile(pageCountFile, `${JSON.stringify({ pages })}\n`);
	// Only the originals the converter lists: withdrawn minutes and files with redacted text stay unpublished.
	const originals = JSON.parse(await readFile(path.join(generatedDir(), 'originals.json'), 'utf8')) as string[];
	for (const source of originals) {
		await mkdir(path.dirname(path.join(staging, 'original', source.replace(/^minutes\//, ''))), { recursive: true });
		await copyFile(path.join(contentDir(), source), path.join(staging, 'original', source.replace(/^minutes\//, '')));
	}
	// The theme's logo and favicon, from content/ to /tema/ (the converter checked that they exist).
	const [settings] = JSON.parse(await readFile(path.join(generatedDir(), 'settings.json'), 'utf8')) as Pick<Archive, 'theme'>[];
	for (const file of themeFiles(settings?.theme)) {
		await mkdir(path.dirname(path.join(staging, 'tema', file)), { recursive: true });
		await copyFile(path.join(contentDir(), file), path.join(staging, 'tema', file));
	}
	await indexSite(staging, progress);
	const old = `${dist}.old-${process.pid}`;
	await rm(old, { recursive: true, force: true });
	await rename(dist, old).catch(() => undefined);
	await rename(staging, dist);
	await rm(old, { recursive: true, force: true });
	console.log(`The site is in ${path.relative(process.cwd(), dist) || '.'}/.`);
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = (await build()) ? 0 : 1;
}

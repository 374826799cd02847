/**
 * Command-line entry of a full build: convert `content/` → `.generated/`, build the Astro site into a staging
 * folder, copy the original minutes files, index it with Pagefind, then swap it into `dist/` in one rename.
 * A failing step leaves the previous `dist/` untouched. Usage: `npm run build`.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { contentDir, generatedDir } from './content-dir.ts';
import { convert } from './convert.ts';

/** Runs a command with the project's own Node first on the PATH and resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit', env });
		child.on('error', reject);
		child.on('exit', (code) => resolve(code ?? 1));
	});
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
export async function indexSite(site: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const indexed = await index.addDirectory({ path: site });
	if (indexed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	console.log(`Indexed ${indexed.page_count} pages for search.`);
}

/** The files under content/ that the theme names (logo, favicon). */
function themeFiles(theme: { logo?: { src: string }; favicon?: string } | undefined): string[] {
	return [theme?.logo?.src, theme?.favicon].filter((file): file is string => Boolean(file));
}

/** Builds the whole site into `dist/`; returns false (leaving `dist/` as it was) when any step fails. */
export async function build(): Promise<boolean> {
	if (!(await convert())) return false;
	const dist = path.resolve(process.env.ARCHIVE_OUT_DIR || 'dist');
	const staging = path.resolve(process.env.ARCHIVE_BUILD_DIR || path.join('.build', 'site'));
	await rm(staging, { recursive: true, force: true });
	await mkdir(path.dirname(staging), { recursive: true });
	const astro = path.resolve('node_modules', '.bin', 'astro');
	const code = await run(astro, ['build', '--silent'], { ...astroEnvironment(), ARCHIVE_OUT_DIR: staging });
	if (code !== 0) {
		console.error('\nThe Astro build failed (see above); dist/ was left as it was.');
		return false;
	}
	// Only the originals the converter lists: withdrawn minutes and files with redacted text stay unpublished.
	const originals = JSON.parse(await readFile(path.join(generatedDir(), 'originals.json'), 'utf8')) as string[];
	for (const source of originals) {
		await mkdir(path.dirname(path.join(staging, 'original', source.replace(/^minutes\//, ''))), { recursive: true });
		await copyFile(path.join(contentDir(), source), path.join(staging, 'original', source.replace(/^minutes\//, '')));
	}
	// The theme's logo and favicon, from content/ to /tema/ (the converter checked that they exist).
	const [settings] = JSON.parse(await readFile(path.join(generatedDir(), 'settings.json'), 'utf8')) as { theme?: { logo?: { src: string }; favicon?: string } }[];
	for (const file of themeFiles(settings?.theme)) {
		await mkdir(path.dirname(path.join(staging, 'tema', file)), { recursive: true });
		await copyFile(path.join(contentDir(), file), path.join(staging, 'tema', file));
	}
	await indexSite(staging);
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

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../pipeline/convert-archive.ts';

/** The content folder: `ARCHIVE_CONTENT_DIR` when set, else `content/` in the project. */
export function contentDir(): string {
	return path.resolve(process.env.ARCHIVE_CONTENT_DIR || 'content');
}

/** The folder the converter writes the content collections to. */
export function generatedDir(): string {
	return path.resolve(process.env.ARCHIVE_GENERATED_DIR || '.generated');
}

/** Where Astro writes the site: `ARCHIVE_OUT_DIR` when set (the build's staging folder, a test's own folder), else `dist/`. */
export function outDir(): string {
	return path.resolve(process.env.ARCHIVE_OUT_DIR || 'dist');
}

/** Astro's cache folder: `ARCHIVE_CACHE_DIR` when set, so that several builds (tests, benchmarks) can run side by side. */
export function astroCacheDir(): string {
	return path.resolve(process.env.ARCHIVE_CACHE_DIR || path.join('node_modules', '.astro'));
}

/** Whether items get the hidden search words of their compounds: on unless `ARCHIVE_SEARCH_COMPOUNDS=0`. */
export function searchCompounds(): boolean {
	return process.env.ARCHIVE_SEARCH_COMPOUNDS !== '0';
}

/** The conversion cache's folder (`ARCHIVE_CONVERT_CACHE_DIR`, else `.cache/convert/`), or `null` when `ARCHIVE_CONVERT_CACHE` turns it off. */
export function convertCacheDir(): string | null {
	if (/^(0|off|false|no)$/i.test(process.env.ARCHIVE_CONVERT_CACHE ?? '')) return null;
	return path.resolve(process.env.ARCHIVE_CONVERT_CACHE_DIR || path.join('.cache', 'convert'));
}

/** The staging folder a full build writes into before it swaps the site into place (`ARCHIVE_BUILD_DIR`, else `.build/site/`). */
export function stagingDir(): string {
	return path.resolve(process.env.ARCHIVE_BUILD_DIR || path.join('.build', 'site'));
}

/** Today's date for publication limits: from `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
export function today(): string {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** Reads every file under the content folder (skipping dot-files and folders) as `SourceFile`s with `/`-separated relative paths. */
export async function readContentDir(root: string): Promise<SourceFile[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const wanted = entries
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const absolute = path.join(entry.parentPath, entry.name);
			return { absolute, relative: path.relative(root, absolute).split(path.sep).join('/') };
		})
		.filter(({ relative }) => !relative.split('/').some((part) => part.startsWith('.')));
	const files: SourceFile[] = new Array(wanted.length);
	// Many reads in flight at once: one after another, a large archive spends seconds waiting on the disk.
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < wanted.length) {
			const index = next++;
			const { absolute, relative } = wanted[index] as { absolute: string; relative: string };
			files[index] = { path: relative, bytes: new Uint8Array(await readFile(absolute)) };
		}
	};
	await Promise.all(Array.from({ length: 32 }, worker));
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Path, size and modification time of every file under the content folder (as `readContentDir` would read them), sorted by path. */
export async function statContentDir(root: string): Promise<{ path: string; size: number; mtimeMs: number }[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const wanted = entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter(
			(absolute) =>
				!path
					.relative(root, absolute)
					.split(path.sep)
					.some((part) => part.startsWith('.')),
		);
	const stats = await Promise.all(wanted.map(async (absolute) => ({ absolute, info: await stat(absolute) })));
	return stats
		.map(({ absolute, info }) => ({ path: path.relative(root, absolute).split(path.sep).join('/'), size: info.size, mtimeMs: info.mtimeMs }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

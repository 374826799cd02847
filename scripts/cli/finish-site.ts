/**
 * What a built site needs after Astro has rendered it: the original minutes files the converter lists, the theme's
 * logo and favicon, and the Pagefind search index. Run by the integration's `astro:build:done` hook.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive, Theme } from '../../src/schema/archive.ts';
import { contentDir, generatedDir } from './content-dir.ts';
import type { Progress } from './progress.ts';

/** Indexes the built site with Pagefind (Swedish) and writes the bundle into `<site>/pagefind/`. */
export async function indexSite(site: string, progress?: Progress): Promise<number> {
	progress?.start('indexing for search', null);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const indexed = await index.addDirectory({ path: site });
	if (indexed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	progress?.end();
	return indexed.page_count;
}

/** The files under content/ that the theme names (logo, favicon). */
function themeFiles(theme: Theme | undefined): string[] {
	return [theme?.logo?.src, theme?.favicon].filter((file): file is string => Boolean(file));
}

/** Copies the originals and the theme's files into the built site at `site` and indexes it for search; returns the number of pages indexed. */
export async function finishSite(site: string, progress?: Progress): Promise<number> {
	// Only the originals the converter lists: withdrawn minutes and files with redacted text stay unpublished.
	const originals = JSON.parse(await readFile(path.join(generatedDir(), 'originals.json'), 'utf8')) as string[];
	for (const source of originals) {
		const target = path.join(site, 'original', source.replace(/^minutes\//u, ''));
		await mkdir(path.dirname(target), { recursive: true });
		await copyFile(path.join(contentDir(), source), target);
	}
	// The theme's logo and favicon, from content/ to /tema/ (the converter checked that they exist).
	const [settings] = JSON.parse(await readFile(path.join(generatedDir(), 'settings.json'), 'utf8')) as Pick<Archive, 'theme'>[];
	for (const file of themeFiles(settings?.theme)) {
		await mkdir(path.dirname(path.join(site, 'tema', file)), { recursive: true });
		await copyFile(path.join(contentDir(), file), path.join(site, 'tema', file));
	}
	return indexSite(site, progress);
}

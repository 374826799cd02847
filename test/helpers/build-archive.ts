import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, type SiteBuild } from './build-site.ts';
import { type PageReading, readPage } from './read-page.ts';

/** A site built from a content folder written for one test, and how to read its pages. */
export interface BuiltArchive {
	build: SiteBuild;
	/** The page at a site path (`organ/kf/2024-03-18`) as a reader reads it. */
	page(url: string): PageReading;
	/** The page's HTML as written. */
	html(url: string): string;
	/** Removes the temporary folder. */
	remove(): void;
}

/**
 * Writes a content folder of `archive.yml` and the given files (paths under `content/`) into a temporary folder and
 * builds it with the real build, as `npm run build` would.
 */
export function buildArchive(prefix: string, archive: string, files: Record<string, string | Uint8Array>): BuiltArchive {
	const work = mkdtempSync(path.join(tmpdir(), prefix));
	const content = path.join(work, 'content');
	mkdirSync(content, { recursive: true });
	writeFileSync(path.join(content, 'archive.yml'), archive);
	for (const [file, bytes] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
		writeFileSync(path.join(content, file), bytes);
	}
	const build = buildSite(content, work, { SOURCE_DATE_EPOCH: '1767225600' });
	const html = (url: string) => readFileSync(path.join(build.outDir, url, 'index.html'), 'utf8');
	return { build, html, page: (url) => readPage(html(url)), remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** The `archive.yml` of a one-body test archive (Exempelby's kommunstyrelse, `ks`), with `extra` lines at its end. */
export function exampleArchiveYml({
	title = 'Exempelby protokollarkiv',
	language = 'sv',
	extra = '',
}: {
	title?: string;
	language?: string;
	extra?: string;
} = {}): string {
	return `title: ${title}
baseUrl: https://example.org/
language: ${language}
license: CC0-1.0
publisher:
  name: Exempelby kommun
bodies:
  - id: ks
    name: Kommunstyrelsen
    shortName: KS
    organization: Exempelby kommun
${extra}`;
}

/**
 * Astro's incremental build (`experimental.incrementalBuild`, cache keys from src/lib/page-key.ts and
 * meeting-page-key.ts): after one minutes file is edited, a second build in the same project copies the pages whose
 * keys did not change and must give exactly the site a clean build gives. Three builds of the demo archive.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../helpers/build-site.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { listFiles } from '../safety/site-files.ts';

const root = path.resolve(import.meta.dirname, '../..');
const epoch = { SOURCE_DATE_EPOCH: '1767225600' };
let work = '';
let project = '';
let first: SiteBuild;
let again: SiteBuild;
let clean: SiteBuild;

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'archive-incremental-'));
	project = tempProject('protokollarkiv-incremental-');
	const content = path.join(work, 'content');
	cpSync(path.join(root, 'content'), content, { recursive: true });
	first = buildSite(content, path.join(work, 'incremental'), epoch, project);
	// New words (the compound splitter's lexicon changes for every page) and a case number in one meeting.
	appendFileSync(
		path.join(content, 'minutes', 'halland-krf', '2023-02-01.txt'),
		'\nTillägg: Ordföranden tackade för ett givande trygghetsmöte, dnr RS 2023/77.\n',
	);
	again = buildSite(content, path.join(work, 'incremental'), epoch, project);
	clean = buildSite(content, path.join(work, 'clean'), epoch);
}, 300_000);

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(project, { recursive: true, force: true });
});

describe('rebuilding after one minutes file changed', () => {
	it("builds twice, keeping the keyed pages in Astro's cache for the second build", () => {
		expect(first.status, first.output).toBe(0);
		expect(again.status, again.output).toBe(0);
		const manifest = path.join(work, 'incremental', 'astro-cache', 'incremental-build.json');
		expect(existsSync(manifest)).toBe(true);
		const routes = Object.values((JSON.parse(readFileSync(manifest, 'utf8')) as { routes: Record<string, { paths: object }> }).routes);
		expect(routes.reduce((n, route) => n + Object.keys(route.paths).length, 0)).toBeGreaterThanOrEqual(5);
	});

	it('gives exactly the site a clean build gives: the edit, the new case page, and every unchanged page', () => {
		expect(clean.status, clean.output).toBe(0);
		const files = listFiles(clean.outDir);
		expect(listFiles(again.outDir)).toEqual(files);
		expect(files).toContain('arenden/rs-2023-77/index.html');
		expect(readFileSync(path.join(again.outDir, 'organ/halland-krf/2023-02-01/index.html'), 'utf8')).toContain('givande trygghetsmöte');
		const differing = files.filter((file) => !readFileSync(path.join(again.outDir, file)).equals(readFileSync(path.join(clean.outDir, file))));
		expect(differing).toEqual([]);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { type PageReading, readPage } from '../helpers/read-page.ts';

const { outDir, generatedDir } = inject('demo');

/** The URL path of every meeting of the demo archive, from the front matter of its generated MDX file. */
function meetingUrls(): string[] {
	const dir = path.join(generatedDir, 'meetings');
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.map((entry) => {
			const mdx = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
			const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '{}';
			return (JSON.parse(frontMatter) as { url: string }).url;
		})
		.sort();
}

/**
 * What a reader gets from every demo meeting page (visible text and links) must stay as it was recorded in
 * `snapshots/meeting-pages.json` from the build before meetings were rendered by our own content loader (issue 17).
 * Update the snapshot (`npx vitest run --project site test/e2e/meeting-pages-snapshot.test.ts -u`) only for a change
 * a reader would want, and say why in the commit.
 */
test('every demo meeting page shows the same text and links as recorded', async () => {
	const pages: Record<string, PageReading> = {};
	for (const url of meetingUrls()) pages[url] = readPage(readFileSync(path.join(outDir, url, 'index.html'), 'utf8'));
	expect(Object.keys(pages).length).toBeGreaterThan(0);
	await expect(`${JSON.stringify(pages, null, '\t')}\n`).toMatchFileSnapshot('./snapshots/meeting-pages.json');
});

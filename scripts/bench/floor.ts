/**
 * The floor of this stack: a minimal Astro project (one `.md` per meeting holding the same raw text, a one-line
 * template, nothing else) generated in a folder that reuses this repository's node_modules. Building it and
 * indexing it with Pagefind is the least any site on Astro 7 + Pagefind can cost for the same archive.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the floor project for the minutes under `content` into `dir` (replacing it); returns the number of pages. */
export async function writeFloorProject(content: string, dir: string, repoRoot: string): Promise<number> {
	await rm(dir, { recursive: true, force: true });
	const meetings = path.join(dir, 'src', 'content', 'meetings');
	await mkdir(meetings, { recursive: true });
	await mkdir(path.join(dir, 'src', 'pages', 'm'), { recursive: true });
	await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	await writeFile(path.join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
	await writeFile(
		path.join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.FLOOR_OUT_DIR || './dist', cacheDir: process.env.FLOOR_CACHE_DIR || './node_modules/.astro-floor', build: { format: 'directory' }, devToolbar: { enabled: false } });\n",
	);
	await writeFile(
		path.join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { meetings: defineCollection({ loader: glob({ base: './src/content/meetings', pattern: '**/*.md' }) }) };\n",
	);
	await writeFile(
		path.join(dir, 'src', 'pages', 'm', '[...id].astro'),
		'---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'meetings\')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="sv"><head><meta charset="utf-8"><title>{Astro.props.entry.id}</title></head><body><main data-pagefind-body><Content /></main></body></html>\n',
	);
	let count = 0;
	const root = path.join(content, 'minutes');
	for (const body of (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
		await mkdir(path.join(meetings, body.name), { recursive: true });
		const names = (await readdir(path.join(root, body.name))).filter((name) => name.endsWith('.txt'));
		await Promise.all(
			names.map(async (name) => {
				const text = await readFile(path.join(root, body.name, name), 'utf8');
				await writeFile(path.join(meetings, body.name, name.replace(/\.txt$/, '.md')), text);
			}),
		);
		count += names.length;
	}
	return count;
}

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConvertedArchive } from '../pipeline/convert-archive.ts';

/**
 * Writes the converted archive as content collections into `target`. Only files whose bytes change are
 * written and files no longer produced are removed, so Astro's dev server and its build cache see exactly
 * what changed. Each file is written beside itself under a hidden name and renamed into place, so a watcher
 * (the dev server's loader) never reads a file half written.
 */
export async function writeGenerated(converted: ConvertedArchive, target: string): Promise<{ written: number; removed: number }> {
	const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
	const { bodies = [], ...settings } = converted.archive ?? {};
	const files = new Map<string, string>([
		['settings.json', json([{ id: 'site', ...settings }])],
		['bodies.json', json(bodies)],
		['people.json', json(converted.people)],
		['topics.json', json(converted.topics)],
		['cases.json', json(converted.cases)],
	]);
	for (const { id, mdx } of converted.meetings) files.set(`meetings/${id}.mdx`, mdx);
	// The original files the site may publish: not withdrawn ones, and none that text was removed from.
	const originals = converted.meetings
		.filter(({ meeting }) => !meeting.originalWithheld && meeting.publication !== 'withdrawn')
		.map(({ meeting }) => meeting.source)
		.sort();
	files.set('originals.json', json(originals));
	let written = 0;
	for (const [relative, content] of files) {
		const file = path.join(target, relative);
		const current = await readFile(file, 'utf8').catch(() => null);
		if (current === content) continue;
		await mkdir(path.dirname(file), { recursive: true });
		const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
		await writeFile(partial, content);
		await rename(partial, file);
		written++;
	}
	let removed = 0;
	const existing = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => []);
	for (const entry of existing) {
		if (!entry.isFile()) continue;
		const relative = path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		if (!files.has(relative)) {
			await rm(path.join(target, relative));
			removed++;
		}
	}
	return { written, removed };
}

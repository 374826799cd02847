/**
 * Command-line entry of the converter: reads the content folder, converts every minutes file and writes the
 * content collections to `.generated/`. Exits non-zero, listing every problem, when any file has an error.
 * Usage: `npm run convert`.
 *
 * Conversion cache (`.cache/convert/`, or `ARCHIVE_CONVERT_CACHE_DIR`; `ARCHIVE_CONVERT_CACHE=off` disables it):
 * when the content folder, the conversion code and today's date are exactly as at the last successful run and
 * `.generated/` is untouched, nothing is converted; otherwise unchanged files are not parsed again and unchanged
 * meetings not emitted again (see scripts/pipeline/cache/convert-memo.ts).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	archiveKey,
	type ConvertManifest,
	codeVersion,
	createConvertMemo,
	type MemoStore,
	outputsMatch,
	readKey,
	sha256,
} from '../pipeline/cache/convert-memo.ts';
import type { ConvertOptions, SourceFile } from '../pipeline/convert-archive.ts';
import { contentDir, convertCacheDir, generatedDir, readContentDir, statContentDir, today } from './content-dir.ts';
import { formatProblems } from './format-problems.ts';
import { firstVersions, gitHistory } from './git-history.ts';
import { isCommandLineEntry } from './is-command-line-entry.ts';
import { commandLineProgress, type Progress } from './progress.ts';
import { writeGenerated } from './write-generated.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Converts the content folder into `.generated/`, telling `progress` how far it is; returns false when the build must stop. */
export async function convert(progress: Progress = commandLineProgress()): Promise<boolean> {
	const root = contentDir();
	const target = generatedDir();
	const started = performance.now();
	const label = path.relative(process.cwd(), root) || '.';
	const cacheDir = convertCacheDir();
	const day = today();
	const sources = cacheDir ? await readSources() : [];
	// Dates from git go into the pages (provenance), so the history is part of what the conversion depends on.
	const { history, repositoryPath } = gitHistory(root);
	const historyFile = { path: '.git-history', bytes: new TextEncoder().encode(JSON.stringify([...history])) };
	const manifestFile = cacheDir ? path.join(cacheDir, 'manifest.json') : '';
	const previous: ConvertManifest | null = cacheDir
		? await readFile(manifestFile, 'utf8').then(
				(text) => JSON.parse(text) as ConvertManifest,
				() => null,
			)
		: null;
	// First a check that reads no content: the same code, day, history and file sizes and times as the last run.
	const quickKey = cacheDir ? sha256('quick', codeVersion(sources), day, historyFile.bytes, JSON.stringify(await statContentDir(root))) : '';
	if (previous?.quickKey === quickKey && outputsMatch(previous.outputs, await listOutputs(target))) {
		if (previous.problems) console.error(previous.problems);
		console.log(`${previous.summary} Nothing changed since then: reused .generated/ (checked in ${Math.round(performance.now() - started)} ms).`);
		return true;
	}
	const files = await readContentDir(root);
	// The archive's settings and redaction rules change what reading a file yields, so they are part of the version.
	const settingsFiles = files.filter((file) => file.path === 'archive.yml' || file.path === 'redactions.yml');
	const version = cacheDir ? codeVersion([...sources, ...settingsFiles]) : '';
	const key = cacheDir ? archiveKey(version, day, [...files, historyFile]) : '';

	if (previous?.key === key && outputsMatch(previous.outputs, await listOutputs(target))) {
		// Same content under new file times (a checkout, a copy): remember them for the quick check.
		if (previous.quickKey !== quickKey) await writeFile(manifestFile, `${JSON.stringify({ ...previous, quickKey })}\n`);
		if (previous.problems) console.error(previous.problems);
		console.log(`${previous.summary} Nothing changed since then: reused .generated/ (checked in ${Math.round(performance.now() - started)} ms).`);
		return true;
	}

	const store = cacheDir ? await fileStore(cacheDir, prefetchKeys(files, version, previous)) : null;
	const memo = store ? createConvertMemo(version, store) : null;
	const options: ConvertOptions = {
		today: day,
		history,
		repositoryPath,
		firstVersions: firstVersions(root, history, repositoryPath),
		...(memo ? { memo } : {}),
	};
	// Imported here so that a conversion with nothing to do does not load the whole pipeline.
	const { convertArchive } = await import('../pipeline/convert-archive.ts');
	const stages = { read: 'converting minutes', emit: 'writing meeting pages' } as const;
	let stage: keyof typeof stages | null = null;
	const converted = await convertArchive(files, {
		...options,
		onProgress: (next, done, total) => {
			if (next !== stage) progress.start(stages[next], total);
			stage = next;
			progress.update(done);
		},
	});
	progress.end();
	const errors = converted.problems.filter((problem) => problem.severity === 'error');
	const problemText = converted.problems.length > 0 ? formatProblems(converted.problems, label) : '';
	if (problemText) console.error(problemText);
	if (errors.length > 0) {
		console.error(`\n${errors.length} error(s): nothing was written and the site was not built. Fix the files above and build again.`);
		return false;
	}
	const { written, removed } = await writeGenerated(converted, target);
	const summary = `Converted ${converted.meetings.length} minutes files, ${converted.people.length} people, ${converted.topics.length} topics, ${converted.cases.length} cases.`;
	const stats = memo?.stats;
	const cacheNote = stats
		? ` Cache: ${stats.readHits}/${stats.readHits + stats.readMisses} files not parsed again, ${stats.emitHits}/${stats.emitHits + stats.emitMisses} meetings not emitted again.`
		: '';
	console.log(`${summary.slice(0, -1)} in ${Math.round(performance.now() - started)} ms (${written} files written, ${removed} removed).${cacheNote}`);
	if (cacheDir && store && stats) {
		await store.flush();
		await store.prune(stats.used);
		const manifest: ConvertManifest = {
			version: 1,
			key,
			quickKey,
			summary,
			problems: problemText,
			outputs: Object.fromEntries(await listOutputs(target)),
			emitKeys: [...stats.used.emit],
		};
		await writeFile(manifestFile, `${JSON.stringify(manifest)}\n`);
	}
	return true;
}

/** The files whose contents decide what the converter produces: its code, the schema and the locked dependencies. */
async function readSources(): Promise<SourceFile[]> {
	const sources: SourceFile[] = [];
	for (const folder of ['scripts/pipeline', 'src/schema']) {
		const entries = await readdir(path.join(projectRoot, folder), { recursive: true, withFileTypes: true }).catch(() => []);
		for (const entry of entries) {
			if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
			const absolute = path.join(entry.parentPath, entry.name);
			sources.push({ path: path.relative(projectRoot, absolute).split(path.sep).join('/'), bytes: await readFile(absolute) });
		}
	}
	const lock = await readFile(path.join(projectRoot, 'package-lock.json')).catch(() => null);
	if (lock) sources.push({ path: 'package-lock.json', bytes: lock });
	return sources;
}

/** Every file under the generated folder with its size and modification time. */
async function listOutputs(target: string): Promise<Map<string, { size: number; mtimeMs: number }>> {
	const outputs = new Map<string, { size: number; mtimeMs: number }>();
	const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => []);
	await inBatches(
		entries.filter((entry) => entry.isFile()),
		async (entry) => {
			const absolute = path.join(entry.parentPath, entry.name);
			const info = await stat(absolute);
			outputs.set(path.relative(target, absolute).split(path.sep).join('/'), { size: info.size, mtimeMs: info.mtimeMs });
		},
	);
	return new Map([...outputs].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Cache keys worth reading ahead: every minutes file's read key and the emit keys of the last run. */
function prefetchKeys(files: readonly SourceFile[], version: string, previous: ConvertManifest | null): { read: string[]; emit: string[] } {
	const read = files
		.filter((file) => file.path.startsWith('minutes/') && !/\.ya?ml$/i.test(file.path))
		.map((file) => readKey(version, file.path.slice(file.path.lastIndexOf('/') + 1), file.bytes));
	return { read, emit: previous?.emitKeys ?? [] };
}

/** A MemoStore over `<cacheDir>/{read,emit}/<key>`, reading the likely entries ahead in parallel. */
async function fileStore(cacheDir: string, prefetch: { read: string[]; emit: string[] }) {
	const file = (kind: 'read' | 'emit', key: string) => path.join(cacheDir, kind, key);
	await mkdir(path.join(cacheDir, 'read'), { recursive: true });
	await mkdir(path.join(cacheDir, 'emit'), { recursive: true });
	// Every entry this run can hit is read ahead: each minutes file's read key, and the emit keys of the last run
	// (an emit key not among them is a miss without looking, so a cold run never waits for failing opens).
	const loaded = new Map<string, Uint8Array>();
	for (const kind of ['read', 'emit'] as const) {
		await inBatches(prefetch[kind], async (key) => {
			const bytes = await readFile(file(kind, key)).catch(() => null);
			if (bytes) loaded.set(`${kind}/${key}`, bytes);
		});
	}
	const pending: Promise<void>[] = [];
	const store: MemoStore & { flush(): Promise<void>; prune(used: { read: Set<string>; emit: Set<string> }): Promise<void> } = {
		get(kind, key) {
			const hit = loaded.get(`${kind}/${key}`);
			if (hit) {
				loaded.delete(`${kind}/${key}`);
				return hit;
			}
			return undefined;
		},
		set(kind, key, value) {
			pending.push(writeFile(file(kind, key), value).catch(() => undefined));
		},
		async flush() {
			await Promise.all(pending);
		},
		async prune(used) {
			for (const kind of ['read', 'emit'] as const) {
				const stale = (await readdir(path.join(cacheDir, kind))).filter((name) => !used[kind].has(name));
				await inBatches(stale, (name) => rm(path.join(cacheDir, kind, name), { force: true }));
			}
		},
	};
	return store;
}

async function inBatches<T>(list: readonly T[], run: (item: T) => Promise<unknown>, size = 64): Promise<void> {
	for (let i = 0; i < list.length; i += size) await Promise.all(list.slice(i, i + size).map(run));
}

if (isCommandLineEntry(import.meta.url)) {
	process.exitCode = (await convert()) ? 0 : 1;
}

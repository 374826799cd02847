import { readdir, readFile } from 'node:fs/promises';
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

/** Today's date for publication limits: from `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
export function today(): string {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** Reads every file under the content folder (skipping dot-files and folders) as `SourceFile`s with `/`-separated relative paths. */
export async function readContentDir(root: string): Promise<SourceFile[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files: SourceFile[] = [];
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const absolute = path.join(entry.parentPath, entry.name);
		const relative = path.relative(root, absolute).split(path.sep).join('/');
		if (relative.split('/').some((part) => part.startsWith('.'))) continue;
		files.push({ path: relative, bytes: new Uint8Array(await readFile(absolute)) });
	}
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

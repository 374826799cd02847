import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderMeeting } from './render-meeting.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** Where the meetings loader reads: the folder that holds `<body>/<slug>.mdx`. */
export interface MeetingsLoaderOptions {
	/** The folder of the meeting MDX files, relative to the project root or absolute. */
	base: string;
}

/**
 * A fingerprint of this folder's code: part of every entry's digest, so a change to how meetings are rendered renders
 * every meeting again (Astro clears its data store only when content.config.ts or the Astro configuration changes).
 */
function rendererFingerprint(warn: (message: string) => void): string {
	const hash = createHash('sha256');
	try {
		const dir = path.dirname(fileURLToPath(import.meta.url));
		for (const name of readdirSync(dir)
			.filter((file) => file.endsWith('.ts'))
			.sort())
			hash.update(name).update(readFileSync(path.join(dir, name)));
	} catch (error) {
		// Without its own source (a bundled copy), the loader renders everything again rather than risk stale pages.
		warn(`the meetings loader cannot read its own code (${(error as Error).message}), so every meeting is rendered again`);
		hash.update(String(Date.now()));
	}
	return hash.digest('hex');
}

// Every `<body>/<slug>.mdx` under `base` is read as data, never as a module: the front matter (JSON) is validated by
// the collection's schema and the body rendered to `rendered.html` by `renderMeeting`. An entry whose file and
// renderer are unchanged (the same digest in the data store) is kept as it is. The id is the path without `.mdx`.

/** Astro content loader for the meetings: their MDX files as data and rendered HTML, never as JavaScript modules. */
export function meetingsLoader({ base }: MeetingsLoaderOptions): Loader {
	let fingerprint: string | undefined;
	return {
		name: 'protokollarkiv-meetings-loader',
		load: async (context: LoaderContext) => {
			const { config, store, logger, watcher } = context;
			fingerprint ??= rendererFingerprint((message) => console.warn(`Warning: ${message}`));
			const root = fileURLToPath(config.root);
			const dir = path.resolve(root, base);
			const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
			const idOf = (file: string) =>
				path
					.relative(dir, file)
					.split(path.sep)
					.join('/')
					.replace(/\.mdx$/, '');

			/** Loads one file into the store unless its digest is the one stored; returns its id. */
			const sync = async (file: string, contents?: string): Promise<string> => {
				const id = idOf(file);
				const text = contents ?? (await readFile(file, 'utf8'));
				const digest = context.generateDigest(`${fingerprint}\n${text}`);
				if (store.get(id)?.digest === digest) return id;
				const { frontMatter, body, bodyLineOffset } = splitFrontMatter(text);
				let raw: Record<string, unknown>;
				try {
					raw = JSON.parse(frontMatter || '{}') as Record<string, unknown>;
				} catch (error) {
					throw new Error(`${relative(file)}: the front matter is not JSON: ${(error as Error).message}`);
				}
				const data = await context.parseData({ id, data: raw, filePath: file });
				const at = (line: number | undefined) => `${relative(file)}${line === undefined ? '' : `:${line + bodyLineOffset}`}`;
				let html: string;
				try {
					// Warnings go to the console: `npm run build` runs Astro with --silent, which hides the logger's.
					html = renderMeeting(body, (message, node) => console.warn(`Warning: ${at(node.position?.start.line)}: ${message}`));
				} catch (error) {
					throw new Error(`${at((error as { line?: number }).line)}: the MDX does not parse: ${(error as Error).message}`);
				}
				store.set({ id, data, body, filePath: relative(file), digest, rendered: { html, metadata: {} } });
				return id;
			};

			const files = (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
				.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
				.map((entry) => path.join(entry.parentPath, entry.name))
				.sort();
			if (files.length === 0) logger.warn(`No meeting files (*.mdx) in ${relative(dir) || '.'}`);
			const untouched = new Set(store.keys());
			// Reads run a few at a time; rendering is synchronous, so one file is parsed and rendered at a time.
			const reading = 16;
			for (let at = 0; at < files.length; at += reading) {
				const batch = files.slice(at, at + reading);
				const texts = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
				for (const [i, file] of batch.entries()) untouched.delete(await sync(file, texts[i]));
			}
			for (const id of untouched) store.delete(id);

			if (!watcher) return;
			watcher.add(dir);
			const inBase = (file: string) => file.endsWith('.mdx') && !path.relative(dir, file).startsWith('..');
			const onChange = async (file: string) => {
				if (!inBase(file)) return;
				try {
					await sync(file);
					logger.info(`Reloaded ${relative(file)}`);
				} catch (error) {
					logger.error(`Failed to reload ${relative(file)}: ${(error as Error).message}`);
				}
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', (file) => {
				if (inBase(file)) store.delete(idOf(file));
			});
		},
	};
}

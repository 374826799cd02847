/**
 * `npm run bench:corpus -- --meetings N [--out dir] [--seed S]`: writes the synthetic archive of
 * generate-corpus.ts to a content folder (default `.cache/bench/corpus-<N>-<seed>/`). Same seed, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isCommandLineEntry } from '../cli/is-command-line-entry.ts';
import { type Corpus, generateCorpus } from './generate-corpus.ts';

export interface CorpusArgs {
	meetings: number;
	seed: string;
	out: string;
}

/** Reads `--meetings`, `--seed` and `--out` (also `--flag=value`) from the command line. */
export function parseArgs(argv: readonly string[], defaults: { meetings: number } = { meetings: 1000 }): CorpusArgs & Record<string, string | number> {
	const values: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (!arg.startsWith('--')) continue;
		const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
		if (inline !== undefined) values[key] = inline;
		else if (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--')) values[key] = argv[++i] as string;
		else values[key] = 'true';
	}
	const meetings = Number(values.meetings ?? defaults.meetings);
	if (!Number.isInteger(meetings) || meetings < 1) throw new Error(`--meetings must be a positive integer, got ${values.meetings}`);
	const seed = values.seed ?? '1';
	return { ...values, meetings, seed, out: path.resolve(values.out ?? path.join('.cache', 'bench', `corpus-${meetings}-${seed}`)) };
}

/** A digest of the whole corpus (paths and bytes), written as `.corpus` so a benchmark can reuse a folder. */
export function corpusDigest(corpus: Corpus): string {
	const hash = createHash('sha256');
	for (const [file, text] of corpus) hash.update(`${file}\0${text}\0`);
	return hash.digest('hex');
}

/** Writes the corpus into `out` (replacing what was there); returns the number of files. */
export async function writeCorpus(corpus: Corpus, out: string): Promise<number> {
	await rm(out, { recursive: true, force: true });
	const folders = new Set([...corpus.keys()].map((file) => path.dirname(path.join(out, file))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	const entries = [...corpus];
	for (let i = 0; i < entries.length; i += 64) {
		await Promise.all(entries.slice(i, i + 64).map(([file, text]) => writeFile(path.join(out, file), text)));
	}
	await writeFile(path.join(out, '.corpus'), `${corpusDigest(corpus)}\n`);
	return corpus.size;
}

/** Generates the corpus into `out` unless a folder with the same digest is already there; returns whether it wrote. */
export async function ensureCorpus(args: CorpusArgs): Promise<{ wrote: boolean; files: number; ms: number }> {
	const started = performance.now();
	const corpus = generateCorpus({ meetings: args.meetings, seed: args.seed });
	const digest = corpusDigest(corpus);
	const existing = await readFile(path.join(args.out, '.corpus'), 'utf8').catch(() => '');
	if (existing.trim() === digest) return { wrote: false, files: corpus.size, ms: performance.now() - started };
	const files = await writeCorpus(corpus, args.out);
	return { wrote: true, files, ms: performance.now() - started };
}

if (isCommandLineEntry(import.meta.url)) {
	const args = parseArgs(process.argv.slice(2));
	const { wrote, files, ms } = await ensureCorpus(args);
	console.log(
		`${wrote ? 'Wrote' : 'Reused'} ${files} files (${args.meetings} meetings, seed ${args.seed}) in ${path.relative(process.cwd(), args.out) || '.'}/ (${Math.round(ms)} ms).`,
	);
}

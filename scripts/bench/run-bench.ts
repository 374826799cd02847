/**
 * `npm run bench -- --meetings N [--seed S] [--no-floor] [--keep]`: generates (or reuses) the synthetic archive,
 * then measures, each step in its own process (peak RSS from `/usr/bin/time -v`, which also counts the
 * Pagefind binary that the Node API starts):
 *   1. a cold build: conversion (no cache) → Astro (empty cache) → originals + Pagefind;
 *   2. a no-change conversion (warm cache);
 *   3. an edit of one minutes file, then the same three steps again (warm caches);
 *   4. the floor: plain Astro 7 + Pagefind over the same raw text (scripts/bench/floor.ts).
 * Prints a table and writes JSON to `bench-output/bench-<N>.json`. Work files go to `.cache/bench/run-<N>/`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { astroEnvironment } from '../cli/build.ts';
import { ensureCorpus, parseArgs } from './corpus.ts';
import { writeFloorProject } from './floor.ts';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Step {
	name: string;
	seconds: number;
	/** Peak resident set size in MiB, or null when it could not be read. */
	peakMiB: number | null;
	status: number;
}

/** Runs a command as a child process, timing it and reading its peak RSS (and its children's). */
async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<Step> {
	const log = path.join(work, 'logs', `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
	const timeFile = `${log}.time`;
	const [cmd, argv] = timeBinary ? [timeBinary, ['-v', '-o', timeFile, command, ...args]] : [command, args];
	const output = createWriteStream(log);
	const started = performance.now();
	const status = await new Promise<number>((resolve, reject) => {
		const child = spawn(cmd, argv, {
			cwd,
			env: {
				...process.env,
				PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
				ASTRO_TELEMETRY_DISABLED: '1',
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.pipe(output, { end: false });
		child.stderr.pipe(output, { end: false });
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
	await new Promise((resolve) => output.end(resolve));
	const seconds = (performance.now() - started) / 1000;
	let peakMiB: number | null = null;
	const report = await readFile(timeFile, 'utf8').catch(() => '');
	const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
	if (match) peakMiB = Number(match[1]) / 1024;
	const result = { name, seconds, peakMiB, status };
	console.error(
		`  ${name.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s  ${peakMiB === null ? '?' : peakMiB.toFixed(0).padStart(6)} MiB${status === 0 ? '' : `  FAILED (exit ${status}, see ${path.relative(root, log)})`}`,
	);
	if (status !== 0) {
		const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-25).join('\n');
		console.error(tail);
	}
	return result;
}

async function sizeOf(dir: string): Promise<{ bytes: number; files: number; largestHtml: { path: string; bytes: number } | null; html: number }> {
	let bytes = 0;
	let files = 0;
	let html = 0;
	let largestHtml: { path: string; bytes: number } | null = null;
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const size = (await stat(file)).size;
		bytes += size;
		files++;
		if (entry.name.endsWith('.html')) {
			html++;
			if (!largestHtml || size > largestHtml.bytes) largestHtml = { path: path.relative(dir, file), bytes: size };
		}
	}
	return { bytes, files, largestHtml, html };
}

const args = parseArgs(process.argv.slice(2));
const work = path.resolve(String(args.work ?? path.join(root, '.cache', 'bench', `run-${args.meetings}-${args.seed}`)));
const withFloor = !('no-floor' in args);
await mkdir(path.join(work, 'logs'), { recursive: true });
for (const log of await readdir(path.join(work, 'logs'))) await rm(path.join(work, 'logs', log));

console.error(`Benchmark: ${args.meetings} meetings, seed ${args.seed}; work in ${path.relative(root, work)}/`);
const corpus = await ensureCorpus(args);
console.error(
	`  corpus: ${corpus.wrote ? 'generated' : 'reused'} ${corpus.files} files in ${path.relative(root, args.out)}/ (${(corpus.ms / 1000).toFixed(1)} s)`,
);

const dirs = {
	generated: path.join(work, 'generated'),
	site: path.join(work, 'site'),
	astroCache: path.join(work, 'astro-cache'),
	convertCache: path.join(work, 'convert-cache'),
};
const env = {
	ARCHIVE_CONTENT_DIR: args.out,
	ARCHIVE_GENERATED_DIR: dirs.generated,
	ARCHIVE_OUT_DIR: dirs.site,
	ARCHIVE_CACHE_DIR: dirs.astroCache,
	ARCHIVE_CONVERT_CACHE_DIR: dirs.convertCache,
	SOURCE_DATE_EPOCH: '1767225600',
};
const convertStep = (name: string) => step(name, bin('tsx'), [path.join(root, 'scripts', 'cli', 'convert.ts')], env);
/** Node's options for Astro, as `npm run build` gives them (scripts/cli/build.ts); the floor gets the same. */
const astroNodeOptions = { NODE_OPTIONS: astroEnvironment({}).NODE_OPTIONS };
const astroStep = (name: string) => step(name, bin('astro'), ['build', '--silent'], { ...env, ...astroNodeOptions });
const indexStep = (name: string) => step(name, bin('tsx'), [path.join(root, 'scripts', 'bench', 'index-step.ts'), args.out, dirs.site], env);

// 1. Cold build.
for (const dir of Object.values(dirs)) await rm(dir, { recursive: true, force: true });
console.error('Cold build:');
const cold = { convert: await convertStep('convert (cold)'), astro: null as Step | null, index: null as Step | null };
if (cold.convert.status === 0) cold.astro = await astroStep('astro build (cold)');
if (cold.astro?.status === 0) cold.index = await indexStep('originals + pagefind');
const sizes = await sizeOf(dirs.site);
const searchIndex = await sizeOf(path.join(dirs.site, 'pagefind'));
const coldBuilt = cold.index?.status === 0;

// 2. No-change conversion.
console.error('No change:');
const noChange = coldBuilt ? await convertStep('convert (no change)') : null;

// 3. Edit one file, rebuild.
let edit: { file: string; convert: Step; astro: Step | null; index: Step | null } | null = null;
if (coldBuilt) {
	console.error('Edit one file:');
	const minutes = (await readdir(path.join(args.out, 'minutes'), { recursive: true })).filter((file) => file.endsWith('.txt')).sort();
	const file = path.join(args.out, 'minutes', minutes[Math.floor(minutes.length / 2)] as string);
	const original = await readFile(file);
	try {
		await writeFile(file, Buffer.concat([original, Buffer.from('\nTillägg: Ordföranden tackade för ett givande möte.\n')]));
		await rm(dirs.site, { recursive: true, force: true });
		const convert = await convertStep('convert (1 edited)');
		const astro = convert.status === 0 ? await astroStep('astro build (1 edited)') : null;
		const index = astro?.status === 0 ? await indexStep('originals + pagefind (1 ed.)') : null;
		edit = { file: path.relative(args.out, file), convert, astro, index };
	} finally {
		await writeFile(file, original);
	}
}

// 4. The floor.
let floor: { pages: number; astro: Step; index: Step | null; bytes: number; searchBytes: number } | null = null;
if (withFloor) {
	console.error('Floor (plain Astro + Pagefind):');
	const project = path.join(work, 'floor');
	const floorEnv = { FLOOR_OUT_DIR: path.join(project, 'dist'), FLOOR_CACHE_DIR: path.join(work, 'floor-cache') };
	await rm(floorEnv.FLOOR_CACHE_DIR, { recursive: true, force: true });
	const pages = await writeFloorProject(args.out, project, root);
	const astro = await step('floor astro build', bin('astro'), ['build', '--silent'], { ...floorEnv, ...astroNodeOptions }, project);
	const index =
		astro.status === 0
			? await step('floor pagefind', bin('tsx'), [path.join(root, 'scripts', 'bench', 'index-step.ts'), args.out, floorEnv.FLOOR_OUT_DIR, '--no-originals'], {})
			: null;
	floor = {
		pages,
		astro,
		index,
		bytes: (await sizeOf(floorEnv.FLOOR_OUT_DIR)).bytes,
		searchBytes: (await sizeOf(path.join(floorEnv.FLOOR_OUT_DIR, 'pagefind'))).bytes,
	};
}

// Report.
const sum = (...steps: (Step | null | undefined)[]) => steps.reduce((total, s) => total + (s?.seconds ?? 0), 0);
const peak = (...steps: (Step | null | undefined)[]) => Math.max(...steps.map((s) => s?.peakMiB ?? 0));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const coldTotal = sum(cold.convert, cold.astro, cold.index);
const editTotal = edit ? sum(edit.convert, edit.astro, edit.index) : null;
const floorTotal = floor ? sum(floor.astro, floor.index) : null;
const ratio = (ours: number, base: number | null) => (base ? `${(ours / base).toFixed(2)}×` : '–');
const rows: [string, string, string, string][] = [
	['step', 'time', 'peak RSS', 'floor'],
	['conversion (cold)', `${cold.convert.seconds.toFixed(1)} s`, `${peak(cold.convert).toFixed(0)} MiB`, ''],
	[
		'astro build (cold)',
		`${sum(cold.astro).toFixed(1)} s`,
		`${peak(cold.astro).toFixed(0)} MiB`,
		floor ? `${floor.astro.seconds.toFixed(1)} s / ${peak(floor.astro).toFixed(0)} MiB` : '',
	],
	[
		'originals + pagefind',
		`${sum(cold.index).toFixed(1)} s`,
		`${peak(cold.index).toFixed(0)} MiB`,
		floor ? `${sum(floor.index).toFixed(1)} s / ${peak(floor.index).toFixed(0)} MiB` : '',
	],
	[
		'TOTAL full build',
		`${coldTotal.toFixed(1)} s`,
		`${peak(cold.convert, cold.astro, cold.index).toFixed(0)} MiB`,
		floor ? `${floorTotal?.toFixed(1)} s / ${peak(floor.astro, floor.index).toFixed(0)} MiB` : '',
	],
	['ours / floor', ratio(coldTotal, floorTotal), floor ? ratio(peak(cold.convert, cold.astro, cold.index), peak(floor.astro, floor.index)) : '–', ''],
	['conversion (no change)', noChange ? `${noChange.seconds.toFixed(2)} s` : '–', noChange ? `${peak(noChange).toFixed(0)} MiB` : '', ''],
	[
		'rebuild, 1 file edited',
		editTotal !== null ? `${editTotal.toFixed(1)} s` : '–',
		edit ? `${peak(edit.convert, edit.astro, edit.index).toFixed(0)} MiB` : '',
		edit ? `conv ${edit.convert.seconds.toFixed(1)} + astro ${sum(edit.astro).toFixed(1)} + pf ${sum(edit.index).toFixed(1)}` : '',
	],
	['rebuild / full build', editTotal !== null ? `${(editTotal / coldTotal).toFixed(2)}` : '–', '', ''],
	['dist/', mib(sizes.bytes), `${sizes.files} files`, floor ? mib(floor.bytes) : ''],
	['dist/pagefind', mib(searchIndex.bytes), `${searchIndex.files} files`, floor ? mib(floor.searchBytes) : ''],
	['HTML pages', String(sizes.html), '', floor ? String(floor.pages) : ''],
	['largest HTML', sizes.largestHtml ? `${(sizes.largestHtml.bytes / 1024).toFixed(0)} KiB` : '–', sizes.largestHtml?.path ?? '', ''],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
const machine = {
	cpus: os.cpus().length,
	cpu: os.cpus()[0]?.model ?? '?',
	memoryGiB: Math.round(os.totalmem() / 2 ** 30),
	node: process.version,
	platform: `${os.platform()} ${os.release()}`,
};
console.log(
	`\nBenchmark, ${args.meetings} meetings (seed ${args.seed}); ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}`,
);
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  '));

const result = {
	meetings: args.meetings,
	seed: args.seed,
	machine,
	corpus: { dir: args.out, files: corpus.files },
	cold,
	totalSeconds: coldTotal,
	peakMiB: peak(cold.convert, cold.astro, cold.index),
	noChangeConvert: noChange,
	editOne: edit && { ...edit, totalSeconds: editTotal },
	sizes: { distBytes: sizes.bytes, distFiles: sizes.files, searchIndexBytes: searchIndex.bytes, htmlPages: sizes.html, largestHtml: sizes.largestHtml },
	floor: floor && { ...floor, totalSeconds: floorTotal, peakMiB: peak(floor.astro, floor.index) },
	ratios: floor ? { time: coldTotal / (floorTotal as number), memory: peak(cold.convert, cold.astro, cold.index) / peak(floor.astro, floor.index) } : null,
};
await mkdir(path.join(root, 'bench-output'), { recursive: true });
const out = path.join(root, 'bench-output', `bench-${args.meetings}.json`);
await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nJSON: ${path.relative(root, out)}`);
if (!('keep' in args)) await rm(path.join(work, 'floor'), { recursive: true, force: true });
process.exitCode = coldBuilt ? 0 : 1;

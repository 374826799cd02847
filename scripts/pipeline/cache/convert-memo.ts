/**
 * Pure helpers of the conversion cache (`.cache/convert/`; the file I/O is in scripts/cli/convert.ts).
 *
 * - Per file: extraction + parse, keyed by sha256(pipeline code version, file name, file bytes). The sidecar is
 *   not part of this key because it never reaches the parser; it is part of the emit key below (through the meeting).
 * - Per meeting: the emitted MDX, keyed by sha256(code version, the exact emitter input: meeting with resolved
 *   people/topics/decisions, preamble and item blocks), so an unchanged meeting is neither re-serialised nor
 *   re-verified. Only emissions without problems are cached.
 * - Whole archive: sha256 of (code version, today, every content file's path and bytes); when it matches the last
 *   successful run and `.generated/` is as that run left it, nothing needs converting at all.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Decision, ItemProceedings } from '../../../src/schema/meeting.ts';
import type { EmitResult } from '../emit/emit-mdx.ts';
import type { LocalProblem, ParsedMinutes } from '../types.ts';

/** What reading one minutes file yields: the input of everything after it. */
export interface ReadResult {
	/** How the text was read (`utf-8`, `docx`, …). */
	format: string;
	problems: LocalProblem[];
	/** `null` when no text could be extracted. */
	parsed: ParsedMinutes | null;
	/** The decisions recognised in each parsed item (they depend on the item's text only), in item order. */
	decisions?: Decision[][];
	/** How each parsed item's decision was made (proposals, votes, reservations, jäv), in item order. */
	proceedings?: ItemProceedings[];
	/** Whether redaction removed text from the file (its original must then not be published). */
	redacted?: boolean;
	/** Warnings for each replacement made by `content/redactions.yml`. */
	redactionProblems?: LocalProblem[];
}

/** The hooks `convertArchive` calls when given `options.memo`. */
export interface ConvertMemo {
	read(file: { path: string; bytes: Uint8Array }, name: string, compute: () => Promise<ReadResult>): Promise<ReadResult>;
	emit(input: unknown, compute: () => EmitResult): Promise<EmitResult>;
}

/** Where cache entries live; implemented with files by the CLI and with a Map in tests. */
export interface MemoStore {
	get(kind: 'read' | 'emit', key: string): Promise<Uint8Array | undefined> | Uint8Array | undefined;
	set(kind: 'read' | 'emit', key: string, value: Uint8Array): Promise<void> | void;
}

export interface MemoStats {
	readHits: number;
	readMisses: number;
	emitHits: number;
	emitMisses: number;
	/** Keys used in this run, per kind: everything else in the store is stale. */
	used: { read: Set<string>; emit: Set<string> };
}

export function sha256(...parts: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		hash.update(part);
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** The version of the conversion code: a hash of every source file that can change its output. */
export function codeVersion(files: readonly { path: string; bytes: Uint8Array }[]): string {
	return sha256('convert-cache-v1', ...[...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).flatMap((file) => [file.path, file.bytes]));
}

/** Key of one file's read result. */
export function readKey(version: string, name: string, bytes: Uint8Array): string {
	return sha256('read', version, name, bytes);
}

/** Key of the whole conversion of a content folder. */
export function archiveKey(version: string, today: string, files: readonly { path: string; bytes: Uint8Array }[]): string {
	const hash = createHash('sha256');
	hash.update(`archive\0${version}\0${today}\0`);
	for (const file of files) {
		hash.update(`${file.path}\0${file.bytes.length}\0`);
		hash.update(file.bytes);
	}
	return hash.digest('hex');
}

/** A memo over `store`, counting hits and misses and recording which keys this run used. */
export function createConvertMemo(version: string, store: MemoStore): ConvertMemo & { stats: MemoStats } {
	const stats: MemoStats = { readHits: 0, readMisses: 0, emitHits: 0, emitMisses: 0, used: { read: new Set(), emit: new Set() } };
	return {
		stats,
		async read(file, name, compute) {
			const key = readKey(version, name, file.bytes);
			stats.used.read.add(key);
			const cached = await store.get('read', key);
			if (cached) {
				try {
					const value = deserialize(cached) as ReadResult;
					stats.readHits++;
					return value;
				} catch {
					// A damaged entry is recomputed.
				}
			}
			stats.readMisses++;
			const value = await compute();
			await store.set('read', key, serialize(value));
			return value;
		},
		async emit(input, compute) {
			const key = sha256('emit', version, JSON.stringify(input));
			stats.used.emit.add(key);
			const cached = await store.get('emit', key);
			if (cached) {
				stats.emitHits++;
				return { mdx: new TextDecoder().decode(cached), problems: [] };
			}
			stats.emitMisses++;
			const value = compute();
			if (value.problems.length === 0) await store.set('emit', key, new TextEncoder().encode(value.mdx));
			return value;
		},
	};
}

/** What the CLI records after a successful conversion, to skip the next one when nothing changed. */
export interface ConvertManifest {
	version: 1;
	key: string;
	/** Key of the run from file sizes and modification times only: when it matches, the content is not even read. */
	quickKey?: string;
	/** Summary line printed for the run. */
	summary: string;
	/** Warnings of the run, printed again when the conversion is skipped. */
	problems: string;
	/** Every file under the generated folder: relative path → size and modification time. */
	outputs: Record<string, { size: number; mtimeMs: number }>;
	/** Emit keys of the run (prefetched by the next run). */
	emitKeys: string[];
}

/** Whether the generated folder still holds exactly what the manifest recorded. */
export function outputsMatch(recorded: ConvertManifest['outputs'], current: ReadonlyMap<string, { size: number; mtimeMs: number }>): boolean {
	const names = Object.keys(recorded);
	if (names.length !== current.size) return false;
	for (const name of names) {
		const now = current.get(name);
		const then = recorded[name];
		if (!now || !then || now.size !== then.size || now.mtimeMs !== then.mtimeMs) return false;
	}
	return true;
}

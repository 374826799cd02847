import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type FileHistory, parseGitLog } from '../pipeline/history/parse-git-log.ts';

/** The git history of every file under the content folder, keyed by its path relative to that folder; empty when it is not in a git repository. */
export function gitHistory(contentRoot: string): { history: Map<string, FileHistory>; repositoryPath: (relative: string) => string } {
	const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentRoot, encoding: 'utf8' });
	const empty = { history: new Map<string, FileHistory>(), repositoryPath: (relative: string) => relative };
	if (top.status !== 0) return empty;
	const repository = top.stdout.trim();
	const log = spawnSync('git', ['log', '--format=%x1e%H %cI', '--name-only', '--no-renames', '--', '.'], {
		cwd: contentRoot,
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (log.status !== 0) return empty;
	const prefix = path.relative(repository, contentRoot).split(path.sep).join('/');
	const history = new Map<string, FileHistory>();
	for (const [file, dates] of parseGitLog(log.stdout)) {
		if (prefix && !file.startsWith(`${prefix}/`)) continue;
		history.set(prefix ? file.slice(prefix.length + 1) : file, dates);
	}
	return { history, repositoryPath: (relative) => (prefix ? `${prefix}/${relative}` : relative) };
}

/**
 * The first committed version of every minutes file that was changed since, read from git in one `git cat-file
 * --batch`, keyed by its path under the content folder: what "what changed" on a meeting page is compared with.
 */
export function firstVersions(
	contentRoot: string,
	history: ReadonlyMap<string, FileHistory>,
	repositoryPath: (relative: string) => string,
): Map<string, Uint8Array> {
	const wanted = [...history].filter(([file, h]) => h.commits > 1 && file.startsWith('minutes/'));
	const versions = new Map<string, Uint8Array>();
	if (wanted.length === 0) return versions;
	const batch = spawnSync('git', ['cat-file', '--batch'], {
		cwd: contentRoot,
		input: wanted.map(([file, h]) => `${h.firstCommit}:${repositoryPath(file)}\n`).join(''),
		maxBuffer: 1024 * 1024 * 1024,
	});
	if (batch.status !== 0) return versions;
	const out = batch.stdout;
	let at = 0;
	for (const [file] of wanted) {
		const end = out.indexOf(0x0a, at);
		if (end < 0) break;
		const header = out.subarray(at, end).toString('utf8').split(' ');
		at = end + 1;
		if (header[1] !== 'blob') continue; // "<object> missing"
		const size = Number(header[2]);
		versions.set(file, new Uint8Array(out.subarray(at, at + size)));
		at += size + 1;
	}
	return versions;
}

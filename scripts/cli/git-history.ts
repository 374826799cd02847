import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseGitLog, type FileHistory } from '../pipeline/history/parse-git-log.ts';

/** The git history of every file under the content folder, keyed by its path relative to that folder; empty when it is not in a git repository. */
export function gitHistory(contentRoot: string): { history: Map<string, FileHistory>; repositoryPath: (relative: string) => string } {
	const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentRoot, encoding: 'utf8' });
	const empty = { history: new Map<string, FileHistory>(), repositoryPath: (relative: string) => relative };
	if (top.status !== 0) return empty;
	const repository = top.stdout.trim();
	const log = spawnSync('git', ['log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', '.'], {
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

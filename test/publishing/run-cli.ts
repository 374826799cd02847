import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The project root (where package.json is). */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What a command-line run printed and how it exited. */
export interface CliRun {
	stdout: string;
	stderr: string;
	status: number;
}

/** Runs a script of `scripts/cli/` with the project's tsx, as `npm run` would, with `env` added to (or, for `undefined`, removed from) the environment. */
export function runCli(script: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
	for (const [key, value] of Object.entries(options.env ?? {})) {
		if (value === undefined) delete env[key];
		else env[key] = value;
	}
	const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'cli', script), ...args], {
		cwd: options.cwd ?? projectRoot,
		encoding: 'utf8',
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? 1 };
}

#!/usr/bin/env node
/**
 * The `protokollarkiv` command of the installed package: `protokollarkiv build | dev | check | convert | new | init`.
 * Each runs the matching command-line entry under tsx (the package ships TypeScript; Node does not strip types in
 * node_modules), in the current folder, with the arguments after the command.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const commands = {
	build: 'build.ts',
	dev: 'dev.ts',
	check: 'check-content.ts',
	convert: 'convert.ts',
	new: 'new-minutes.ts',
	init: 'new-archive.ts',
};

const [command, ...args] = process.argv.slice(2);
const entry = commands[command];
if (!entry) {
	console.error(`Usage: protokollarkiv <${Object.keys(commands).join(' | ')}> [arguments]`);
	process.exit(2);
}
const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const result = spawnSync(process.execPath, [tsx, fileURLToPath(new URL(entry, import.meta.url)), ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);

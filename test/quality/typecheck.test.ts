/**
 * The whole code base type-checks: `astro sync` (the content collections' types), `astro check` (the `.astro`
 * components and pages, their props and their scripts) and `tsc --noEmit` over src, scripts and test, in a copy of the project of its own, so that a build running in the project at the same time
 * keeps its `.astro/` folder. A type error fails the tests with tsc's own message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staffEnvironment, tempProject } from '../helpers/temp-project.ts';

const root = path.resolve(import.meta.dirname, '../..');
const project = tempProject('protokollarkiv-typecheck-');
for (const name of ['test', 'vitest.config.ts']) cpSync(path.join(root, name), path.join(project, name), { recursive: true });
const run = (bin: string, args: string[]) =>
	spawnSync(path.join(project, 'node_modules', '.bin', bin), args, { cwd: project, encoding: 'utf8', env: staffEnvironment() });

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('types', () => {
	it('generates the content collections’ types', () => {
		const sync = run('astro', ['sync']);
		expect(sync.status, `${sync.stdout}\n${sync.stderr}`).toBe(0);
	}, 120_000);
	it('type-checks the .astro files with astro check: no error, no warning', () => {
		const check = run('astro', ['check']);
		const output = `${check.stdout}\n${check.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
		expect(output).toMatch(/- 0 errors\s+- 0 warnings/u);
		expect(check.status, output).toBe(0);
	}, 300_000);
	it('type-checks src, scripts and test with tsc --noEmit', () => {
		const tsc = run('tsc', ['--noEmit', '-p', '.']);
		expect(tsc.stdout + tsc.stderr).toBe('');
		expect(tsc.status).toBe(0);
	}, 300_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './run-cli.ts';

/** Runs GitHub's workflow parser on files (in a tsx subprocess, see workflow-errors.ts) and returns the errors per file. */
function workflowErrors(files: readonly string[]): Record<string, string[]> {
	const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(import.meta.dirname, 'workflow-errors.ts'), ...files], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`workflow-errors.ts failed: ${result.stderr}`);
	return z.record(z.string(), z.array(z.string())).parse(JSON.parse(result.stdout));
}

const githubWorkflows = [
	...readdirSync(path.join(projectRoot, '.github', 'workflows')).map((name) => path.join('.github', 'workflows', name)),
	'docs/content-repository.github-workflow.yml',
].filter((file) => /\.ya?ml$/.test(file));

describe('GitHub workflows: valid against the official schema', () => {
	it('finds the deploy and check workflows', () => {
		expect(githubWorkflows).toEqual(
			expect.arrayContaining(['.github/workflows/deploy.yml', '.github/workflows/check.yml', 'docs/content-repository.github-workflow.yml']),
		);
	});

	it('has no errors in any workflow file', () => {
		const errors = workflowErrors(githubWorkflows);
		expect(Object.keys(errors).sort()).toEqual([...githubWorkflows].sort());
		for (const file of githubWorkflows) expect(errors[file], file).toEqual([]);
	});

	it('reports a misspelt key or an unknown context, so the check above has teeth', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'workflows-'));
		try {
			const deploy = readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8');
			const misspelt = path.join(dir, 'misspelt.yml');
			const unknownContext = path.join(dir, 'unknown-context.yml');
			writeFileSync(misspelt, deploy.replace('    steps:', '    stpes:'));
			writeFileSync(unknownContext, deploy.replace('${{ github.sha }}', '${{ gihtub.sha }}'));
			const errors = workflowErrors([misspelt, unknownContext]);
			expect(errors[misspelt]).toEqual(expect.arrayContaining([expect.stringContaining("Unexpected value 'stpes'")]));
			expect(errors[unknownContext]).toEqual(expect.arrayContaining([expect.stringContaining('gihtub')]));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** The parts of a workflow these tests read. */
const workflowShape = z.object({
	on: z.record(z.string(), z.unknown()),
	permissions: z.record(z.string(), z.string()).optional(),
	concurrency: z.looseObject({ group: z.string() }).optional(),
	jobs: z.record(z.string(), z.looseObject({ steps: z.array(z.looseObject({ uses: z.string().optional(), run: z.string().optional() })).optional() })),
});
const read = (file: string) => workflowShape.parse(parse(readFileSync(path.join(projectRoot, file), 'utf8')));
const steps = (file: string) => Object.values(read(file).jobs).flatMap((job) => job.steps ?? []);

describe('GitHub workflows: what they do', () => {
	it('deploy.yml builds on pushes to main and by hand, and publishes dist/ to Pages', () => {
		const deploy = read('.github/workflows/deploy.yml');
		expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
		expect(deploy.on.push).toEqual({ branches: ['main'] });
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
		expect(deploy.concurrency?.group).toBeTruthy();
		const runs = steps('.github/workflows/deploy.yml').map((step) => step.run ?? step.uses);
		const order = ['npm ci', 'npm run check:content -- --format github', 'npm run build', 'actions/upload-pages-artifact', 'actions/deploy-pages'];
		const positions = order.map((wanted) => runs.findIndex((run) => run?.startsWith(wanted)));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(steps('.github/workflows/deploy.yml').find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
	});

	it('uses the Node version of package.json and caches npm, Astro and the conversion cache', () => {
		for (const file of ['.github/workflows/deploy.yml', '.github/workflows/check.yml']) {
			const all = steps(file);
			expect(all.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version-file': 'package.json', cache: 'npm' });
			const cached = String((all.find((step) => step.uses?.startsWith('actions/cache'))?.with as { path?: string } | undefined)?.path ?? '');
			expect(cached).toContain('node_modules/.astro');
			expect(cached).toContain('.cache');
		}
	});

	it('check.yml runs on pull requests: annotations, build and tests', () => {
		const check = read('.github/workflows/check.yml');
		expect(Object.keys(check.on)).toContain('pull_request');
		const runs = steps('.github/workflows/check.yml').map((step) => step.run);
		expect(runs).toEqual(expect.arrayContaining(['npm run check:content -- --format github', 'npm run build', 'npm test']));
	});

	it('the content-repository workflow points the generator at the checkout', () => {
		const text = readFileSync(path.join(projectRoot, 'docs/content-repository.github-workflow.yml'), 'utf8');
		expect(text).toContain('ARCHIVE_CONTENT_DIR: ${{ github.workspace }}');
		expect(
			steps('docs/content-repository.github-workflow.yml').some((step) => (step.with as { ref?: string } | undefined)?.ref === '${{ env.GENERATOR_REF }}'),
		).toBe(true);
	});
});

const other = z.unknown().optional();
/** A GitLab job: the keys these tests read, typed; the other job keywords GitLab knows, untyped; anything else (a typo) rejected. */
const gitlabJob = z
	.object({
		stage: z.string(),
		script: z.array(z.string()).min(1),
		before_script: z.array(z.string()).optional(),
		rules: z.array(z.object({ if: z.string() }).strict()).optional(),
		artifacts: z
			.object({
				when: z.enum(['always', 'on_success', 'on_failure']).optional(),
				paths: z.array(z.string()).optional(),
				reports: z.object({ codequality: z.string() }).strict().optional(),
			})
			.strict()
			.optional(),
		...{
			image: other,
			after_script: other,
			cache: other,
			variables: other,
			needs: other,
			environment: other,
			when: other,
			allow_failure: other,
			interruptible: other,
		},
		...{ timeout: other, tags: other, dependencies: other, services: other, retry: other, resource_group: other, pages: other, publish: other },
	})
	.strict();
const gitlabCache = z.object({ key: z.union([z.string(), z.object({ files: z.array(z.string()) }).strict()]).optional(), paths: z.array(z.string()) }).strict();
const gitlabGlobalKeys = new Set(['image', 'variables', 'cache', 'stages', 'default', 'workflow', 'include']);

describe('GitLab example: the keys GitLab needs', () => {
	const config = z.record(z.string(), z.unknown()).parse(parse(readFileSync(path.join(projectRoot, 'docs/gitlab-pages.gitlab-ci.yml'), 'utf8')));
	const jobs = Object.fromEntries(
		Object.entries(config)
			.filter(([key]) => !gitlabGlobalKeys.has(key))
			.map(([name, job]) => [name, gitlabJob.parse(job)]),
	);

	it('has only known job keywords and every job in a declared stage', () => {
		const stages = z.array(z.string()).parse(config.stages);
		for (const job of Object.values(jobs)) expect(stages).toContain(job.stage);
		expect(gitlabCache.parse(config.cache).paths).toEqual(expect.arrayContaining(['node_modules/.astro/', '.cache/']));
	});

	it('publishes public/, a copy of dist/, from the pages job on the default branch', () => {
		const pages = jobs.pages;
		expect(pages?.artifacts?.paths).toEqual(['public']);
		expect(pages?.script).toEqual(expect.arrayContaining(['npm run build', 'rm -rf public && cp -r dist public']));
		expect(pages?.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
	});

	it('keeps the Code Quality report of check:content', () => {
		for (const job of Object.values(jobs)) {
			expect(job.script).toContain('npm run check:content -- --format gitlab --output gl-code-quality-report.json');
			expect(job.artifacts?.reports?.codequality).toBe('gl-code-quality-report.json');
		}
	});

	it('rejects a misspelt job keyword', () => {
		expect(() => gitlabJob.parse({ stage: 'deploy', scirpt: ['x'] })).toThrow();
	});
});

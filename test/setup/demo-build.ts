import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The demo archive built once for all tests: its dist/ and generated folders. */
		demo: { outDir: string; generatedDir: string; contentDir: string };
	}
}

/** Builds the demo archive (content/) once before the tests that read the built site; removes it afterwards. */
export default function setup(project: TestProject): () => void {
	const root = path.resolve(import.meta.dirname, '../..');
	// A folder of this run's own, so two test runs at the same time never share a build.
	const workDir = mkdtempSync(path.join(tmpdir(), 'protokollarkiv-demo-'));
	const build = buildSite(path.join(root, 'content'), workDir, { SOURCE_DATE_EPOCH: '1767225600' });
	if (build.status !== 0) throw new Error(`The demo archive did not build:\n${build.output}`);
	project.provide('demo', { outDir: build.outDir, generatedDir: build.generatedDir, contentDir: build.contentDir });
	return () => rmSync(workDir, { recursive: true, force: true });
}

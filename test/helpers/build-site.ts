import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { staffEnvironment, tempProject } from './temp-project.ts';

/** Where a test build puts its files. */
export interface SiteBuild {
	contentDir: string;
	generatedDir: string;
	outDir: string;
	/** Everything the build printed. */
	output: string;
	status: number;
}

/**
 * Runs the real build (`scripts/cli/build.ts`) on a content folder into `workDir`, as `npm run build` would.
 * It runs in a copy of the project (node_modules linked), because Astro keeps project-wide state in `.astro/`
 * that two builds in one folder at the same time would overwrite; pass `project` (from `tempProject`) to build
 * in one that the caller owns and removes, as a second build of the same archive needs for Astro's build cache.
 */
export function buildSite(contentDir: string, workDir: string, env: NodeJS.ProcessEnv = {}, ownProject?: string): SiteBuild {
	const project = ownProject ?? tempProject('protokollarkiv-build-');
	const generatedDir = path.join(workDir, 'generated');
	const outDir = path.join(workDir, 'dist');
	try {
		const result = spawnSync(path.join(project, 'node_modules', '.bin', 'tsx'), ['scripts/cli/build.ts'], {
			cwd: project,
			encoding: 'utf8',
			env: {
				...staffEnvironment(),
				PATH: `${path.join(project, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
				ARCHIVE_CONTENT_DIR: contentDir,
				ARCHIVE_GENERATED_DIR: generatedDir,
				ARCHIVE_OUT_DIR: outDir,
				ARCHIVE_BUILD_DIR: path.join(workDir, 'staging'),
				ARCHIVE_CACHE_DIR: path.join(workDir, 'astro-cache'),
				ARCHIVE_CONVERT_CACHE: 'off',
				...env,
			},
			maxBuffer: 64 * 1024 * 1024,
		});
		return { contentDir, generatedDir, outDir, output: `${result.stdout}\n${result.stderr}`, status: result.status ?? 1 };
	} finally {
		if (!ownProject) rmSync(project, { recursive: true, force: true });
	}
}

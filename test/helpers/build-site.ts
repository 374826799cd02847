import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Where a test build puts its files. */
export interface SiteBuild {
	contentDir: string;
	generatedDir: string;
	outDir: string;
	/** Everything the build printed. */
	output: string;
	status: number;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the real build (`scripts/cli/build.ts`) on a content folder into `workDir`, as `npm run build` would. */
export function buildSite(contentDir: string, workDir: string, env: NodeJS.ProcessEnv = {}): SiteBuild {
	const generatedDir = path.join(workDir, 'generated');
	const outDir = path.join(workDir, 'dist');
	const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/cli/build.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
			ARCHIVE_CONTENT_DIR: contentDir,
			ARCHIVE_GENERATED_DIR: generatedDir,
			ARCHIVE_OUT_DIR: outDir,
			ARCHIVE_BUILD_DIR: path.join(workDir, 'staging'),
			ARCHIVE_CACHE_DIR: path.join(workDir, 'astro-cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
			...env,
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	return { contentDir, generatedDir, outDir, output: `${result.stdout}\n${result.stderr}`, status: result.status ?? 1 };
}

import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What a project of its own needs besides node_modules (which is linked, not copied). */
const projectFiles = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'content', 'public'];

/**
 * Copies the generator and the demo content into a fresh folder with node_modules linked, so Astro's
 * project-wide state (`.astro/content-modules.mjs`, `.astro/data-store.json`) is its own and other builds
 * or dev servers running in the project at the same time cannot overwrite it.
 */
export function tempProject(prefix: string): string {
	const root = mkdtempSync(path.join(tmpdir(), prefix));
	for (const name of projectFiles.filter((file) => existsSync(path.join(projectRoot, file)))) {
		cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
	}
	symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
	return root;
}

/** Variables that vitest sets from `import.meta.env` and that Astro would take over: `BASE_URL=/` replaces `basePath`. */
const viteEnvironment = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'NODE_ENV', 'TEST']);

/**
 * The environment a person's shell would give: without the ARCHIVE_* overrides (so the generator uses the project's
 * default folders), without VITEST* (under which Astro's dev server serves no pages: vite-plugin-astro-server returns
 * early) and without the import.meta.env values vitest puts into process.env (BASE_URL=/ overrides `base`).
 */
export function staffEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const kept = Object.entries(env).filter(([key]) => !key.startsWith('ARCHIVE_') && !key.startsWith('VITEST') && !viteEnvironment.has(key));
	return { ...Object.fromEntries(kept), ASTRO_TELEMETRY_DISABLED: '1' };
}

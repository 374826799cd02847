import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './run-cli.ts';

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

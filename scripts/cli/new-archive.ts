/**
 * Command-line entry of `npm run new-archive -- <folder>` (and `protokollarkiv init <folder>`): creates a content
 * repository that depends on this generator: `content/` with one body and an example minutes file with its sidecar,
 * a commented `archive.yml`, `package.json`, a three-line `astro.config.mjs`, the GitHub Pages and GitLab Pages
 * workflows, a README in Swedish for staff and `.gitignore`. Never writes into a folder that has files.
 */
import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isCommandLineEntry } from './is-command-line-entry.ts';

const generatorRoot = path.resolve(import.meta.dirname, '../..');
const starterDir = path.join(generatorRoot, 'scripts', 'starter');

/** The starter's `package.json`: the generator as a dependency, Node provisioned as this repository does. */
export function starterPackage(name: string, generator: { version: string; astro: string; node: string }): string {
	const manifest = {
		name,
		private: true,
		type: 'module',
		scripts: {
			build: 'protokollarkiv build',
			dev: 'protokollarkiv dev',
			check: 'protokollarkiv check',
			new: 'protokollarkiv new',
			convert: 'protokollarkiv convert',
			preview: 'astro preview',
		},
		dependencies: { astro: generator.astro, protokollarkiv: `^${generator.version}` },
		// The `node` package puts the Node the generator needs first on the PATH of `npm run`, whatever Node the machine has.
		devDependencies: { node: generator.node },
		allowScripts: { esbuild: true, node: true },
	};
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A package name from the folder's name: lower case, letters, digits and dashes. */
export function packageName(folder: string): string {
	const name = path
		.basename(path.resolve(folder))
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-|-$/gu, '');
	return name || 'protokollarkiv-innehall';
}

/** Writes the starter into `folder`; returns the files written, relative to it. */
export async function newArchive(folder: string): Promise<string[]> {
	const target = path.resolve(folder);
	const existing = await readdir(target).catch(() => []);
	if (existing.length > 0) throw new Error(`${folder} is not empty: the starter is only written into a new or empty folder.`);
	await mkdir(target, { recursive: true });
	await cp(starterDir, target, { recursive: true });
	// npm leaves dot-files out of a package, so the starter keeps them as `_name` and they get their dot here.
	for (const name of await readdir(target)) {
		if (name.startsWith('_')) await rename(path.join(target, name), path.join(target, `.${name.slice(1)}`));
	}
	const own = JSON.parse(await readFile(path.join(generatorRoot, 'package.json'), 'utf8')) as {
		version: string;
		dependencies: { astro: string };
		devDependencies: { node: string };
	};
	// The Astro and Node this version of the generator was built and tested with, pinned as it pins them.
	const generator = { version: own.version, astro: own.dependencies.astro, node: own.devDependencies.node };
	await writeFile(path.join(target, 'package.json'), starterPackage(packageName(target), generator));
	const written = await readdir(target, { recursive: true, withFileTypes: true });
	return written
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

if (isCommandLineEntry(import.meta.url)) {
	const [folder] = process.argv.slice(2);
	if (!folder) {
		console.error('Usage: npm run new-archive -- <folder>');
		process.exitCode = 2;
	} else {
		try {
			const files = await newArchive(folder);
			console.log(`Created an archive in ${folder}/ (${files.length} files). Next:\n  cd ${folder}\n  npm install\n  npm run build`);
		} catch (error) {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		}
	}
}

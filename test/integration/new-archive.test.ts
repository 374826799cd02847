import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newArchive, packageName, starterPackage } from '../../scripts/cli/new-archive.ts';

const own = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
	version: string;
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};

/** The fields of the starter's package.json these tests read. */
type StarterManifest = Record<'dependencies' | 'devDependencies' | 'allowScripts' | 'scripts', Record<string, string | boolean>>;

const folders: string[] = [];
afterEach(async () => {
	await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
async function emptyFolder(): Promise<string> {
	const folder = await mkdtemp(path.join(tmpdir(), 'new-archive-'));
	folders.push(folder);
	return folder;
}

describe('packageName: a package name from a folder', () => {
	it('folds Swedish letters and spaces into a valid name', () => {
		expect(packageName('/tmp/Protokoll Överkalix kommun')).toBe('protokoll-overkalix-kommun');
		expect(packageName('arkiv_2026/')).toBe('arkiv-2026');
	});
	it('falls back to a name when nothing is left', () => {
		expect(packageName('/tmp/___')).toBe('protokollarkiv-innehall');
	});
});

describe('starterPackage: the content repository depends on the generator', () => {
	const manifest = JSON.parse(starterPackage('arkiv', { version: '0.3.1', astro: '7.3.5', node: '24.21.0' })) as StarterManifest;
	it('depends on this version line of the generator and the Astro it was tested with', () => {
		expect(manifest.dependencies).toEqual({ protokollarkiv: '^0.3.1', astro: '7.3.5' });
	});
	it('provisions Node and lets its install script run', () => {
		expect(manifest.devDependencies).toEqual({ node: '24.21.0' });
		expect(manifest.allowScripts).toMatchObject({ node: true, esbuild: true });
	});
	it('runs the generator for build, dev, check and new minutes', () => {
		expect(manifest.scripts).toMatchObject({
			build: 'protokollarkiv build',
			dev: 'protokollarkiv dev',
			check: 'protokollarkiv check',
			new: 'protokollarkiv new',
		});
	});
});

describe('newArchive: a content repository with only what staff edit', () => {
	it('writes content, configuration, workflows and a README with their dot-files named', async () => {
		const folder = path.join(await emptyFolder(), 'Exempelkommunen');
		const files = await newArchive(folder);
		expect(files).toEqual(
			expect.arrayContaining([
				'.github/workflows/publish.yml',
				'.gitignore',
				'.gitlab-ci.yml',
				'README.md',
				'astro.config.mjs',
				'content/archive.yml',
				'content/minutes/kommunstyrelsen/2026-01-20.txt',
				'content/minutes/kommunstyrelsen/2026-01-20.yml',
				'package.json',
				'src/content.config.ts',
			]),
		);
		expect(files.some((file) => path.basename(file).startsWith('_'))).toBe(false);
		// No generator code is copied: the site comes from the package.
		expect(files.filter((file) => file.startsWith('src/'))).toEqual(['src/content.config.ts']);
	});

	it('pins the generator it was created from', async () => {
		const folder = await emptyFolder();
		await newArchive(folder);
		const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as StarterManifest;
		expect(manifest.dependencies.protokollarkiv).toBe(`^${own.version}`);
		expect(manifest.dependencies.astro).toBe(own.dependencies.astro);
		expect(manifest.devDependencies.node).toBe(own.devDependencies.node);
	});

	it('uses the integration in a three-line astro.config.mjs', async () => {
		const folder = await emptyFolder();
		await newArchive(folder);
		const config = await readFile(path.join(folder, 'astro.config.mjs'), 'utf8');
		expect(config.trim().split('\n')).toHaveLength(3);
		expect(config).toContain("import protokollarkiv from 'protokollarkiv'");
		expect(config).toContain('integrations: [protokollarkiv()]');
	});

	it('has one body whose example minutes lie in its folder', async () => {
		const folder = await emptyFolder();
		await newArchive(folder);
		const archive = parse(await readFile(path.join(folder, 'content/archive.yml'), 'utf8')) as { bodies: { id: string }[]; license: string };
		expect(archive.bodies.map((body) => body.id)).toEqual(['kommunstyrelsen']);
		expect(archive.license).toBe('CC0-1.0');
	});

	it('never writes into a folder that has files', async () => {
		const folder = await emptyFolder();
		await writeFile(path.join(folder, 'egen.txt'), 'finns redan');
		await expect(newArchive(folder)).rejects.toThrow(/not empty/u);
		expect(await readFile(path.join(folder, 'egen.txt'), 'utf8')).toBe('finns redan');
	});
});

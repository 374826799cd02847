/**
 * The folders import each other in one direction, the one the README's "How it works" describes: the schemas
 * (`src/schema/`, the contract between converter and site) import nothing of ours; the converter's pure stages
 * (`scripts/pipeline/`) import nothing of the site but those schemas and never touch the file system; the site
 * (`src/`) uses the converter's pure rules (slugs, case numbers, name keys) but not its command-line entries,
 * which only the integration (`src/integration/`) runs; and what the package ships never imports the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Every source file under `folder`, relative to the repository's root. */
function sources(folder: string): string[] {
	return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/u.test(entry.name) && !entry.name.endsWith('.d.ts'))
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** What a file imports: each specifier, relative ones resolved to a path from the repository's root. */
function imports(file: string): string[] {
	const text = readFileSync(path.join(root, file), 'utf8');
	const specifiers = [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/gmu)].map(
		(match) => match[1] ?? match[2] ?? '',
	);
	return specifiers.map((specifier) => (specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier));
}

/** The imports of the files under `folder` that `allowed` rejects, as `file → import`. */
function violations(folder: string, allowed: (target: string, file: string) => boolean): string[] {
	return sources(folder).flatMap((file) =>
		imports(file)
			.filter((target) => !allowed(target, file))
			.map((target) => `${file} → ${target}`),
	);
}

const ours = (target: string) => /^(src|scripts|test|content)\//u.test(target);

describe('the direction of imports', () => {
	it('the schemas import only zod and each other', () => {
		expect(violations('src/schema', (target) => target === 'astro/zod' || target === 'zod' || target.startsWith('src/schema/'))).toEqual([]);
	});

	it('the converter imports nothing of the site but the schemas', () => {
		expect(violations('scripts/pipeline', (target) => !target.startsWith('src/') || target.startsWith('src/schema/'))).toEqual([]);
	});

	it('the converter never touches the file system: only the command-line entries do', () => {
		expect(violations('scripts/pipeline', (target) => !/^(node:)?(fs|fs\/promises|child_process)$/u.test(target))).toEqual([]);
	});

	it('the site uses the converter’s pure stages, and only the integration runs its command-line entries', () => {
		const allowed = (target: string, file: string) =>
			!target.startsWith('scripts/') || target.startsWith('scripts/pipeline/') || file.startsWith('src/integration/');
		expect(violations('src', allowed)).toEqual([]);
	});

	it('the site and the converter read no environment variables: the command-line entries do, and the integration hands them on', () => {
		const reading = [...sources('src'), ...sources('scripts/pipeline')].filter((file) => readFileSync(path.join(root, file), 'utf8').includes('process.env'));
		expect(reading).toEqual([]);
	});

	it('nothing the package ships imports the tests or the benchmarks (they are not in the package)', () => {
		const allowed = (target: string) => !ours(target) || !/^(test|scripts\/bench)\//u.test(target);
		expect(['src', 'scripts/cli', 'scripts/pipeline'].flatMap((folder) => violations(folder, allowed))).toEqual([]);
	});
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffEnvironment, tempProject } from '../helpers/temp-project.ts';

let project = '';
let dist = '';
let build = { status: 1, output: '' };

/** Every file under `dir` with one of the extensions, as paths relative to `dir`. */
function filesIn(dir: string, extensions: readonly string[]): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && extensions.includes(path.extname(entry.name)))
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

beforeAll(() => {
	// One build of the demo archive served under /arkiv/, in a project copy of its own (Astro's .astro/ is per project).
	project = tempProject('base-path-');
	const settings = path.join(project, 'content', 'archive.yml');
	writeFileSync(
		settings,
		readFileSync(settings, 'utf8')
			.replace(/^basePath: .*$/m, 'basePath: /arkiv/')
			.replace(/^baseUrl: .*$/m, 'baseUrl: https://www.example.se/'),
	);
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: project,
		encoding: 'utf8',
		env: { ...staffEnvironment(), SOURCE_DATE_EPOCH: '1767225600', ARCHIVE_CACHE_DIR: path.join(project, '.astro-cache') },
		maxBuffer: 64 * 1024 * 1024,
	});
	build = { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
	dist = path.join(project, 'dist');
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a build with basePath: /arkiv/', () => {
	it('succeeds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('links, loads and submits only under /arkiv/ on every page', () => {
		const outside: string[] = [];
		const pages = filesIn(dist, ['.html']);
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(path.join(dist, page), 'utf8');
			for (const match of html.matchAll(/\s(?:href|src|action|poster|data-[\w-]+)="(\/[^"]*)"/g)) {
				if (!match[1]?.startsWith('/arkiv/')) outside.push(`${page}: ${match[0].trim()}`);
			}
			for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
				for (const candidate of (match[1] ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
					if (candidate.startsWith('/') && !candidate.startsWith('/arkiv/')) outside.push(`${page}: srcset ${candidate}`);
				}
			}
		}
		expect(outside).toEqual([]);
	});

	it('gives absolute addresses (canonical links, feeds, open data) the sub-path too', () => {
		const outside: string[] = [];
		for (const file of filesIn(dist, ['.html', '.xml', '.json', '.txt', '.webmanifest']).filter(
			(name) => !name.startsWith(`pagefind${path.sep}`) && !name.startsWith(`original${path.sep}`),
		)) {
			const text = readFileSync(path.join(dist, file), 'utf8');
			for (const match of text.matchAll(/https:\/\/www\.example\.se(\/[^"'<\s)]*)?/g)) {
				if (!(match[1] ?? '').startsWith('/arkiv/')) outside.push(`${file}: ${match[0]}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('points stylesheets (url(...)) at the sub-path', () => {
		const outside = filesIn(dist, ['.css', '.html']).flatMap((file) =>
			[...readFileSync(path.join(dist, file), 'utf8').matchAll(/url\(\s*['"]?(\/[^'")]*)/g)]
				.filter((match) => !match[1]?.startsWith('/arkiv/'))
				.map((match) => `${file}: ${match[0]}`),
		);
		expect(outside).toEqual([]);
	});
});

describe('what to copy to the web server', () => {
	it('is a folder of static files: one index.html per page, search bundle and original files included', () => {
		expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
		expect(existsSync(path.join(dist, '404.html'))).toBe(true);
		expect(existsSync(path.join(dist, 'organ', 'halland-krf', '2023-02-01', 'index.html'))).toBe(true);
		expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(path.join(dist, 'original', 'halland-krf', '2023-02-01.txt'))).toBe(true);
	});

	it('holds no server code', () => {
		for (const name of ['server', '_worker.js', 'entry.mjs', '_redirects']) expect(existsSync(path.join(dist, name)), name).toBe(false);
		expect(filesIn(dist, ['.mjs', '.cjs', '.php'])).toEqual([]);
	});
});

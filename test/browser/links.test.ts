/**
 * Link checker over the whole built site: every internal `href`, `src` and form `action` in every
 * HTML file resolves to a file in dist/ (under the base path, with the trailing slashes the site
 * uses), and every `#fragment` is an id on the target page. Links to other sites are listed, not
 * fetched. Absolute links to the site's own public address (canonical links) count as internal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type HtmlElement, HtmlValidate, Parser, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { basePathOf, htmlFiles, sitePathOf } from '../helpers/browser.ts';

const { outDir, contentDir } = inject('demo');
const basePath = basePathOf(contentDir);
const settings = parse(readFileSync(path.join(contentDir, 'archive.yml'), 'utf8')) ?? {};
/** The site's public address with its base path, e.g. `https://example.org/arkiv/`. */
const publicBase = settings.baseUrl ? new URL(basePath, settings.baseUrl).href : null;
/** Stand-in origin for resolving links; only the path matters. */
const local = 'http://site.invalid';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the character references html-validate leaves in attribute values. */
function decode(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
		return entities[ref.toLowerCase()] ?? whole;
	});
}

interface Page {
	file: string;
	ids: Set<string>;
	links: { attr: string; value: string; tag: string }[];
}

const pages = new Map<string, Page>();
const external = new Map<string, Set<string>>();
const problems: string[] = [];

/** The HTML file a site path maps to, or null: `/organ/` → `organ/index.html`. */
function fileFor(pathname: string): { file: string | null; reason?: string } {
	if (!pathname.startsWith(basePath)) return { file: null, reason: `outside the base path ${basePath}` };
	let rel: string;
	try {
		rel = decodeURIComponent(pathname.slice(basePath.length));
	} catch {
		return { file: null, reason: 'badly escaped' };
	}
	const full = path.join(outDir, rel);
	if (!full.startsWith(outDir)) return { file: null, reason: 'escapes the site' };
	if (rel === '' || rel.endsWith('/')) {
		return existsSync(path.join(full, 'index.html')) ? { file: path.join(rel, 'index.html') } : { file: null, reason: 'no index.html' };
	}
	if (!existsSync(full)) return { file: null, reason: 'no such file' };
	if (statSync(full).isDirectory()) return { file: null, reason: 'a folder linked without its trailing slash' };
	return { file: rel };
}

function ids(file: string): Set<string> | null {
	return pages.get(file)?.ids ?? null;
}

beforeAll(async () => {
	const hv = new HtmlValidate(new StaticConfigLoader({ extends: [] }));
	const parser = new Parser(await hv.getConfigFor('page.html'));
	for (const file of htmlFiles(outDir)) {
		const doc = parser.parseHtml(readFileSync(path.join(outDir, file), 'utf8'));
		const page: Page = { file, ids: new Set(), links: [] };
		for (const el of doc.querySelectorAll('[id]')) if (el.id) page.ids.add(decode(el.id));
		for (const el of doc.querySelectorAll('[href], [src], form[action]') as HtmlElement[]) {
			for (const attr of ['href', 'src', 'action']) {
				const value = el.getAttributeValue(attr);
				if (value !== null) page.links.push({ attr, value: decode(value), tag: el.tagName });
			}
		}
		pages.set(file, page);
	}
	for (const page of pages.values()) {
		// 404.html is served at any address, so its links must not be relative.
		const where = page.file === '404.html' ? `${local}/a/b/c/` : local + basePath + sitePathOf(page.file).slice(1);
		for (const { attr, value, tag } of page.links) {
			const at = `${page.file}: <${tag} ${attr}="${value}">`;
			if (page.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) problems.push(`${at} is relative, but 404.html is served at any address`);
			if (/^(mailto|tel|data):/i.test(value)) continue;
			if (/^javascript:/i.test(value)) {
				problems.push(`${at} uses javascript:`);
				continue;
			}
			if (value.startsWith('#')) {
				// Same page, wherever it is served.
				if (value.length < 2) problems.push(`${at} is an empty fragment`);
				else if (!page.ids.has(decodeURIComponent(value.slice(1).split(':~:')[0] ?? ''))) problems.push(`${at} is not an id on this page`);
				continue;
			}
			let url: URL;
			if (publicBase && value.startsWith(publicBase)) url = new URL(basePath + value.slice(publicBase.length), local);
			else url = new URL(value, where);
			if (url.origin !== local) {
				if (!external.has(url.href)) external.set(url.href, new Set());
				external.get(url.href)!.add(page.file);
				continue;
			}
			const target = fileFor(url.pathname);
			if (!target.file) {
				problems.push(`${at} → ${url.pathname}: ${target.reason}`);
				continue;
			}
			if (url.hash.length > 1 && target.file.endsWith('.html')) {
				// a text fragment (`#punkt-12:~:text=…`) is a directive to the browser, not part of the id
				const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
				if (url.hash.includes(':~:') && !/^:~:text=[^&]+$/u.test(url.hash.slice(url.hash.indexOf(':~:')))) problems.push(`${at} has a malformed text fragment`);
				const targetIds = ids(target.file.split(path.sep).join('/'));
				if (!targetIds?.has(fragment)) problems.push(`${at} → #${fragment} is not an id on ${target.file}`);
			} else if (url.hash === '#') problems.push(`${at} is an empty fragment`);
		}
	}
});

describe('links', () => {
	it('finds pages and links to check', () => {
		expect(pages.size).toBeGreaterThan(20);
		expect([...pages.values()].reduce((n, p) => n + p.links.length, 0)).toBeGreaterThan(1000);
	});

	it('resolves every internal href, src and action to a file, and every fragment to an id', () => {
		expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
	});

	it('lists links to other sites (not fetched)', () => {
		const list = [...external].map(([url, from]) => `${url}  (${from.size} page${from.size === 1 ? '' : 's'}, e.g. ${[...from][0]})`).sort();
		console.log(`External links (${list.length}), not fetched:\n${list.map((l) => `  ${l}`).join('\n')}`);
		for (const url of external.keys()) expect(url, 'external links use https').toMatch(/^https:\/\//);
	});
});

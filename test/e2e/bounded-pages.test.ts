import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const { outDir, contentDir } = inject('demo');

/** The HTML of a page of the built demo site, by its URL path. */
function page(url: string): string {
	return readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
}

/** Every built HTML file, as a site path (`organ/halland-krf/index.html`). */
function htmlFiles(): string[] {
	return readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
}

/** The `<li>` elements of the decisions section (`id="beslut"`) of a page. */
function decisionItems(html: string): string[] {
	const start = html.indexOf('id="beslut"');
	if (start < 0) return [];
	const section = html.slice(start, html.indexOf('</section>', start));
	return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
}

/** The page-navigation landmarks (year and letter pages) of a page, with their links. */
function pageNavs(html: string): { label: string; links: { href: string; current: boolean }[] }[] {
	return [...html.matchAll(/<nav aria-label="([^"]+)" class="letters page-nav">([\s\S]*?)<\/nav>/g)].map((m) => ({
		label: m[1]!,
		links: [...m[2]!.matchAll(/<a href="([^"]+)"( aria-current="page")?/g)].map((a) => ({ href: a[1]!, current: Boolean(a[2]) })),
	}));
}

describe('decisions on a topic page', () => {
	const sentence = 'KRF hade dialog om beslutsnivå och rekommenderar styrelsenivå som lämplig beslutsnivå för besvarande av remissen.';
	const items = decisionItems(page('amnen/regional-fysisk-plan'));

	test('show a decision sentence exactly as the minutes write it, with its kind', () => {
		expect(readFileSync(path.join(contentDir, 'minutes/halland-krf/2024-dialog-med-skr.txt'), 'utf8')).toContain(sentence);
		const row = items.find((li) => li.includes(sentence));
		expect(row).toBeDefined();
		expect(row).toContain('<span class="tag tag-decision">Beslut</span>');
	});

	test('link each decision to its item on the meeting page', () => {
		const row = items.find((li) => li.includes(sentence))!;
		const link = /<a href="(\/organ\/halland-krf\/2024-dialog-med-skr\/)#(punkt-\d+)">/.exec(row);
		expect(link).not.toBeNull();
		const meeting = page(link![1]!);
		expect(meeting).toContain(`id="${link![2]}"`);
		expect(meeting).toContain(sentence);
	});
});

describe('decisions on a body page', () => {
	const html = page('organ/halland-krf');

	test('the body page of halland-krf shows its decisions, newest first, each linking to an item', () => {
		const items = decisionItems(html);
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((li) => /<a href="\/organ\/halland-krf\/[^"/]+\/#punkt-[^"]+">/.test(li))).toBe(true);
		const dates = items.map((li) => /datetime="([^"]+)"/.exec(li)![1]!);
		expect([...dates].sort().reverse()).toEqual(dates);
	});

	test('links every year of the body to its year page', () => {
		const [nav] = pageNavs(html);
		expect(nav!.links.map((l) => l.href)).toEqual(expect.arrayContaining(['/organ/halland-krf/ar/2023/', '/organ/halland-krf/ar/2019/']));
		expect(nav!.links.some((l) => l.current)).toBe(false);
	});

	test('a year page of the body lists that year’s meetings and decisions and marks itself in the navigation', () => {
		const year = page('organ/halland-krf/ar/2023');
		expect(year.match(/<h1[\s>]/g)).toHaveLength(1);
		expect(year).toContain('href="/organ/halland-krf/2023-02-01/"');
		expect(year).not.toContain('href="/organ/halland-krf/2019-06-kopenhamn/"');
		const [nav] = pageNavs(year);
		expect(nav!.links.filter((l) => l.current).map((l) => l.href)).toEqual(['/organ/halland-krf/ar/2023/']);
	});
});

describe('pagination across the demo site', () => {
	const files = htmlFiles();
	const navs = files.flatMap((file) => pageNavs(readFileSync(path.join(outDir, file), 'utf8')).map((nav) => ({ file, ...nav })));

	test('has page navigations to check', () => expect(navs.length).toBeGreaterThan(0));

	test('every pagination link resolves to a built page', () => {
		const missing = navs.flatMap(({ file, links }) =>
			links.filter((l) => !existsSync(path.join(outDir, l.href, 'index.html'))).map((l) => `${file} → ${l.href}`),
		);
		expect(missing).toEqual([]);
	});

	test('marks at most one link as the current page, and only on the page it points to', () => {
		for (const { file, links } of navs) {
			const current = links.filter((l) => l.current);
			expect(current.length, file).toBeLessThanOrEqual(1);
			if (current[0]) expect(path.join(current[0].href.slice(1), 'index.html'), file).toBe(file);
		}
	});

	test('year pages sit one level below the page they split, where no meeting, person or topic page can be', () => {
		const yearPages = files.filter((f) => /\/ar\/[^/]+\/index\.html$/.test(f) && !f.startsWith('arenden/ar/'));
		expect(yearPages.length).toBeGreaterThan(0);
		for (const file of yearPages) expect(file, file).toMatch(/^(organ|personer|amnen|arenden)\/[^/]+\/ar\/(\d{4}|utan-datum)\/index\.html$/);
	});

	test('keeps every page under 200 kB', () => {
		const large = files.filter((f) => readFileSync(path.join(outDir, f)).length > 200_000);
		expect(large).toEqual([]);
	});
});

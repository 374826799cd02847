import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const { outDir } = inject('demo');

/** The HTML of a page of the built demo site, by its URL path. */
function page(url: string): string {
	return readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
}

/** What a reader sees: the text of the HTML without tags, entities decoded, white space folded. */
function text(html: string): string {
	return html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<\/?(a|span|strong|em|b|i|abbr|time|code|mark|small)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
}

function allHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}

describe('a meeting page of the demo archive', () => {
	const html = page('organ/halland-krf/2024-dialog-med-skr');
	const body = text(html);

	test('shows the attendees with party, organisation and role, and the absent ones', () => {
		expect(body).toMatch(/Mikaela Waltersson \(M\), Region Halland, ordförande/);
		expect(body).toContain('Anders Henriksson, SKR, delvis: p. 1');
		expect(body).toContain('Frånvarande');
		expect(body).toMatch(/Ronny Löfquist \(S\), Hylte kommun, vice ordförande/);
		expect(html).toContain('href="/personer/mikaela-waltersson/"');
	});

	test('shows partial presence as written', () => {
		expect(body).toMatch(/Jan Törnell[\s\S]*?p\. 3-5/);
		expect(body).toMatch(/Erik Hansson[\s\S]*?p\. 3–5/);
	});

	test('lists every item with its title as written and an anchor', () => {
		for (const [anchor, title] of [
			['punkt-1', '1. Dialog med Anders Henriksson, ordförande SKR'],
			['punkt-3', '3. Regional fysisk plan - Information framtagandeprocess'],
			['punkt-5', '5. Region Hallands remissyttrande på Trafikverkets inriktningsunderlag för infrastrukturplaneringen perioden 2026–2037'],
		]) {
			expect(html).toContain(`id="${anchor}"`);
			expect(body).toContain(title);
		}
	});

	test('says that the exact date is not stated in the minutes', () => {
		expect(body).toContain('2024');
		expect(body).toContain('Exakt datum anges inte i protokollet');
	});

	test('links the original file, which is published', () => {
		expect(html).toContain('href="/original/halland-krf/2024-dialog-med-skr.txt"');
		expect(existsSync(path.join(outDir, 'original/halland-krf/2024-dialog-med-skr.txt'))).toBe(true);
	});
});

describe('text repair on the demo archive', () => {
	test('no page footer reaches any page', () => {
		for (const file of allHtmlFiles(outDir)) {
			const body = text(readFileSync(file, 'utf8'));
			expect(body, file).not.toContain('Justerares sign');
			expect(body, file).not.toContain('Utdragsbestyrkande');
		}
	});

	test('a sentence cut by a page break is one paragraph again', () => {
		const html = page('organ/halland-krf/2023-02-01');
		expect(html).toMatch(/Om man är parter inom KRF som till exempel i samband med Hemssjukvårdsöverenskommelsen verkar det dock hämmande/);
	});

	test('a hard-wrapped file reads as whole paragraphs, with a word hyphenated at a line end joined', () => {
		const body = text(page('organ/halland-krf/2019-06-kopenhamn'));
		expect(body).toContain('får en presentation gällande planeringsförutsättningarna.');
		expect(body).toContain('Ann-Charlotte Järnström');
	});
});

describe('a person page of the demo archive', () => {
	test('lists every meeting the person attended, across the forum’s years', () => {
		const body = text(page('personer/mikaela-waltersson'));
		expect(body).toContain('Mikaela Waltersson');
		for (const url of ['/organ/halland-krf/2019-06-kopenhamn/', '/organ/halland-krf/2023-02-01/', '/organ/halland-krf/2024-dialog-med-skr/']) {
			expect(page('personer/mikaela-waltersson')).toContain(`href="${url}`);
		}
	});

	test('one person written two ways has one page with both meetings', () => {
		const html = page('personer/mattias-rosskold');
		expect(html).toContain('href="/organ/halland-krf/2023-02-01/');
		expect(html).toContain('href="/organ/halland-krf/2024-dialog-med-skr/');
		expect(existsSync(path.join(outDir, 'personer/matthias-rosskold'))).toBe(false);
	});
});

describe('the search index of the demo archive', () => {
	test('exists, in Swedish, with every meeting page', () => {
		const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['sv']);
		expect(entry.languages.sv?.page_count).toBe(5);
		expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
	});

	test('every page is in Swedish and only the search page loads a script', () => {
		for (const file of allHtmlFiles(outDir)) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).toMatch(/<html[^>]*lang="sv"/);
			const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)];
			if (!file.includes(`${path.sep}sok${path.sep}`)) expect(scripts, file).toEqual([]);
		}
	});
});

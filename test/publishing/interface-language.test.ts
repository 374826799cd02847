/**
 * The interface in another language, through the real build: `language: en` in archive.yml gives English pages
 * (every label, heading, date and count) around minutes that stay as written, in Swedish and marked `lang="sv"`;
 * the archive's own strings (`content/i18n/en.yml`) replace the generator's; a key that does not exist stops the
 * build with the file and the key named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltArchive, buildArchive, exampleArchiveYml } from '../helpers/build-archive.ts';
import { readPage, voids } from '../helpers/read-page.ts';

const archive = (language: string) => exampleArchiveYml({ title: 'Exempelby minutes archive', language });

const minutes = `Kommunstyrelsen
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-05-14

Plats och tid: Kommunhuset, kl. 13.00–15.00

Beslutande
Anna Ek (S)
Per Berg (M)

§ 1 Budget för vinterväghållning 2025
Dnr KS 2024/12

Kommunstyrelsen beslutar att godkänna förslaget.
`;

/** The elements marked as Swedish (`lang="sv"`) left out of a page's HTML, with everything inside them. */
function withoutSwedish(html: string): string {
	let out = '';
	let skipping: { tag: string; depth: number } | null = null;
	let last = 0;
	for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/gu)) {
		const [tag, closing, name = '', attributes = ''] = match;
		const at = match.index ?? 0;
		if (skipping) {
			if (name === skipping.tag) skipping.depth += closing ? -1 : voids.has(name) ? 0 : 1;
			if (skipping.depth === 0) {
				skipping = null;
				last = at + tag.length;
			}
			continue;
		}
		if (!closing && /\slang="sv"/u.test(attributes) && !voids.has(name) && name !== 'html') {
			out += html.slice(last, at);
			skipping = { tag: name, depth: 1 };
		}
	}
	return out + (skipping ? '' : html.slice(last));
}

const pages = [
	'',
	'organ/ks/2024-05-14',
	'organ/ks',
	'organ',
	'personer/anna-ek',
	'personer',
	'moten',
	'moten/2024',
	'sok',
	'om',
	'data',
	'arenden',
	'arenden/ks-2024-12',
	'amnen',
	'partier',
	'partier/s',
];

let site: BuiltArchive;
beforeAll(() => {
	site = buildArchive('interface-en-', archive('en'), { 'minutes/ks/2024-05-14.txt': minutes, 'i18n/en.yml': 'nav:\n  about: About the archive\n' });
}, 240_000);
afterAll(() => site.remove());

describe('an archive whose interface is in English', () => {
	it('builds', () => expect(site.build.status, site.build.output).toBe(0));
	it('says the pages are in English and marks the minutes as Swedish', () => {
		const html = site.html('organ/ks/2024-05-14');
		expect(html).toMatch(/<html lang="en"/u);
		expect(html).toContain('<div class="minutes" lang="sv">');
		expect(html).toMatch(/<a href="#[^"]+" lang="sv">1\. Budget för vinterväghållning 2025<\/a>/u);
	});
	it('shows the meeting page’s labels, dates and counts in English', () => {
		const { text } = site.page('organ/ks/2024-05-14');
		for (const line of ['Agenda', 'Attendance', 'Source', 'Skip to content']) expect(text).toContain(line);
		expect(text.join('\n')).toContain('14 May 2024');
		expect(text.join('\n')).toContain('Present: 2 people.');
	});
	it('uses the archive’s own strings in place of the generator’s', () => {
		expect(site.page('').links.map(([, label]) => label)).toContain('About the archive');
	});
	it('shows no Swedish outside the minutes on any kind of page', () => {
		for (const url of pages) {
			const text = readPage(withoutSwedish(site.html(url))).text.join('\n');
			// letters English has not, and the little words every Swedish sentence has
			const swedish = text.match(/[^\n]*(?:[åäöÅÄÖ]|(?<![\p{L}])(?:i|och|av|för|till|med|från|som|inte|eller|vid|sidan)(?![\p{L}]))[^\n]*/gu) ?? [];
			expect({ url, swedish }).toEqual({ url, swedish: [] });
		}
	});
});

describe('an archive’s own strings that cannot be used', () => {
	it('stop the build with the file and the key named', () => {
		const built = buildArchive('interface-bad-', archive('sv'), { 'minutes/ks/2024-05-14.txt': minutes, 'i18n/sv.yml': 'nav:\n  meeting: Sammanträden\n' });
		try {
			expect(built.build.status).not.toBe(0);
			expect(built.build.output).toContain('i18n/sv.yml has interface strings that cannot be used');
			expect(built.build.output).toContain('nav.meeting: there is no interface string with this name');
		} finally {
			built.remove();
		}
	}, 240_000);
});

/**
 * The archive's own look, through the real build: a logo with its text alternative, a favicon, its colours (light
 * and dark), links in the header and the footer, all from `theme` in archive.yml; and a colour that does not reach
 * WCAG AA against the background, which stops the build with a message that names the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltArchive, buildArchive, exampleArchiveYml } from '../helpers/build-archive.ts';

const archive = (theme: string) => exampleArchiveYml({ extra: `theme:\n${theme}` });

const minutes =
	'Kommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-05-14\n\nBeslutande\nAnna Ek (S), ordförande\n\n§ 1 Budget 2025\n\nKommunstyrelsen beslutar att godkänna förslaget.\n';
const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#7a1f5c"/></svg>';

let site: BuiltArchive;
beforeAll(() => {
	site = buildArchive(
		'theme-',
		archive(`  logo: { src: tema/logo.svg, alt: Exempelby kommuns logotyp }
  favicon: tema/favicon.svg
  colors:
    primary: { light: "#7a1f5c", dark: "#f0a6d4" }
    accent: "#1d6b34"
  headerLinks:
    - { label: exempelby.se, url: "https://exempelby.se/" }
  footer:
    text: Kommunstyrelsens kansli, 123 45 Exempelby.
    links:
      - { label: Personuppgiftspolicy, url: "https://exempelby.se/personuppgifter" }
`).replace('    accent: "#1d6b34"\n', '    accent: { light: "#1d6b34", dark: "#8fdca4" }\n'),
		{ 'minutes/ks/2024-05-14.txt': minutes, 'tema/logo.svg': logo, 'tema/favicon.svg': logo },
	);
}, 240_000);
afterAll(() => site.remove());

describe('an archive with a theme of its own', () => {
	it('builds', () => expect(site.build.status, site.build.output).toBe(0));
	it('shows the logo with its text alternative before the title, on every page, and publishes the file', () => {
		for (const url of ['', 'organ/ks/2024-05-14']) {
			const html = site.html(url);
			expect(html).toMatch(
				/<a class="site-title" href="\/"><img class="site-logo" src="\/tema\/tema\/logo\.svg" alt="Exempelby kommuns logotyp"><span>Exempelby protokollarkiv<\/span><\/a>/u,
			);
			expect(html).toContain('<link rel="icon" href="/tema/tema/favicon.svg">');
		}
		expect(readFileSync(path.join(site.build.outDir, 'tema', 'tema', 'logo.svg'), 'utf8')).toBe(logo);
	});
	it('uses its colours in light and dark mode', () => {
		const html = site.html('');
		expect(html).toContain(
			':root:root { --link: #7a1f5c; --visited: #7a1f5c; --accent: #1d6b34; } @media (prefers-color-scheme: dark) { :root:root { --link: #f0a6d4; --visited: #f0a6d4; --accent: #8fdca4; } }',
		);
	});
	it('links to the organisation from the header and shows its footer text and links', () => {
		const page = site.page('');
		expect(page.links).toContainEqual(['https://exempelby.se/', 'exempelby.se']);
		expect(page.links).toContainEqual(['https://exempelby.se/personuppgifter', 'Personuppgiftspolicy']);
		expect(page.text).toContain('Kommunstyrelsens kansli, 123 45 Exempelby.');
	});
});

/** Builds an archive with this theme and returns what the failed build printed. */
function failedBuild(theme: string): string {
	const built = buildArchive('theme-bad-', archive(theme), { 'minutes/ks/2024-05-14.txt': minutes });
	try {
		expect(built.build.status).not.toBe(0);
		return built.build.output;
	} finally {
		built.remove();
	}
}

describe('a theme the build refuses', () => {
	it('stops at a colour without enough contrast, naming the field, the ratio and what to do', () => {
		expect(failedBuild('  colors:\n    primary: "#0b57a4"\n')).toContain(
			'`theme.colors.primary`: #0b57a4 reaches 2.5:1 against the dark background #15181c; WCAG AA needs 4.5:1 for text. Choose a lighter colour, or give one for each mode: { light: "#…", dark: "#…" }.',
		);
	}, 120_000);
	it('names a logo file that is not there', () => {
		expect(failedBuild('  logo: { src: tema/logo.svg, alt: Logotyp }\n')).toContain('theme.logo.src: there is no file content/tema/logo.svg.');
	}, 120_000);
});

describe('contrastRatio and themeStyle', () => {
	it('computes WCAG contrast ratios', async () => {
		const { contrastRatio } = await import('../../src/schema/contrast-ratio.ts');
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1);
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});
	it('writes no style without theme colours', async () => {
		const { themeStyle } = await import('../../src/lib/theme-style.ts');
		expect(themeStyle({ colors: {}, headerLinks: [], footer: { links: [] } })).toBe('');
	});
});

/**
 * Adoption as a municipality would do it: the generator packed as it is published (`npm pack`), a starter archive
 * created from it, the tarball installed there from the registry's dependencies, `npm run build`, and the site read
 * as a reader reads it. Then an upgrade to a newer tarball, which must not change any address; and the starter given
 * a look of its own (logo, colours, links) and a footer component of its own, looked at in a browser and checked
 * with axe in light and dark mode.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorSchemes, describeViolations, htmlFiles, launchBrowser, runAxe, type ServedSite, serveSite } from '../helpers/browser.ts';
import { readPage } from '../helpers/read-page.ts';
import { staffEnvironment } from '../helpers/temp-project.ts';

const generatorRoot = path.resolve(import.meta.dirname, '../..');
const own = JSON.parse(readFileSync(path.join(generatorRoot, 'package.json'), 'utf8')) as { version: string };
/** Screenshots for a person to look at; kept after the run. */
const screenshotDir = path.join(generatorRoot, '.cache', 'screenshots');

const work = mkdtempSync(path.join(tmpdir(), 'adoption-'));
const packs = path.join(work, 'packs');
const archive = path.join(work, 'Exempelkommunens arkiv');

/** Runs a command the way staff would in the archive's folder; fails the test with its output when it fails. */
function run(command: string, args: string[], cwd: string): string {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: staffEnvironment(), maxBuffer: 64 * 1024 * 1024 });
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${output}`);
	return output;
}

/** `npm pack` of the generator (optionally with another version), as the registry would hand it out; returns the tarball. */
function pack(version: string): string {
	mkdirSync(packs, { recursive: true });
	if (version === own.version)
		return path.join(packs, run('npm', ['pack', '--silent', '--pack-destination', packs], generatorRoot).trim().split('\n')[0]!.trim());
	// A newer release of the same code: the packed files with another version number, packed again.
	const unpacked = path.join(work, `unpacked-${version}`);
	mkdirSync(unpacked, { recursive: true });
	run('tar', ['-xzf', pack(own.version), '-C', unpacked], work);
	const manifestFile = path.join(unpacked, 'package', 'package.json');
	writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version }, null, 2));
	return path.join(
		packs,
		run('npm', ['pack', '--silent', '--pack-destination', packs, path.join(unpacked, 'package')], work)
			.trim()
			.split('\n')[0]!
			.trim(),
	);
}

/** Every file of the built site that has an address a reader or a link can hold (not hashed assets or index shards). */
function addresses(outDir: string): string[] {
	const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
	return files.filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/')).sort();
}

const dist = path.join(archive, 'dist');
const page = (url: string) => readPage(readFileSync(path.join(dist, url, 'index.html'), 'utf8'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a starter archive installed from the packed generator', () => {
	let buildOutput = '';
	beforeAll(async () => {
		const tarball = pack(own.version);
		// the starter comes from the packed package's own command, as `npx protokollarkiv init <folder>` gives it
		run('npm', ['exec', '--yes', `--package=${tarball}`, '--', 'protokollarkiv', 'init', archive], work);
		run('npm', ['install', '--no-audit', '--no-fund', tarball], archive);
		buildOutput = run('npm', ['run', 'build'], archive);
	}, 900_000);

	it('installs the generator as a package, with no copy of its code in the archive', () => {
		const installed = JSON.parse(readFileSync(path.join(archive, 'node_modules', 'protokollarkiv', 'package.json'), 'utf8')) as { version: string };
		expect(installed.version).toBe(own.version);
		expect(existsSync(path.join(archive, 'src', 'routes'))).toBe(false);
		expect(existsSync(path.join(archive, 'scripts'))).toBe(false);
	});

	it('builds with the README commands and says what it did', () => {
		expect(buildOutput).toMatch(/Converted 1 minutes files/u);
		expect(buildOutput).toMatch(/Indexed \d+ pages for search/u);
		expect(buildOutput).not.toMatch(/\[WARN\]|\[ERROR\]/u);
	});

	it('shows the example meeting with its attendees, parties, items and cases', () => {
		const meeting = page('organ/kommunstyrelsen/2026-01-20');
		expect(meeting.title).toContain('Kommunstyrelsens sammanträde 20 januari 2026');
		const text = meeting.text.join('\n');
		for (const name of ['Anna Ek', 'Per Berg', 'Lisa Holm', 'Karin Lund', 'Omar Said']) expect(text).toContain(name);
		expect(text).toContain('Budget för vinterväghållning 2026');
		expect(text).toContain('KS 2025/214');
		expect(meeting.links.some(([href]) => href === '/personer/omar-said/')).toBe(true);
		// the eight people of the example, and nobody made of the signature block's words
		expect(text).toContain('Närvarande: 7 personer. Frånvarande: 1 person.');
		const people = readdirSync(path.join(dist, 'personer'), { withFileTypes: true }).filter(
			(entry) => entry.isDirectory() && !['bokstav', 'grupp', 'organ', 'parti'].includes(entry.name),
		);
		expect(people.map((entry) => entry.name).sort()).toEqual([
			'anna-ek',
			'erik-nystrom',
			'johan-as',
			'karin-lund',
			'lisa-holm',
			'maria-sjo',
			'omar-said',
			'per-berg',
		]);
	});

	it('gives each person a page that says what they did, and the substitute the member they replaced', () => {
		const omar = page('personer/omar-said').text.join('\n');
		expect(omar).toContain('Omar Said');
		expect(omar).toMatch(/ersättare/iu);
		expect(page('personer/per-berg').text.join('\n')).toMatch(/Moderaterna|\(M\)|\bM\b/u);
	});

	it('has the body, topic, search and open-data pages a reader expects', () => {
		expect(page('organ/kommunstyrelsen').title).toContain('Kommunstyrelsen');
		expect(page('amnen/gator-och-vagar').text.join('\n')).toContain('Budget för vinterväghållning 2026');
		expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(JSON.parse(readFileSync(path.join(dist, 'data', 'datapackage.json'), 'utf8')).licenses[0].name).toBe('CC0-1.0');
		expect(existsSync(path.join(dist, 'original', 'kommunstyrelsen', '2026-01-20.txt'))).toBe(true);
	});
});

describe('an upgrade to a newer release of the generator', () => {
	let before: string[] = [];
	beforeAll(() => {
		before = addresses(dist);
		const [major, minor, patch] = own.version.split('.').map(Number);
		const tarball = pack(`${major}.${minor}.${patch! + 1}`);
		run('npm', ['install', '--no-audit', '--no-fund', tarball], archive);
		run('npm', ['run', 'build'], archive);
	}, 900_000);

	it('installs the newer version', () => {
		const installed = JSON.parse(readFileSync(path.join(archive, 'node_modules', 'protokollarkiv', 'package.json'), 'utf8')) as { version: string };
		expect(installed.version).not.toBe(own.version);
	});

	it('keeps every address of the site', () => {
		expect(before.length).toBeGreaterThan(30);
		expect(addresses(dist)).toEqual(before);
	});
});

const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#1d5e3a"/></svg>';
const theme = `
theme:
  logo: { src: tema/logo.svg, alt: Exempelkommunens vapen }
  favicon: tema/logo.svg
  colors:
    primary: { light: "#1d5e3a", dark: "#8fdca4" }
    accent: { light: "#8a3b00", dark: "#ffb27a" }
  headerLinks:
    - { label: exempelkommunen.se, url: "https://example.org/" }
  footer:
    text: Kommunkansliet svarar på frågor om protokollen.
    links:
      - { label: Tillgänglighetsredogörelse, url: "https://example.org/tillganglighet" }
`;
/** A footer of the archive's own, with the props the generator hands it. */
const footer = `---
const { settings } = Astro.props;
---
<footer class="egen-sidfot" style="padding: 1rem; border-top: 4px solid var(--accent)">
	<p>{settings.publisher.name} · <a href="https://example.org/kontakt">Kontakta kommunen</a></p>
	{settings.theme.footer.text && <p>{settings.theme.footer.text}</p>}
	<ul>{settings.theme.footer.links.map((link) => <li><a href={link.url}>{link.label}</a></li>)}</ul>
</footer>
`;

describe('the archive with a look, words and a footer of its own', () => {
	let site: ServedSite | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		writeFileSync(path.join(archive, 'content', 'archive.yml'), readFileSync(path.join(archive, 'content', 'archive.yml'), 'utf8') + theme);
		mkdirSync(path.join(archive, 'content', 'tema'), { recursive: true });
		writeFileSync(path.join(archive, 'content', 'tema', 'logo.svg'), logo);
		writeFileSync(path.join(archive, 'src', 'Sidfot.astro'), footer);
		mkdirSync(path.join(archive, 'content', 'i18n'), { recursive: true });
		writeFileSync(path.join(archive, 'content', 'i18n', 'sv.yml'), 'nav:\n  meetings: Sammanträden\nhome:\n  latest: Senaste sammanträdena\n');
		const config = path.join(archive, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace('protokollarkiv()', "protokollarkiv({ components: { Footer: './src/Sidfot.astro' } })"));
		run('npm', ['run', 'build'], archive);
		site = await serveSite(dist);
		browser = await launchBrowser();
	}, 900_000);
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	it('shows the logo, the header link and the footer of its own instead of the generator’s', () => {
		const start = page('');
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toMatch(/<img class="site-logo" src="[^"]*logo\.svg" alt="Exempelkommunens vapen">/u);
		expect(start.links).toContainEqual(['https://example.org/', 'exempelkommunen.se']);
		expect(start.links).toContainEqual(['https://example.org/kontakt', 'Kontakta kommunen']);
		expect(start.links).toContainEqual(['https://example.org/tillganglighet', 'Tillgänglighetsredogörelse']);
		expect(start.text).toContain('Kommunkansliet svarar på frågor om protokollen.');
		for (const file of htmlFiles(dist).filter((file) => file !== '404.html')) {
			const html = readFileSync(path.join(dist, file), 'utf8');
			expect(html, file).toContain('class="egen-sidfot"');
			expect(html, file).not.toContain('class="site-footer"');
		}
	});

	it('uses its own interface strings (content/i18n/sv.yml) in place of the generator’s', () => {
		const start = page('');
		expect(start.links.map(([, label]) => label)).toContain('Sammanträden');
		expect(start.links.map(([, label]) => label)).not.toContain('Möten');
		expect(start.text).toContain('Senaste sammanträdena');
	});

	for (const scheme of colorSchemes) {
		it(`has no WCAG 2.1 AA violations in ${scheme} mode, on the start page and the meeting page (screenshots kept)`, async () => {
			const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
			const tab = await context.newPage();
			mkdirSync(screenshotDir, { recursive: true });
			for (const [name, url] of [
				['start', '/'],
				['meeting', '/organ/kommunstyrelsen/2026-01-20/'],
			] as const) {
				await tab.goto(site!.url(url));
				await tab.screenshot({ path: path.join(screenshotDir, `adoption-${name}-${scheme}.png`), fullPage: true });
				const violations = await runAxe(tab);
				expect(violations, describeViolations(violations)).toEqual([]);
			}
			await context.close();
		});
	}
});

/**
 * End to end, through the real build (`scripts/cli/build.ts`): real protokoll of the corpus in `test/fixtures/real/`
 * published as an archive, read back as a reader reads the pages: a flattened first page becomes a list of people
 * with party and role, a meeting whose attendance was not understood says so and makes no person pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltArchive, buildArchive } from '../helpers/build-archive.ts';
import type { SiteBuild } from '../helpers/build-site.ts';

const real = path.resolve(import.meta.dirname, '../fixtures/real/protokoll');
const archive = `title: Protokoll i test
baseUrl: https://example.org/
language: sv
publisher:
  name: Test
  email: test@example.org
bodies:
  - id: sunne-kf
    name: Kommunfullmäktige
    shortName: KF
    organization: Sunne kommun
  - id: styrelsen
    name: Styrelsen
    shortName: ST
    organization: Föreningen
`;

let site: BuiltArchive;
let build: SiteBuild;
const pageText = (url: string) => site.page(url).text.join('\n');

beforeAll(() => {
	site = buildArchive('real-minutes-', archive, {
		// Sunne's kommunfullmäktige as a web transcript stored it: every page on one line, labels and values run together
		'minutes/sunne-kf/2011-03-28.txt': readFileSync(path.join(real, 'sunne-kf-undated-71', 'input.txt')),
		'minutes/styrelsen/2024-03-14.txt':
			'Styrelsen\nProtokoll 2024-03-14\n\nNärvarande\nVice ordförande\nNominerar Johan\nAnna Berg\n\n§ 1 Mötets öppnande\n\nText.\n',
		'minutes/styrelsen/2024-04-11.txt': 'Styrelsen\nProtokoll 2024-04-11\n\nVi talade om budgeten.\n',
	});
	build = site.build;
}, 240_000);

afterAll(() => site.remove());

describe('a real kommunfullmäktige protokoll, flattened by a web transcript', () => {
	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});
	it('lists the ledamöter with their parties, the chair and the justerare, and who served for whom', () => {
		const text = pageText('organ/sunne-kf/2011-03-28');
		expect(text).toMatch(/Karl-Johan Adolfsson \(C\), ordförande/u);
		expect(text).toMatch(/Jörn Okan \(M\), justerare/u);
		expect(text).toMatch(/Runar Filper \(SD\)/u);
		expect(text).toMatch(/Tomas Ögren \(C\), tjänstgörande ersättare/u);
		// the member Tomas Ögren served for is listed as absent
		expect(text.slice(text.indexOf('Frånvarande'))).toContain('Sven Emilsson (C)');
		expect(text).toMatch(/Gunilla Nyström, kommunsekreterare, sekreterare/u);
	});
	it('gives its people person pages', () => {
		expect(existsSync(path.join(build.outDir, 'personer', 'karl-johan-adolfsson', 'index.html'))).toBe(true);
	});
});

describe('minutes whose attendance was not understood', () => {
	it('say so on the meeting page, and make no person page for a role or a verb read as a name', () => {
		expect(pageText('organ/styrelsen/2024-03-14')).toContain('Närvarolistan kunde inte läsas säkert');
		const people = readdirSync(path.join(build.outDir, 'personer'));
		expect(people).not.toContain('vice-ordforande');
		expect(people).not.toContain('nominerar-johan');
		expect(people).not.toContain('anna-berg');
	});
	it('say when no attendance list was found, and still publish the text', () => {
		const text = pageText('organ/styrelsen/2024-04-11');
		expect(text).toContain('Ingen närvarolista kunde läsas ur protokollet');
		expect(text).toContain('Vi talade om budgeten.');
	});
});

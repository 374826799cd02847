/**
 * Corrected minutes, end to end through git and the real build: a protokoll committed, then corrected (an item
 * retitled, one added, one removed, an attendee added and one removed) and committed again. The meeting page says when
 * it was corrected, lists what changed since the first published version and links to the file's history.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../helpers/build-site.ts';
import { readPage } from '../helpers/read-page.ts';

const archive = `title: Rättelser i test
baseUrl: https://example.org/
language: sv
license: CC0-1.0
publisher:
  name: Test
  email: test@example.org
repository:
  historyUrl: https://git.example.org/arkiv/commits/main/{path}
bodies:
  - id: ks
    name: Kommunstyrelsen
    shortName: KS
    organization: Exempelby kommun
`;

const minutes = (attendees: string[], items: string[]) =>
	[
		'Kommunstyrelsen',
		'SAMMANTRÄDESPROTOKOLL',
		'Sammanträdesdatum 2024-05-14',
		'',
		'Plats och tid Kommunhuset, kl. 13.00–15.00',
		'',
		'Beslutande',
		...attendees,
		'',
		...items.flatMap((item) => [item, '', 'Kommunstyrelsen beslutar att godkänna förslaget.', '']),
	].join('\n');

let work = '';
let build: SiteBuild;
const git = (cwd: string, date: string, ...args: string[]) => {
	const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
	});
	if (run.status !== 0) throw new Error(run.stderr);
};

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'archive-corrections-'));
	const repo = path.join(work, 'repo');
	const content = path.join(repo, 'content');
	mkdirSync(path.join(content, 'minutes', 'ks'), { recursive: true });
	writeFileSync(path.join(content, 'archive.yml'), archive);
	const file = path.join(content, 'minutes', 'ks', '2024-05-14.txt');
	writeFileSync(
		file,
		minutes(['Anna Ek (S), ordförande', 'Per Berg (M)', 'Lisa Holm (KD)'], ['§ 40 Budget 2025', '§ 41 Motion om badplatser', '§ 42 Information']),
	);
	const published = '2024-05-20T10:00:00+02:00';
	git(repo, published, 'init', '-q');
	git(repo, published, 'add', '.');
	git(repo, published, 'commit', '-q', '-m', 'Protokoll KS 2024-05-14');
	writeFileSync(
		file,
		minutes(['Anna Ek (S), ordförande', 'Per Berg (M)', 'Karin Nord (S)'], ['§ 40 Budget 2025', '§ 41 Motion om fler badplatser', '§ 43 Delegationsbeslut']),
	);
	git(repo, '2024-05-27T09:00:00+02:00', 'commit', '-q', '-am', 'Rättelse');
	build = buildSite(content, path.join(work, 'site'), { SOURCE_DATE_EPOCH: '1767225600' });
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a protokoll corrected after it was published', () => {
	it('builds', () => expect(build.status, build.output).toBe(0));
	it('says when it was corrected and what changed since the first version, item by item and in the attendance list', () => {
		const page = readPage(readFileSync(path.join(build.outDir, 'organ/ks/2024-05-14/index.html'), 'utf8'));
		const text = page.text.join('\n');
		expect(text).toContain('Rättat\n27 maj 2024 (se vad som ändrats)');
		expect(text).toContain('Ändringar sedan första versionen (20 maj 2024)');
		expect(text).toContain('Tillkom: 43. Delegationsbeslut');
		expect(text).toContain('Togs bort: 42. Information');
		expect(text).toContain('Punkt 41 fick rubriken ”Motion om fler badplatser” (tidigare ”Motion om badplatser”)');
		expect(text).toContain('Tillagda i deltagarlistan: Karin Nord');
		expect(text).toContain('Borttagna ur deltagarlistan: Lisa Holm');
		expect(page.links).toContainEqual([
			'https://git.example.org/arkiv/commits/main/content/minutes/ks/2024-05-14.txt',
			'Rättelser och tidigare versioner av 2024-05-14.txt',
		]);
		expect(page.links).toContainEqual(['#andringar', 'se vad som ändrats']);
	});
});

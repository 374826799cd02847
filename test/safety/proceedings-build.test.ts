/**
 * End to end, through the real build: protokoll with proposals, a vote with named votes, a party's reservation and a
 * declared conflict of interest, read back from the meeting page as a reader reads it: the proposals, the totals in
 * plain Swedish, the named votes by party with links to the members' pages, who reserved and who declared jäv. A real
 * extract of one item (Östersund, from the real-minutes corpus) shows a vote with totals only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltArchive, buildArchive } from '../helpers/build-archive.ts';
import { type PageReading, readPage } from '../helpers/read-page.ts';

const real = path.resolve(import.meta.dirname, '../fixtures/real/protokoll');
const archive = readFileSync(path.resolve(import.meta.dirname, '../fixtures/proceedings/archive.yml'), 'utf8');

/** A kommunfullmäktige protokoll with yrkanden, a named vote, a party's reservation and jäv (written for the test). */
const protokoll = readFileSync(path.resolve(import.meta.dirname, '../fixtures/proceedings/kf-2024-03-18.txt'), 'utf8');

let site: BuiltArchive;
const page = (url: string): PageReading => site.page(url);
/** The rows of the page's table of that class, each cell's text as a reader reads it. */
const tableRows = (html: string, className: string): string[][] => {
	const start = html.indexOf(`<table class="${className}"`);
	const table = html.slice(start, html.indexOf('</table>', start));
	return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gu)].map((cell) => readPage(`<body>${cell[1]}</body>`).text.join(' ')),
	);
};

beforeAll(() => {
	site = buildArchive('proceedings-', archive, {
		'minutes/kf/2024-03-18.txt': protokoll,
		'minutes/ksau/2024-02-27.txt': readFileSync(path.resolve(import.meta.dirname, '../fixtures/proceedings/ksau-2024-02-27.txt'), 'utf8'),
		'minutes/ks/2012-01-24.txt': readFileSync(path.join(real, 'ostersund-ks-2012-01-24', 'input.txt')),
	});
}, 240_000);

afterAll(() => site.remove());

describe('a kommunfullmäktige protokoll with a vote, a reservation and jäv', () => {
	it('builds', () => {
		expect(site.build.status, site.build.output).toBe(0);
	});
	it('shows who proposed what, co-proposers included', () => {
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toMatch(/Yrkanden\nOlle Svensson \(SD\) och Maja Lind \(SD\): bifall till motionen\nKarin Nord \(S\): avslag på motionen/u);
	});
	it('says in plain Swedish how the vote went and what yes and no stood for', () => {
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toContain('Beslutet fattades efter omröstning: 4 ja, 2 nej.');
		expect(text).toContain('Ja för avslag på motionen. Nej för bifall till motionen.');
	});
	it('lists the named votes by party, each name linked to the member’s page', () => {
		// each row as a reader sees it: the party, then the cells for ja, nej, avstod and frånvarande
		expect(tableRows(site.html('organ/kf/2024-03-18'), 'vote-table')).toEqual([
			['Parti', 'Ja', 'Nej', 'Avstod', 'Frånvarande'],
			['KD', '1 Lisa Holm', '', '', ''],
			['M', '1 Per Berg', '', '', ''],
			['S', '2 Anna Ek, Karin Nord', '', '', ''],
			['SD', '', '2 Olle Svensson, Maja Lind', '', ''],
		]);
		expect(page('organ/kf/2024-03-18').links).toContainEqual(['/personer/olle-svensson/', 'Olle Svensson']);
	});
	it("expands the Sverigedemokrats' reservation to each of their members present", () => {
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toMatch(/Reservationer\nOlle Svensson \(SD\) till förmån för eget yrkande\nMaja Lind \(SD\) till förmån för eget yrkande/u);
	});
	it('names who declared a conflict of interest in the item where it was declared, and nowhere else', () => {
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toMatch(/Jäv\nLisa Holm \(KD\) anmälde jäv och deltog inte i handläggningen/u);
		expect(text.match(/anmälde jäv/gu)).toHaveLength(1);
	});
});

describe("a member's, a party's and a body's page", () => {
	it("lists on a member's page what the member proposed, how the member voted beside the majority, and the reservation", () => {
		const text = page('personer/olle-svensson').text.join('\n');
		expect(text).toContain('Yrkanden, röster och reservationer');
		expect(text).toMatch(/KF, 12\. Motion om fler badplatser: yrkade bifall till motionen/u);
		expect(text).toMatch(/KF, 12\. Motion om fler badplatser: röstade nej \(majoriteten röstade ja\)/u);
		expect(text).toMatch(/KF, 12\. Motion om fler badplatser: reserverade sig till förmån för eget yrkande/u);
	});
	it("shows on the party's page how the party voted and its reservation, with a filter by body", () => {
		const text = page('partier/sd').text.join('\n');
		expect(text).toContain('Partiet SD');
		expect(text).toMatch(/12\. Motion om fler badplatser: 2 nej \(mot majoriteten\)/u);
		expect(text).toMatch(/Olle Svensson, Maja Lind reserverade sig till förmån för eget yrkande/u);
		expect(page('partier/sd/organ/kf').text.join('\n')).toContain('SD i Kommunfullmäktige');
		expect(page('organ/kf/2024-03-18').links).toContainEqual(['/partier/sd/', 'SD']);
	});
	it("tabulates on the body's page how often the parties voted the same way, and on how many votes it rests", () => {
		const html = site.html('organ/kf');
		expect(tableRows(html, 'agreement')).toEqual([
			['Parti', 'KD', 'M', 'S', 'SD'],
			['KD', '–', '100 % (1)', '100 % (1)', '0 % (1)'],
			['M', '100 % (1)', '–', '100 % (1)', '0 % (1)'],
			['S', '100 % (1)', '100 % (1)', '–', '0 % (1)'],
			['SD', '0 % (1)', '0 % (1)', '0 % (1)', '–'],
		]);
		expect(html).toMatch(/<svg class="agreement-chart"[^>]*role="img"/u);
	});
	it('shows the decision with its att-clauses as a list, taken without a vote, and who it is sent to', () => {
		const html = site.html('organ/kf/2024-03-18');
		const item13 = html.slice(html.indexOf('id="punkt-13"'));
		const resolution = item13.slice(item13.indexOf('class="resolution"'));
		expect([...resolution.slice(0, resolution.indexOf('</ul>')).matchAll(/<li>([^<]*)<\/li>/gu)].map((m) => m[1])).toEqual([
			'att godkänna försäljningen av fastigheten Björken 4 till Bostadsbolaget AB för 4 200 000 kronor,',
			'att uppdra åt kommunstyrelsen att underteckna köpekontraktet.',
		]);
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toMatch(/Beslut\nKommunfullmäktige beslutar\natt godkänna försäljningen/u);
		expect(text).toContain('Beslutet fattades utan omröstning.');
		expect(text).toMatch(/Beslutet skickas till:\s*Kommunstyrelsen, Ekonomiavdelningen/u);
		expect(text).toMatch(/Beslutet skickas till:\s*Motionären, Kommunstyrelsen/u);
	});
	it('tells which proposition the chair put and found adopted before the vote', () => {
		const text = page('organ/kf/2024-03-18').text.join('\n');
		expect(text).toContain(
			'Ordföranden ställde proposition på Karin Nords avslagsyrkande och Olle Svenssons bifallsyrkande och fann att Karin Nords avslagsyrkande hade bifallits.',
		);
		expect(text.match(/Beslutet fattades utan omröstning/gu)).toHaveLength(1);
	});
	it('gives each item a citation to copy and a link that highlights its title, without JavaScript', () => {
		const html = site.html('organ/kf/2024-03-18');
		const cite = html.slice(html.indexOf('<details class="cite"'));
		expect(cite.slice(0, cite.indexOf('</details>'))).toContain(
			'Kommunfullmäktige, Exempelby kommun, 2024-03-18, § 12, ”Motion om fler badplatser”, https://example.org/organ/kf/2024-03-18/#punkt-12',
		);
		expect(page('organ/kf/2024-03-18').links).toContainEqual([
			'https://example.org/organ/kf/2024-03-18/#punkt-12:~:text=Motion%20om%20fler%20badplatser',
			'Länk som markerar punktens rubrik',
		]);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/u);
	});
	it('marks the meeting for the search filters of votes, reservations and jäv', () => {
		const html = site.html('organ/kf/2024-03-18');
		expect([...html.matchAll(/data-pagefind-filter="beslutsgång">([^<]*)</gu)].map((m) => m[1])).toEqual(['Omröstning', 'Reservation', 'Jäv']);
	});
});

describe("a case's path through bodies", () => {
	it('draws the case from the arbetsutskott to the fullmäktige, with the path in words and as a table of links', () => {
		const html = site.html('arenden/ks-2023-118');
		expect(html).toContain('aria-label="Behandlat 2 gånger i 2 organ från 2024-02-27 till 2024-03-18: KSAU, KF."');
		expect(html.match(/<circle /gu)).toHaveLength(2);
		const section = html.slice(html.indexOf('<section class="year-chart case-path"'));
		expect(tableRows(section.replace('<table>', '<table class="case-path-table">'), 'case-path-table')).toEqual([
			['Datum', 'Organ', 'Punkt'],
			['27 februari 2024', 'KSAU', '30. Motion om fler badplatser'],
			['18 mars 2024', 'KF', '12. Motion om fler badplatser'],
		]);
		const text = page('arenden/ks-2023-118').text.join('\n');
		expect(text).toContain('Ärendets väg');
		expect(page('arenden/ks-2023-118').links).toContainEqual(['/organ/ksau/2024-02-27/#punkt-30', '30. Motion om fler badplatser']);
		expect(page('arenden/ks-2023-118').links).toContainEqual(['/organ/kf/2024-03-18/#punkt-12', '12. Motion om fler badplatser']);
	});
});

describe('open data of the votes', () => {
	const csv = (name: string) => parse(readFileSync(path.join(site.build.outDir, 'data', `${name}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
	it('writes one row per member and vote to votes.csv', () => {
		expect(
			csv('votes')
				.filter((row) => row.meeting_id === 'kf/2024-03-18')
				.map((row) => `${row.name} (${row.party}) ${row.vote} ${row.person_id}`),
		).toEqual([
			'Anna Ek (S) yes anna-ek',
			'Per Berg (M) yes per-berg',
			'Lisa Holm (KD) yes lisa-holm',
			'Karin Nord (S) yes karin-nord',
			'Olle Svensson (SD) no olle-svensson',
			'Maja Lind (SD) no maja-lind',
		]);
	});
	it('writes the totals to vote-events.csv and the reservations and jäv to their tables', () => {
		expect(csv('vote-events').map((row) => [row.meeting_id, row.yes, row.no, row.abstain, row.named_count])).toEqual([
			['ks/2012-01-24', '11', '2', '2', '0'],
			['kf/2024-03-18', '4', '2', '', '6'],
		]);
		expect(csv('reservations').map((row) => [row.name, row.in_favour_of])).toEqual([
			['Olle Svensson', 'eget yrkande'],
			['Maja Lind', 'eget yrkande'],
		]);
		expect(csv('conflicts').map((row) => [row.name, row.item_anchor])).toEqual([['Lisa Holm', 'punkt-13']]);
	});
	it('writes the decision, whether it was taken by acclamation, what was adopted and the recipients to items.csv', () => {
		const items = csv('items').filter((row) => row.meeting_id === 'kf/2024-03-18');
		expect(items.map((row) => [row.anchor, row.acclamation, row.adopted, row.recipients])).toEqual([
			['punkt-12', 'false', 'Karin Nords avslagsyrkande', 'Motionären; Kommunstyrelsen'],
			['punkt-13', 'true', '', 'Kommunstyrelsen; Ekonomiavdelningen'],
		]);
		expect(items[1]?.resolution).toBe(
			'Kommunfullmäktige beslutar\natt godkänna försäljningen av fastigheten Björken 4 till Bostadsbolaget AB för 4 200 000 kronor,\natt uppdra åt kommunstyrelsen att underteckna köpekontraktet.',
		);
	});
});

describe('a real extract of one item, with a vote given by its totals', () => {
	it('reads the item, its proposals and the vote', () => {
		const text = page('organ/ks/2012-01-24').text.join('\n');
		expect(text).toContain('Motion - Badplats Önsjön');
		expect(text).toMatch(/Pär Löfstrand \(FP\): Motionen bifalls/u);
		expect(text).toContain('Beslutet fattades efter omröstning: 11 ja, 2 nej, 2 avstod.');
	});
});

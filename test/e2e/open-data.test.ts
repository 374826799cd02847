import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { describe, expect, inject, it } from 'vitest';
import type { TableSchema } from '../../src/lib/open-data/table-schemas.ts';
import { checkTable, tableKeys, validateDataPackage, validateJson } from '../open-data/validators.ts';

const { outDir } = inject('demo');
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;
const files = (dir: string, ext: string) =>
	readdirSync(path.join(outDir, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith(ext))
		.map((f) => path.join(dir, f));
/** Whether a public URL of the demo site is a file or page in the build. */
const built = (url: string) => {
	const local = decodeURIComponent(new URL(url).pathname);
	return existsSync(path.join(outDir, local, local.endsWith('/') ? 'index.html' : ''));
};

describe('open data of the demo archive', () => {
	const archive = json('data/archive.json');

	it('validates archive.json against the published JSON Schema', () => {
		expect(validateJson(json('data/archive.schema.json'), archive)).toEqual([]);
		expect(archive.$schema).toBe('https://example.org/data/archive.schema.json');
	});

	it('links every meeting, item and person to a built page', () => {
		const events = archive.events as { url: string; source: { url: string | null }; agenda_items: { url: string }[] }[];
		expect(events.length).toBeGreaterThan(0);
		for (const event of events) {
			expect(built(event.url), event.url).toBe(true);
			if (event.source.url) expect(built(event.source.url), event.source.url).toBe(true);
		}
		for (const person of archive.persons as { url: string }[]) expect(built(person.url), person.url).toBe(true);
	});

	it('describes the files in a valid Data Package whose CSVs match their Table Schemas', () => {
		const descriptor = json('data/datapackage.json') as { resources: { name: string; path: string; schema?: TableSchema }[] };
		expect(validateDataPackage(descriptor)).toEqual([]);
		const csv = (name: string) => read(`data/${descriptor.resources.find((r) => r.name === name)!.path}`);
		const tables = descriptor.resources.filter((r) => r.schema);
		expect(tables.map((r) => r.path)).toEqual([
			'meetings.csv',
			'attendance.csv',
			'items.csv',
			'decisions.csv',
			'vote-events.csv',
			'votes.csv',
			'proposals.csv',
			'reservations.csv',
			'conflicts.csv',
		]);
		for (const table of tables) {
			expect(
				checkTable(csv(table.name), table.schema!, (resource, fields) => tableKeys(csv(resource), fields)),
				table.path,
			).toEqual([]);
		}
		for (const resource of descriptor.resources) expect(existsSync(path.join(outDir, 'data', resource.path)), resource.path).toBe(true);
	});

	it('publishes one zip named by the content hash of archive.json, holding the served files', async () => {
		const version = createHash('sha256')
			.update(readFileSync(path.join(outDir, 'data/archive.json')))
			.digest('hex')
			.slice(0, 12);
		const zips = files('data', '.zip');
		expect(zips).toEqual([`data/protokollarkiv-${version}.zip`]);
		const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, zips[0]!)));
		for (const name of ['archive.json', 'archive.schema.json', 'datapackage.json', 'meetings.csv', 'attendance.csv', 'items.csv', 'decisions.csv']) {
			expect(await zip.file(`protokollarkiv-${version}/${name}`)!.async('string'), name).toBe(read(`data/${name}`));
		}
	});

	it('has a Swedish index page that links every file', () => {
		const html = read('data/index.html');
		expect(html).toContain('<html lang="sv"');
		for (const file of readdirSync(path.join(outDir, 'data')).filter((f) => f !== 'index.html')) expect(html, file).toContain(`href="/data/${file}"`);
	});
});

describe('feeds of the demo archive', () => {
	const feeds = files('flode', '.xml');

	it('has a feed of all minutes and one per body, topic and person', () => {
		const archive = json('data/archive.json') as { organizations: { classification: string }[]; topics: unknown[]; persons: unknown[] };
		expect(feeds).toContain('flode/alla.xml');
		expect(feeds.filter((f) => f.startsWith('flode/organ/'))).toHaveLength(archive.organizations.filter((o) => o.classification === 'body').length);
		expect(feeds.filter((f) => f.startsWith('flode/amnen/'))).toHaveLength(archive.topics.length);
		expect(feeds.filter((f) => f.startsWith('flode/personer/'))).toHaveLength(archive.persons.length);
	});

	it('parses every feed as Atom with absolute links to built meeting pages and dated entries, newest first', () => {
		for (const file of feeds) {
			const feed = parseFeed(read(file));
			expect(feed.meta.type, file).toBe('atom');
			expect(feed.self, file).toBe(`https://example.org/${file}`);
			expect(feed.updated, file).toBeInstanceOf(Date);
			const times = feed.items.map((item) => item.updated!.getTime());
			expect(times, file).toEqual([...times].sort((a, b) => b - a));
			if (feed.items[0]) expect(feed.updated!.getTime(), file).toBe(times[0]);
			for (const item of feed.items) {
				expect(item.url && built(item.url), `${file}: ${item.url}`).toBe(true);
				expect(item.title, file).toBeTruthy();
				expect(item.content, file).toContain('<li>');
			}
		}
		expect(parseFeed(read('flode/alla.xml')).items.length).toBeGreaterThan(0);
	});
});

describe('calendars of the demo archive', () => {
	it('parses every body calendar with ical.js: all-day events, unique UIDs', () => {
		const calendars = files('kalender', '.ics');
		expect(calendars.length).toBeGreaterThan(0);
		const uids = new Set<string>();
		for (const file of calendars) {
			const text = read(file);
			expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
			for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), file).toBeLessThanOrEqual(75);
			for (const vevent of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')) {
				const event = new ICAL.Event(vevent);
				expect(event.startDate.isDate, file).toBe(true);
				expect(uids.has(event.uid), event.uid).toBe(false);
				uids.add(event.uid);
			}
		}
	});

	it('announces the Kronoberg meetings of 29 August and 24 October 2018', () => {
		const events = new ICAL.Component(ICAL.parse(read('kalender/kronoberg-kommunalt-forum.ics'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.startDate.toString())).toEqual(expect.arrayContaining(['2018-08-29', '2018-10-24']));
	});
});

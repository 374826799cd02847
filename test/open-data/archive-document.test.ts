import { describe, expect, it } from 'vitest';
import { allFeed } from '../../src/lib/feeds/all-feed.ts';
import { archiveDocument } from '../../src/lib/open-data/archive-document.ts';
import { archiveSchema } from '../../src/lib/open-data/archive-schema.ts';
import { buildOpenData } from '../../src/lib/open-data/build-open-data.ts';
import { dataPackage } from '../../src/lib/open-data/data-package.ts';
import { licenseOf } from '../../src/lib/open-data/license.ts';
import { memberships } from '../../src/lib/open-data/memberships.ts';
import { type TableName, tableSchemas } from '../../src/lib/open-data/table-schemas.ts';
import { fixtureIndex, hostile, settings } from './fixture.ts';
import { checkTable, parseCsv, tableKeys, validateDataPackage, validateJson } from './validators.ts';

const index = fixtureIndex();
const doc = archiveDocument(index);

describe('archiveDocument (Popolo / OParl)', () => {
	it('validates against its own JSON Schema', () => {
		expect(validateJson(archiveSchema(settings), JSON.parse(JSON.stringify(doc)))).toEqual([]);
	});

	it('maps bodies, the organisations behind them and parties to Popolo organizations', () => {
		expect(doc.organizations.map((o) => [o.id, o.classification, o.parent_id])).toEqual([
			['krf', 'body', 'organisation-region-halland'],
			['kf', 'body', 'organisation-region-kronoberg'],
			['tom', 'body', 'organisation-region-halland'],
			['organisation-region-halland', 'organization', null],
			['organisation-region-kronoberg', 'organization', null],
			['parti-kd', 'party', null],
			['parti-m', 'party', null],
			['parti-s', 'party', null],
		]);
	});

	it('lists listed meetings oldest first, without withdrawn ones, with absolute URLs under the base path', () => {
		expect(doc.events.map((e) => e.id)).toEqual(['kf/okand', 'kf/2018-05-02', 'krf/2019-06-kopenhamn', 'krf/2023-02-01', 'krf/2024-dialog']);
		const event = doc.events.find((e) => e.id === 'krf/2023-02-01')!;
		expect(event.url).toBe('https://example.org/arkiv/organ/krf/2023-02-01/');
		expect(event.source.url).toBe('https://example.org/arkiv/original/krf/2023-02-01.txt');
		expect(doc.events.find((e) => e.id === 'krf/2019-06-kopenhamn')!.source).toMatchObject({
			url: null,
			added: '2024-03-01T10:00:00+01:00',
			history_url: 'https://git.example.org/historik',
		});
		expect(event.agenda_items[0]).toMatchObject({
			id: 'krf/2023-02-01#punkt-1',
			title: hostile,
			paper_ids: ['ks-2018-124'],
			decisions: [{ kind: 'decision', text: hostile }],
		});
		expect(event.attendance[1]).toMatchObject({ name: 'Bo Ström', person_id: 'bo-strom', party_id: 'parti-m', status: 'absent' });
		// Greta Gömd has no person id (private in content/people.yml): she is not listed in open data.
		expect(event.attendance.map((a) => a.name)).not.toContain('Greta Gömd');
	});

	it('lists proposals, votes, reservations and jäv, leaving out the names the attendance list keeps private', () => {
		const item = doc.events.find((e) => e.id === 'krf/2023-02-01')!.agenda_items.find((i) => i.number === 3)!;
		expect(item.proposals).toEqual([
			{ by: [{ name: 'Anna Ek', person_id: 'anna-ek', party: 'S', party_id: 'parti-s' }], text: `bifall till motionen ${hostile}` },
		]);
		expect(item.vote_event_ids).toEqual(['krf/2023-02-01#punkt-3/omrostning-1']);
		const vote = doc.vote_events.find((v) => v.id === 'krf/2023-02-01#punkt-3/omrostning-1')!;
		expect(vote.counts).toEqual([
			{ option: 'yes', value: 2 },
			{ option: 'no', value: 1 },
		]);
		// Greta Gömd is private; Per Utan Lista is in no attendance list, so nothing keeps his name out
		expect(vote.votes.map((v) => [v.name, v.option, v.group_id])).toEqual([
			['Anna Ek', 'yes', 'parti-s'],
			['Per Utan Lista', 'no', 'parti-kd'],
		]);
		expect(item.reservations.map((r) => [r.name, r.in_favour_of])).toEqual([['Per Utan Lista', 'eget yrkande']]);
		expect(item.conflicts).toEqual([]);
		expect(doc.organizations.map((o) => o.id)).toContain('parti-kd');
	});

	it('drops references to withdrawn meetings from topics and papers', () => {
		expect(doc.topics[0]!.agenda_item_ids).toEqual(['krf/2019-06-kopenhamn#punkt-1', 'krf/2023-02-01#punkt-1']);
		expect(doc.papers[0]!.agenda_item_ids).toEqual(['krf/2023-02-01#punkt-1']);
	});
});

describe('memberships', () => {
	it('spans a person × body × role × party over meeting dates, ignoring withdrawn meetings', () => {
		const listed = new Set(index.meetings.map((m) => `${m.data.body}/${m.data.slug}`));
		const result = memberships(index.peopleById.get('anna-ek')!, (id) => listed.has(id));
		expect(result.map((m) => [m.organization_id, m.role, m.on_behalf_of_id, m.start_date, m.end_date, m.meeting_count])).toEqual([
			['kf', null, null, '2018-05-02', '2018-05-02', 1],
			['krf', null, 'parti-s', '2019-06', '2024', 3],
			['krf', 'ordförande', 'parti-s', '2023-02-01', '2023-02-01', 1],
		]);
	});
});

describe('buildOpenData', () => {
	const data = buildOpenData(index);
	const file = (name: string) => data.files.find((f) => f.name === name)!.content;

	it('names the version after the content hash, the same for the same content', () => {
		expect(data.version).toMatch(/^[0-9a-f]{12}$/);
		expect(data.zipName).toBe(`protokollarkiv-${data.version}.zip`);
		expect(buildOpenData(fixtureIndex()).version).toBe(data.version);
	});

	it('describes the files in a valid Frictionless Data Package', () => {
		const descriptor = JSON.parse(file('datapackage.json'));
		expect(validateDataPackage(descriptor)).toEqual([]);
		expect(descriptor.version).toBe(data.version);
		expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(data.files.filter((f) => f.name !== 'datapackage.json').map((f) => f.name));
	});

	it('writes every CSV to its Table Schema, foreign keys included', () => {
		const csv = (name: string) => file(`${name}.csv`);
		for (const name of Object.keys(tableSchemas) as TableName[]) {
			expect(
				checkTable(csv(name), tableSchemas[name], (resource, fields) => tableKeys(csv(resource), fields)),
				name,
			).toEqual([]);
		}
		expect(parseCsv(csv('attendance')).length - 1).toBe(doc.events.reduce((n, e) => n + e.attendance.length, 0));
		expect(parseCsv(csv('items')).find((row) => row[0] === 'krf/2023-02-01')![5]).toBe(hostile);
	});

	it('zips every file deterministically', async () => {
		const JSZip = (await import('jszip')).default;
		const bytes = await data.zip();
		expect(Buffer.from(bytes).equals(Buffer.from(await buildOpenData(fixtureIndex()).zip()))).toBe(true);
		const zip = await JSZip.loadAsync(bytes);
		expect(Object.keys(zip.files)).toEqual(data.files.map((f) => `protokollarkiv-${data.version}/${f.name}`));
		expect(await zip.file(`protokollarkiv-${data.version}/archive.json`)!.async('string')).toBe(file('archive.json'));
		expect(zip.files[`protokollarkiv-${data.version}/archive.json`]!.date.toISOString()).toBe('2024-01-01T00:00:00.000Z');
	});
});

describe('the licence of the open data', () => {
	const licensed = { ...settings, license: 'CC-BY-4.0' };
	it('names the licence in datapackage.json, archive.json and the feeds when archive.yml gives one', () => {
		expect(dataPackage(licensed, '1').licenses).toEqual([
			{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
		]);
		const licensedDoc = archiveDocument(fixtureIndex({ settings: licensed }));
		expect(licensedDoc.archive.license).toEqual({
			id: 'CC-BY-4.0',
			title: 'Creative Commons Attribution 4.0 International',
			url: 'https://creativecommons.org/licenses/by/4.0/',
		});
		expect(validateJson(archiveSchema(licensed), JSON.parse(JSON.stringify(licensedDoc)))).toEqual([]);
		expect(allFeed(fixtureIndex({ settings: licensed }))).toContain(
			'<rights>Creative Commons Attribution 4.0 International (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/</rights>',
		);
	});
	it('links any other SPDX id to its page at spdx.org, and says nothing where the archive names none', () => {
		expect(licenseOf('MIT')).toEqual({ id: 'MIT', title: 'MIT', url: 'https://spdx.org/licenses/MIT.html' });
		expect(dataPackage(settings, '1').licenses).toBeUndefined();
		expect(doc.archive.license).toBeNull();
		expect(allFeed(index)).not.toContain('<rights>');
	});
});

import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../src/lib/build-archive-index.ts';
import { allFeed } from '../../src/lib/feeds/all-feed.ts';
import { bodyFeed } from '../../src/lib/feeds/body-feed.ts';
import { feedLimit } from '../../src/lib/feeds/meeting-feed.ts';
import { pageFeeds } from '../../src/lib/feeds/page-feeds.ts';
import { personFeed } from '../../src/lib/feeds/person-feed.ts';
import { topicFeed } from '../../src/lib/feeds/topic-feed.ts';
import { meeting } from '../site/helpers.ts';
import { fixtureIndex, hostile, settings } from './fixture.ts';

const index = fixtureIndex();

describe('Atom feeds', () => {
	it('lists dated, listed meetings newest first, partial dates on the first day of the period', () => {
		const feed = parseFeed(allFeed(index));
		expect(feed.meta.type).toBe('atom');
		expect(feed.self).toBe('https://example.org/arkiv/flode/alla.xml');
		expect(feed.items.map((i) => [i.url, i.updated?.toISOString()])).toEqual([
			['https://example.org/arkiv/organ/krf/2024-dialog/', '2024-01-01T00:00:00.000Z'],
			['https://example.org/arkiv/organ/krf/2023-02-01/', '2023-02-01T00:00:00.000Z'],
			['https://example.org/arkiv/organ/krf/2019-06-kopenhamn/', '2019-06-01T00:00:00.000Z'],
			['https://example.org/arkiv/organ/kf/2018-05-02/', '2018-05-02T00:00:00.000Z'],
		]);
		expect(feed.updated?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
	});

	it('escapes hostile titles and puts the agenda in the content', () => {
		const xml = allFeed(index);
		expect(xml).not.toContain('</script>');
		const entry = parseFeed(xml).items.find((i) => i.url?.endsWith('/krf/2023-02-01/'))!;
		expect(entry.title).toBe(hostile);
		expect(entry.content).toContain('<li>2. Kommande möten</li>');
		expect(xml).toContain('&lt;li&gt;1. &amp;lt;/script&amp;gt;&amp;lt;b&amp;gt;');
		expect(entry.categories.map((c) => c.term)).toEqual(['krf']);
	});

	it('makes body, topic and person feeds from the index, without withdrawn meetings', () => {
		expect(parseFeed(bodyFeed(index.bodiesById.get('kf')!, index)).items.map((i) => i.url)).toEqual(['https://example.org/arkiv/organ/kf/2018-05-02/']);
		expect(parseFeed(topicFeed(index.topicsById.get('budget')!, index)).items.map((i) => i.url)).toEqual([
			'https://example.org/arkiv/organ/krf/2023-02-01/',
			'https://example.org/arkiv/organ/krf/2019-06-kopenhamn/',
		]);
		expect(parseFeed(personFeed(index.peopleById.get('anna-ek')!, index)).items).toHaveLength(4);
	});

	it('gives an empty feed a fixed date, never the build time', () => {
		const feed = parseFeed(bodyFeed(index.bodiesById.get('tom')!, index));
		expect(feed.items).toEqual([]);
		expect(feed.updated?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
	});

	it(`holds at most the ${feedLimit} newest meetings`, () => {
		const many = Array.from({ length: 120 }, (_, i) =>
			meeting('krf', `m-${i}`, `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
		);
		const big = buildArchiveIndex({ settings, bodies: [...index.bodies], meetings: many, people: [], topics: [], cases: [] });
		const items = parseFeed(allFeed(big)).items;
		expect(items).toHaveLength(feedLimit);
		expect(items[0]!.updated!.getTime()).toBeGreaterThanOrEqual(items.at(-1)!.updated!.getTime());
	});
});

describe('pageFeeds', () => {
	it('lists a body page’s feed and calendar under the base path', () => {
		expect(pageFeeds({ body: 'krf' }, index, '/arkiv/').map((f) => [f.href, f.type])).toEqual([
			['/arkiv/flode/organ/krf.xml', 'application/atom+xml'],
			['/arkiv/kalender/krf.ics', 'text/calendar'],
		]);
	});
	it('gives any other page the feed of all minutes', () => {
		expect(pageFeeds({}, index, '/arkiv/').map((f) => f.href)).toEqual(['/arkiv/flode/alla.xml']);
		expect(pageFeeds({ person: 'anna-ek' }, index, '/').map((f) => f.href)).toEqual(['/flode/personer/anna-ek.xml']);
	});
});

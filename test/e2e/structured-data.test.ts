import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { outDir } = inject('demo');
const page = (url: string) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
const jsonLd = (html: string) =>
	[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe('structured data and feed links on pages (StructuredData.astro, FeedLinks.astro)', () => {
	it('gives a meeting page a schema.org Event with a full start date', () => {
		const [data] = jsonLd(page('organ/kronoberg-kommunalt-forum/2018-05-02'));
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			startDate: '2018-05-02T09:00',
			url: 'https://example.org/organ/kronoberg-kommunalt-forum/2018-05-02/',
		});
	});

	it('gives a person page a schema.org Person', () => {
		const [data] = jsonLd(page('personer/mikaela-waltersson'));
		expect(data).toMatchObject({ '@type': 'Person', name: 'Mikaela Waltersson' });
	});

	it('links the feeds of the start, body, topic and person pages in the head', () => {
		expect(alternates(page(''))).toContain('/flode/alla.xml');
		expect(alternates(page('organ/halland-krf'))).toContain('/flode/organ/halland-krf.xml');
		expect(alternates(page('amnen/samhallsplanering'))).toContain('/flode/amnen/samhallsplanering.xml');
		expect(alternates(page('personer/mikaela-waltersson'))).toContain('/flode/personer/mikaela-waltersson.xml');
	});
});

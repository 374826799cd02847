import { describe, expect, it } from 'vitest';
import { routePattern } from '../../src/integration/route-pattern.ts';

describe('routePattern: the URL of a route file, as under src/pages/', () => {
	it('gives a page its folder path, an index page its folder', () => {
		expect(routePattern('personer/[id].astro')).toBe('/personer/[id]');
		expect(routePattern('moten/index.astro')).toBe('/moten');
		expect(routePattern('index.astro')).toBe('/');
	});

	it('keeps the file type of an endpoint and drops only the source extension', () => {
		expect(routePattern('flode/alla.xml.ts')).toBe('/flode/alla.xml');
		expect(routePattern('data/[zip].zip.ts')).toBe('/data/[zip].zip');
		expect(routePattern('kalender/[body].ics.ts')).toBe('/kalender/[body].ics');
	});

	it('keeps nested parameters in order', () => {
		expect(routePattern('organ/[body]/ar/[year].astro')).toBe('/organ/[body]/ar/[year]');
		expect(routePattern('404.astro')).toBe('/404');
	});
});

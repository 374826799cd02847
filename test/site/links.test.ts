import { describe, expect, it } from 'vitest';
import { caseId } from '../../src/lib/case-id.ts';
import { href } from '../../src/lib/href.ts';
import { originalPath } from '../../src/lib/original-path.ts';

describe('a site served at the root', () => {
	it('keeps paths as they are', () => expect(href('/organ/krf/', '/')).toBe('/organ/krf/'));
	it('keeps fragments', () => expect(href('/organ/krf/2023/#punkt-3', '/')).toBe('/organ/krf/2023/#punkt-3'));
});

describe('a site served under a sub-path', () => {
	it('prefixes every path', () => expect(href('/personer/', '/arkiv/')).toBe('/arkiv/personer/'));
	it('accepts a base without a trailing slash', () => expect(href('/sok/', '/arkiv')).toBe('/arkiv/sok/'));
	it('leaves fragments and other sites alone', () => {
		expect(href('#punkt-1', '/arkiv/')).toBe('#punkt-1');
		expect(href('https://www.digg.se/', '/arkiv/')).toBe('https://www.digg.se/');
	});
});

describe('case numbers', () => {
	it('map to the ids the converter gives case pages', () => {
		expect(caseId('RS181313')).toBe('rs181313');
		expect(caseId('KS 2018/124')).toBe('ks-2018-124');
		expect(caseId('Dnr 2019/45')).toBe('2019-45');
	});
});

describe('original files', () => {
	it('are linked under /original/ without the minutes folder', () =>
		expect(originalPath('minutes/halland-krf/2023-02-01.txt')).toBe('/original/halland-krf/2023-02-01.txt'));
	it('have unsafe characters escaped', () => expect(originalPath('minutes/krf/möte 1.pdf')).toBe('/original/krf/m%C3%B6te%201.pdf'));
});

import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bodyCalendar } from '../../src/lib/feeds/body-calendar.ts';
import { foldIcalLine } from '../../src/lib/feeds/fold-ical-line.ts';
import { icalText } from '../../src/lib/feeds/ical-text.ts';
import { fixtureIndex } from './fixture.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('icalText', () => {
	it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
		expect(icalText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
	});
});

describe('foldIcalLine', () => {
	it('keeps short lines as they are', () => {
		expect(foldIcalLine('SUMMARY:KRF')).toBe('SUMMARY:KRF');
	});
	it('folds at 75 octets with CRLF and a space, never splitting a UTF-8 character', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				const folded = foldIcalLine(`DESCRIPTION:${text}`);
				const lines = folded.split('\r\n');
				for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
				lines.slice(1).forEach((line) => {
					expect(line.startsWith(' ')).toBe(true);
				});
				expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
			}),
		);
		expect(foldIcalLine(`X:${'ö'.repeat(80)}`).split('\r\n')[0]).toBe(`X:${'ö'.repeat(36)}`);
	});
});

describe('bodyCalendar', () => {
	const index = fixtureIndex();
	const body = (id: string) => index.bodiesById.get(id)!;
	const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

	it('writes one all-day event per announced date, parsed back by ical.js', () => {
		const ics = bodyCalendar(body('kf'), index);
		const parsed = events(ics);
		expect(parsed.map((e) => e.startDate.toString())).toEqual(['2018-08-29', '2018-10-24', '2019-01-17']);
		for (const event of parsed) {
			expect(event.startDate.isDate).toBe(true);
			expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
			expect(event.uid).toMatch(/^[0-9a-f]{32}@example\.org$/);
			expect(event.description).toContain('https://example.org/arkiv/organ/kf/2018-05-02/');
		}
		expect(new Set(parsed.map((e) => e.uid)).size).toBe(3);
	});

	it('uses CRLF everywhere, folds long lines and stamps with the announcing meeting date', () => {
		const ics = bodyCalendar(body('kf'), index);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(ics).toContain('DTSTAMP:20180502T000000Z');
	});

	it('keeps UIDs stable (body + date) and leaves withdrawn minutes out', () => {
		const krf = bodyCalendar(body('krf'), index);
		expect(events(krf).map((e) => e.startDate.toString())).toEqual(['2023-08-29', '2023-10-24']);
		expect(krf).toBe(bodyCalendar(body('krf'), fixtureIndex()));
		const kfUids = events(bodyCalendar(body('kf'), index)).map((e) => e.uid);
		expect(
			events(krf)
				.map((e) => e.uid)
				.some((uid) => kfUids.includes(uid)),
		).toBe(false);
	});

	it('writes a valid empty calendar for a body without announcements', () => {
		const ics = bodyCalendar(body('tom'), index);
		expect(events(ics)).toEqual([]);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
	});
});

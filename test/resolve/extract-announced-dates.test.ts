import { describe, expect, it } from 'vitest';
import { extractAnnouncedDates } from '../../src/lib/feeds/extract-announced-dates.ts';

describe('extractAnnouncedDates', () => {
	it('turns the announced meetings of the 2018 Kronoberg minutes into ISO dates', () => {
		expect(extractAnnouncedDates('Kommande möten är 29 augusti och 24 oktober.', { meetingDate: '2018-05-02' })).toEqual(['2018-08-29', '2018-10-24']);
	});

	it('uses the meeting year when only the year is known', () => {
		expect(extractAnnouncedDates('Kommande möten är 29 augusti och 24 oktober.', { meetingDate: '2018' })).toEqual(['2018-08-29', '2018-10-24']);
	});

	it('puts a month before the meeting month in the next year', () => {
		expect(extractAnnouncedDates('Nästa möte är den 15 februari och därefter 3 juni.', { meetingDate: '2023-11-20' })).toEqual(['2024-02-15', '2024-06-03']);
		expect(extractAnnouncedDates('Datum för regiondagarna 2019 blir den 17-18 januari.', { meetingDate: '2018-05-02' })).toEqual(['2019-01-17']);
	});

	it('reads lists of days, abbreviated months, ordinals, ISO and numeric dates', () => {
		expect(extractAnnouncedDates('Mötena hålls 3, 10 och 17 sept. samt den 4:e okt.', { meetingDate: '2018-05-02' })).toEqual([
			'2018-09-03',
			'2018-09-10',
			'2018-09-17',
			'2018-10-04',
		]);
		expect(extractAnnouncedDates('Kommande sammanträden blir 2025-02-14 och 2025-04-11.', { meetingDate: '2024-12-01' })).toEqual(['2025-02-14', '2025-04-11']);
		expect(extractAnnouncedDates('Nästa möte 29/8 kl. 13.00.', { meetingDate: '2018-05' })).toEqual(['2018-08-29']);
	});

	it('keeps only dates after the meeting', () => {
		expect(extractAnnouncedDates('Förra mötet var 2018-03-01; nästa är 2018-09-01.', { meetingDate: '2018-05-02' })).toEqual(['2018-09-01']);
		expect(extractAnnouncedDates('Mötet den 2 maj 2018 avslutades.', { meetingDate: '2018-05-02' })).toEqual([]);
	});

	it('needs a year: without a meeting date only dates with a year are kept', () => {
		expect(extractAnnouncedDates('Nästa möte 4 september och 6 november 2019.', { meetingDate: null })).toEqual(['2019-11-06']);
	});

	it('ignores impossible dates, times, case numbers and other numbers', () => {
		expect(extractAnnouncedDates('Möte 31 februari kl. 9.30, KS 2018/124, 15/16 och 2-4 gånger per år.', { meetingDate: '2018' })).toEqual([]);
	});
});

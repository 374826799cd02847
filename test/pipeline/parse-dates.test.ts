import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../scripts/pipeline/parse/date-from-file-name.ts';
import { inferYear } from '../../scripts/pipeline/parse/infer-year.ts';
import { parseCaseNumbers } from '../../scripts/pipeline/parse/parse-case-numbers.ts';
import { parseDates } from '../../scripts/pipeline/parse/parse-dates.ts';
import { parseHeader } from '../../scripts/pipeline/parse/parse-header.ts';
import { parseTimes } from '../../scripts/pipeline/parse/parse-times.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { splitLines } from '../../scripts/pipeline/segment/split-lines.ts';

describe('parseDates', () => {
	it('reads ISO and Swedish dates', () => {
		expect(parseDates('Kommunalt forum 2018-05-02')[0]).toMatchObject({ year: 2018, month: 5, day: 2 });
		expect(parseDates('den 23 maj 2006')[0]).toMatchObject({ year: 2006, month: 5, day: 23, weekday: null });
		expect(parseDates('onsdag 1 februari kl. 09:00')[0]).toMatchObject({ year: null, month: 2, day: 1, weekday: 3 });
		expect(parseDates('Köpenhamn den 26-27 juni.')[0]).toMatchObject({ day: 26, endDay: 27, month: 6 });
	});
	it('reads day.month.year, and ranges and weekdays with the year', () => {
		expect(parseDates('Sammanträde 14.12.2009 kl. 18.00')[0]).toMatchObject({ year: 2009, month: 12, day: 14 });
		expect(parseDates('den 14-15 mars 2019')[0]).toMatchObject({ year: 2019, month: 3, day: 14, endDay: 15 });
		expect(parseDates('Tisdagen den 5 februari 2019')[0]).toMatchObject({ year: 2019, month: 2, day: 5, weekday: 2 });
		expect(parseDates('Måndag, 16 april, 2016, 12:09-13:00')[0]).toMatchObject({ year: 2016, month: 4, day: 16 });
	});
	it('never reads a date inside a link or an address', () => {
		expect(parseDates('Se https://example.org/protokoll?datum=2019-03-12 och kansli@kommun.se')).toEqual([]);
		expect(parseDates('belopp 1.5.2 och 12.30')).toEqual([]);
	});
	it('ignores impossible dates and numbers that are not dates', () => {
		expect(parseDates('2019-02-30 och 1473 København och 30 procent')).toEqual([]);
	});
});

describe('inferYear', () => {
	it('infers the year only when exactly one mentioned year fits the weekday', () => {
		expect(inferYear(2, 1, 3, 'Fokusfrågor 2023, hösten 2022, Agenda 2030, 2035').year).toBe(2023);
		expect(inferYear(2, 1, 3, 'planen 2017 och 2023').year).toBeNull();
		expect(inferYear(2, 1, 3, 'inga årtal').year).toBeNull();
	});
});

describe('parseTimes', () => {
	it('reads times and ranges', () => {
		expect(parseTimes('Borgsalen, kl. 13:30-16:30')[0]).toMatchObject({ start: '13:30', end: '16:30' });
		expect(parseTimes('klockan 14:00-17:00')[0]).toMatchObject({ start: '14:00', end: '17:00' });
		expect(parseTimes('Klockan: 9.00–11.30')[0]).toMatchObject({ start: '09:00', end: '11:30' });
		expect(parseTimes('Stadshuset, kl 13.00–15.30')[0]).toMatchObject({ start: '13:00', end: '15:30' });
		const two = parseTimes('onsdag 1 februari kl. 09:00 till torsdag 2 februari kl. 13.00');
		expect(two.map((t) => t.start)).toEqual(['09:00', '13:00']);
	});
	it('reads a range at the end of a sentence, and one whose dash a transcript dropped', () => {
		expect(parseTimes('Sammanträdesrum Hamnen, kl 13:00-16:00. Beslutande')[0]).toMatchObject({ start: '13:00', end: '16:00' });
		expect(parseTimes('Pensionärernas Hus, kl. 18.00 20.00 Beslutande')[0]).toMatchObject({ start: '18:00', end: '20:00' });
		expect(parseTimes('kl. 18.00 17.00')[0]).toMatchObject({ start: '18:00', end: null });
	});
});

describe('parseHeader', () => {
	const header = (text: string, fileName = 'x.txt') => parseHeader(splitLines(text), text, fileName);
	it('reads Sammanträdestid and Sammanträdesplats of a first page flattened into one line', () => {
		const text =
			'1 PROTOKOLL 1 (12) Sammanträdestid kl 09:00-12:30 Ajournering kl 10:45-11:30 Sammanträdesplats Tallen, Regionhuset, Umeå Beslutande Enligt närvarolista sidan 2 Övriga närvarande Enligt närvarolista sidan 2 Underskrifter Sekreterare Lena Ås';
		expect(parseMinutes(text, { fileName: 'au.txt' }).header).toMatchObject({ startTime: '09:00', endTime: '12:30', location: 'Tallen, Regionhuset, Umeå' });
	});
	it('takes no meeting time from a paragraph that tells of something during the meeting', () => {
		const text = 'Kommunfullmäktige 2024-11-18\n\nLedamoten anmälde jäv. Hon lämnade sammanträdet innan behandlingen av ärendet kl. 18.48.';
		expect(header(text).header).toMatchObject({ startTime: null, endTime: null });
	});
	it('reads a two-day meeting with the year inferred, and warns', () => {
		const text = 'Forum\n\nPlats och tid\tFalkenberg Strandbad, onsdag 1 februari kl. 09:00 till torsdag 2 februari kl. 13.00\nFokusfrågor 2023';
		const r = header(text, '001.txt');
		expect(r.header).toMatchObject({
			date: '2023-02-01',
			endDate: '2023-02-02',
			startTime: '09:00',
			endTime: '13:00',
			location: 'Falkenberg Strandbad',
			dateSource: 'inferred',
		});
		expect(r.problems[0]!.message).toContain('001.yml');
	});
	it('uses the file name when the text has no date, and warns when neither has one', () => {
		expect(header('Forum', '2023-02-01.txt').header).toMatchObject({ date: '2023-02-01', dateSource: 'filename' });
		const none = header('Forum', 'anteckningar.txt');
		expect(none.header.date).toBeNull();
		expect(none.problems[0]!.message).toMatch(/Date missing.*`date: YYYY-MM-DD`.*anteckningar\.yml/u);
	});
	it('reads the document type and the body from one line', () => {
		expect(header('Mötesanteckningar – Kommunalt forum 2018-05-02').header).toMatchObject({
			documentType: 'Mötesanteckningar',
			bodyName: 'Kommunalt forum',
			date: '2018-05-02',
			dateSource: 'text',
		});
	});
	it('reads the date from a "Datum:" label among other words, a document type or a page header', () => {
		expect(header('ÅRSMÖTESPROTOKOLL Datum: 2023-04-20\nPlats: Arkaden').header).toMatchObject({
			documentType: 'ÅRSMÖTESPROTOKOLL',
			date: '2023-04-20',
			location: 'Arkaden',
		});
		expect(header('Styrelseprotokoll 2016-09-22').header).toMatchObject({ date: '2016-09-22' });
		expect(header('Kommunfullmäktige\tSammanträdesdatum\tSida\n\t2019-04-15\t1(22)').header.date).toBe('2019-04-15');
		expect(header('Protokoll\n\nSektionsmöte den 8 oktober 2014').header.date).toBe('2014-10-08');
		expect(header('D-SEKTIONEN, STYRELSEMÖTESPROTOKOLL 950912').header.date).toBe('1995-09-12');
	});
	it("never takes the date of the next meeting or of the signing as the meeting's", () => {
		expect(header('Protokoll\n\nNästa möte den 8 oktober 2014').header.date).toBeNull();
		expect(header('Protokoll\n\nJusteras den 8 oktober 2014').header.date).toBeNull();
	});
	it('reads a place and time label whose value wraps', () => {
		expect(header('Plats och tid Bloxhub på Bryghusgade 8, 1473 København,\nklockan 14:00-17:00').header).toMatchObject({
			location: 'Bloxhub på Bryghusgade 8, 1473 København',
			startTime: '14:00',
			endTime: '17:00',
		});
	});
});

describe('dateFromFileName and parseCaseNumbers', () => {
	it('reads ISO dates in file names', () => {
		expect(dateFromFileName('ks-2019-03-12-protokoll.txt')).toBe('2019-03-12');
		expect(dateFromFileName('2019-03.txt')).toBe('2019-03');
		expect(dateFromFileName('000_c45da5374318ee37.txt')).toBeNull();
	});
	it('finds case numbers as written', () => {
		expect(parseCaseNumbers('RS181313')).toEqual(['RS181313']);
		expect(parseCaseNumbers('Dnr KS 2018/124 och KS 2018/125, Dnr 2019/45')).toEqual(['Dnr KS 2018/124', 'KS 2018/125', 'Dnr 2019/45']);
		expect(parseCaseNumbers('Jämfört med 2015/16 och SOU 2024:1')).toEqual([]);
	});
});

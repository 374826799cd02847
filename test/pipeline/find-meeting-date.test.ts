import { describe, expect, it } from 'vitest';
import { parseDates } from '../../scripts/pipeline/parse/parse-dates.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';

const read = (text: string) => parseMinutes(text, { fileName: 'protokoll.txt' }).header;

describe('a flattened first page whose date stands among the attendance', () => {
	it('reads a weekday date that follows the labels, with the time after it', () => {
		const header = read(
			[
				'BYGGNADSNÄMNDENS ARBETSUTSKOTT Tid och plats Beslutande Ledamöter Onsdagen den 14 maj 2008, kl 09.00-11.30 i Sessionssalen Karin Öberg (S) ordf. Lars Hed (M) Övriga närvarande Eva Sten, sekreterare',
				'',
				'§ 40 Detaljplan för Åby',
				'',
				'Nämnden antar planen.',
			].join('\n'),
		);
		expect(header.date).toBe('2008-05-14');
		expect(header.startTime).toBe('09:00');
		expect(header.endTime).toBe('11:30');
	});

	it('reads the body’s date from the notice of posting, not the date of the signing before it', () => {
		const header = read(
			[
				'SOLBY KOMMUN Sammanträdesprotokoll 1 (12) Plats och tid Rådhuset, kl Beslutande Anna Dahl (S), ordförande Per Lund (M) Utses att justera Per Lund (M) Justeringens plats och tid Kommunkansliet, fredag 9 mars 2012 Underskrifter Sekreterare Paragrafer Eva Sten Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsen 5 mars 2012 Anslags uppsättande 9 mars 2012 Anslags nedtagande 2 april 2012',
				'',
				'§ 12 Budget 2013',
				'',
				'Kommunstyrelsen beslutar att anta budgeten.',
			].join('\n'),
		);
		expect(header.date).toBe('2012-03-05');
	});

	it('reads no date from the values of the signing that a flattened page writes after all its labels', () => {
		const header = read(
			[
				'Plats och tid Stadshuset, kl Beslutande Anna Dahl (S), ordförande Per Lund (M) Utses att justera Justeringens plats och tid Per Lund Kommunkansliet tisdag 6 mars 2012 kl. 10:00 Underskrifter Sekreterare Eva Sten',
				'',
				'§ 12 Budget 2013',
			].join('\n'),
		);
		expect(header.date).toBeNull();
	});

	it('reads no date from a deadline for appeals', () => {
		const header = read(
			[
				'Plats och tid Stadshuset, kl Beslutande Anna Dahl (S), ordförande Per Lund (M) ANSLAG/BEVIS Sista datum för överklagande 2018-05-30 Underskrift Eva Sten',
				'',
				'§ 12 Budget 2019',
			].join('\n'),
		);
		expect(header.date).toBeNull();
	});
});

describe('dates the header states in other ways', () => {
	it('takes the date a label gives over the date of a heading above it', () => {
		const header = read(
			[
				'Protokoll från styrelsemötet 1 juni 2015',
				'',
				'Tid: 3 juni 2015, kl. 18.00-20.00',
				'',
				'Närvarande',
				'Anna Dahl',
				'Per Lund',
				'',
				'§ 1 Mötets öppnande',
			].join('\n'),
		);
		expect(header.date).toBe('2015-06-03');
	});

	it('reads a date written with a word processor’s dashes', () => {
		expect(parseDates('Datum 2011–05–12')[0]).toMatchObject({ year: 2011, month: 5, day: 12 });
	});

	it('reads a six-digit date written in pairs beside the document’s kind', () => {
		const header = read(['Protokoll fört vid telefonmöte 19 11 04 kl. 18-19', '', 'Närvarande', 'Anna Dahl, Per Lund', '', '§ 1 Mötets öppnande'].join('\n'));
		expect(header.date).toBe('2019-11-04');
	});

	it('reads no meeting date from the day the minutes were signed', () => {
		const header = read(
			[
				'PROTOKOLL Regionfullmäktige Justerat måndagen den 16 mars 2009 Anna Dahl Per Lund',
				'',
				'12 Inledning Ordföranden förklarade sammanträdet öppnat.',
			].join('\n'),
		);
		expect(header.date).toBeNull();
	});

	it('reads the date of a heading that comes after a line that looked like an item', () => {
		const header = read(
			['3. Årsmötesprotokoll 2021', '', 'Protokoll från årsmötet den 14 mars 2021:', '', '§ 1. Mötet öppnades.', '', '§ 2. Val av ordförande: Anna Dahl.'].join(
				'\n',
			),
		);
		expect(header.date).toBe('2021-03-14');
	});
});

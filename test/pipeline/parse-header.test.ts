import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';

describe('a weekday date without a year', () => {
	const text = [
		'Styrelsemöte',
		'',
		'Plats och tid: Kommunhuset, tisdag 15 februari kl. 18.00–20.00',
		'',
		'Närvarande',
		'Anna Berg (S)',
		'',
		'1. Budget 2022',
		'',
		'Budgeten för 2022 diskuterades.',
	].join('\n');

	it('takes the full date from the file name when its day and month agree, without a warning', () => {
		const parsed = parseMinutes(text, { fileName: '1994-02-15.txt' });
		expect(parsed.header.date).toBe('1994-02-15');
		expect(parsed.header.dateSource).toBe('filename');
		expect(parsed.problems.filter((problem) => problem.code === 'year-inferred' || problem.code === 'date-missing')).toEqual([]);
	});

	it('infers the year from the years the text mentions when the file name has no date, and says so', () => {
		const parsed = parseMinutes(text, { fileName: 'styrelsemote.txt' });
		expect(parsed.header.date).toBe('2022-02-15');
		expect(parsed.header.dateSource).toBe('inferred');
		expect(parsed.problems.map((problem) => problem.code)).toContain('year-inferred');
	});
});

describe('a protokollsutdrag printed from a web page', () => {
	// as gotland.se prints a single paragraph: the page title repeats the item heading above the document's header
	const text = [
		'§ 104 Motion. Folkomröstning om kongresshall',
		'',
		'Utskrivet från: http://gotland.se/9269',
		'SAMMANTRÄDESPROTOKOLL',
		'Regionstyrelsen',
		'2003-04-24',
		'',
		'KS § 104',
		'Motion. Folkomröstning om kongresshall',
		'',
		'Bror Lindahl (fp) yrkade bifall till motionen.',
	].join('\n');
	const parsed = parseMinutes(text, { fileName: 'input.txt' });

	it("reads the document's header below the page title: its body and its date, not the address it was printed from", () => {
		expect(parsed.header).toMatchObject({ title: 'Regionstyrelsen', documentType: 'SAMMANTRÄDESPROTOKOLL', date: '2003-04-24' });
	});
	it('still reads the item, once', () => {
		expect(parsed.items.map((item) => [item.number, item.title])).toEqual([[104, 'Motion. Folkomröstning om kongresshall']]);
	});
});

describe('the place and time of the formal template', () => {
	const header = (placeTime: string) =>
		parseMinutes(`Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n\nPlats och tid ${placeTime}\n\nBeslutande\nAnna Ek (S)\n\n§ 1 Budget\n\nText.\n`, {
			fileName: 'ks.txt',
		}).header;

	it('ends a meeting held in parts when its last part ends, whatever breaks it had', () => {
		expect(header('Stadshuset kl. 10.00–12.00, 13.00–16.15')).toMatchObject({ startTime: '10:00', endTime: '16:15', location: 'Stadshuset' });
		expect(header('Stadshuset kl. 13.00–15.30, ajournering 14.00–14.15')).toMatchObject({ startTime: '13:00', endTime: '15:30', location: 'Stadshuset' });
	});
	it('leaves out of the place what a transcript left of a time it lost and the label of the next field', () => {
		expect(header('Stadshus B, B1, kl , ajournering').location).toBe('Stadshus B, B1');
		expect(header('kl , Sessionssalen, Bibliotekshuset').location).toBe('Sessionssalen, Bibliotekshuset');
		expect(header('Stora salen, Brofästet Hotell & Konferens Omfattning 1-13').location).toBe('Stora salen, Brofästet Hotell & Konferens');
		expect(header('Kommunhuset, Henån s-rum :15').location).toBe('Kommunhuset, Henån s-rum');
	});
	it('reads "Plats, datum och tid för mötet" as the place and the time', () => {
		const read = parseMinutes('Kyrkorådet\n\nPlats, datum och tid för mötet Församlingshemmet 2024-05-14 kl. 19.00-20.30\n\n§ 1 Budget\n\nText.\n', {
			fileName: 'kr.txt',
		}).header;
		expect(read).toMatchObject({ location: 'Församlingshemmet', date: '2024-05-14', startTime: '19:00', endTime: '20:30' });
	});
});

describe('a letterhead above the body’s name', () => {
	it('is not the title: the body that met is', () => {
		for (const letterhead of ['LULEÅ KOMMUN', 'RIKSDAGEN', 'NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL', 'REGION SKÅNE']) {
			const read = parseMinutes(`${letterhead}\nKommunstyrelsen\nSammanträdesdatum 2024-05-14\n\nBeslutande\nAnna Ek (S)\n\n§ 1 Budget\n\nText.\n`, {
				fileName: 'ks.txt',
			});
			expect(read.header.title, letterhead).toBe('Kommunstyrelsen');
		}
	});
	it('is the title where nothing below names the body', () => {
		const read = parseMinutes('LULEÅ KOMMUN\n\nSammanträdesdatum 2024-05-14\n\n§ 1 Budget\n\nText.\n', { fileName: 'ks.txt' });
		expect(read.header.title).toBe('LULEÅ KOMMUN');
	});
});

describe('a flattened first page whose two first labels stand before their values', () => {
	it('gives "Plats och tid" the place and the time, and "Beslutande" what follows', () => {
		const page =
			'1 EXEMPELÅ KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 1 (12) Sida Plats och tid Beslutande Kommunkontoret i Bergsjö. Tisdag 14 mars 2017 kl. 09:00-16:15. Se närvarolista. Övriga deltagande Eva Ek Sekreterare Utses att justera Per Berg (S) Justeringens plats och tid Kommunkontoret';
		const read = parseMinutes(`${page}\n\n2 EXEMPELÅ KOMMUN ${'Kommunstyrelsen beslutar att godkänna förslaget. '.repeat(4)}\n`, { fileName: 'ks.txt' });
		expect(read.header).toMatchObject({ location: 'Kommunkontoret i Bergsjö', date: '2017-03-14', startTime: '09:00', endTime: '16:15' });
	});
	it('gives "Plats och tid" the whole value where only the place and the date follow, and the people to the next label', () => {
		const page =
			'1 EXEMPELÅ KOMMUN SAMMANTRÄDESPROTOKOLL 1 Plats och tid Beslutande Tingssalen Storgatan 26, Ljungby, måndagen den 30 mars 2015, kl Ledamöter Anne Ek (S) Per Berg (M) Eva Lind (C) Övriga närvarande Eva-Marie Holm, sekreterare';
		const read = parseMinutes(`${page}\n\n2 EXEMPELÅ KOMMUN ${'Kommunfullmäktige beslutar att godkänna förslaget. '.repeat(4)}\n`, { fileName: 'kf.txt' });
		expect(read.header).toMatchObject({ location: 'Tingssalen Storgatan 26, Ljungby', date: '2015-03-30' });
		expect(read.attendees.map((a) => a.name)).toEqual(['Anne Ek', 'Per Berg', 'Eva Lind', 'Eva-Marie Holm']);
	});
});

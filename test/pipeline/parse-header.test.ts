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

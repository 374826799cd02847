import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';

describe('a weekday date without a year', () => {
	const text = ['Styrelsemöte', '', 'Plats och tid: Kommunhuset, tisdag 15 februari kl. 18.00–20.00', '', 'Närvarande', 'Anna Berg (S)', '', '1. Budget 2022', '', 'Budgeten för 2022 diskuterades.'].join('\n');

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

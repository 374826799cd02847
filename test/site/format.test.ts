import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { sortableDate } from '../../src/lib/sortable-date.ts';
import { yearOf } from '../../src/lib/year-of.ts';

describe('a meeting with a full date', () => {
	it('is written the Swedish way', () => expect(ui.date('2023-02-01')).toBe('1 februari 2023'));
	it('sorts by its own date', () => expect(sortableDate('2023-02-01')).toBe('2023-02-01'));
	it('shortens a range within one month', () => expect(ui.dateRange('2023-02-01', '2023-02-02')).toBe('1–2 februari 2023'));
	it('writes a range over two months in full', () => expect(ui.dateRange('2023-01-31', '2023-02-01')).toBe('31 januari 2023–1 februari 2023'));
});

describe('a meeting with a partial date', () => {
	it('shows only the month and year', () => expect(ui.date('2019-06')).toBe('juni 2019'));
	it('shows only the year', () => expect(ui.date('2024')).toBe('2024'));
	it('pads to a sortable string that sorts before full dates of the same period', () => {
		expect(sortableDate('2024')).toBe('2024-00-00');
		expect(sortableDate('2019-06')).toBe('2019-06-00');
		expect(sortableDate('2019-06') < sortableDate('2019-06-01')).toBe(true);
	});
	it('belongs to its year page', () => expect(yearOf('2019-06')).toBe('2019'));
});

describe('a meeting without a date', () => {
	it('says the date is missing', () => expect(ui.date(null)).toBe('Datum saknas'));
	it('sorts first', () => expect(sortableDate(null)).toBe('0000-00-00'));
	it('goes on the page of undated meetings', () => expect(yearOf(null)).toBe('utan-datum'));
});

describe('counts', () => {
	it('use the singular for one', () => expect(ui.count.meetings(1)).toBe('1 möte'));
	it('use the plural otherwise', () => {
		expect(ui.count.meetings(3)).toBe('3 möten');
		expect(ui.count.meetings(0)).toBe('0 möten');
	});
	it('group thousands with a space', () => expect(ui.count.meetings(10000)).toMatch(/^10\s000 möten$/));
});

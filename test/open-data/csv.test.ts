import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/lib/open-data/csv-field.ts';
import { toCsv } from '../../src/lib/open-data/to-csv.ts';
import { parseCsv } from './validators.ts';

describe('csvField', () => {
	it('leaves plain values bare and writes null as empty', () => {
		expect(csvField('Region Halland')).toBe('Region Halland');
		expect(csvField(12)).toBe('12');
		expect(csvField(null)).toBe('');
	});
	it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('säg "hej"')).toBe('"säg ""hej"""');
		expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
		expect(csvField(' x')).toBe('" x"');
	});
});

describe('toCsv', () => {
	it('writes a header row and CRLF after every record', () => {
		expect(
			toCsv(
				['id', 'namn'],
				[
					{ id: 1, namn: 'Åsa, "Ö"' },
					{ id: 2, namn: null },
				],
			),
		).toBe('id,namn\r\n1,"Åsa, ""Ö"""\r\n2,\r\n');
	});
	it('round-trips any text through a strict RFC 4180 parser', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 8 }), (pairs) => {
				const rows = pairs.map(([a, b]) => ({ a, b }));
				const parsed = parseCsv(toCsv(['a', 'b'], rows));
				expect(parsed).toEqual([['a', 'b'], ...pairs.map(([a, b]) => [a, b])]);
			}),
		);
	});
});

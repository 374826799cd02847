import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { fixtures } from './helpers/fixtures.ts';
import { missingWords } from './helpers/words.ts';

// Lines typical of minutes, shuffled into layouts never seen: the parser must not crash and must keep every word.
const pieces = [
	'',
	'',
	'',
	'Närvarande',
	'Förhinder:',
	'Politiker\tAnna Berg (S) (ordförande) Bo Ek (M), p. 2',
	'Ärenden',
	'Dagordning',
	'1. Budget',
	'2. Övrigt',
	'§ 12 Val av justerare',
	'Punkt 3. Information',
	'- punkt i lista',
	'  - nästlad',
	'• annan',
	'Anna Berg, Ale',
	'Bo Ek (Kommundirektör, Hylte kommun),',
	'kommun), Eva (Sekreterare),',
	'Ordförandes sign',
	'Sida 2 av 5',
	'Beslut',
	'Anteckningar',
	'Dnr KS 2018/124',
	'RS181313',
	'Medverkande: P-O Strömberg, Consid',
	'Onsdag den 1 februari',
	'Plats och tid: Stadshuset, kl 13.00–15.30',
	'Mötet avslutades utan vidare frågor och',
	'planerings-',
	'förutsättningarna är goda.',
	'Antecknat av',
	'Avslutning',
	'Vid protokollet',
	'(((',
	')))',
	'\t\t',
	'Region Kronoberg:\tA B, C D',
	'2 (5)',
	'**1. fet**',
];

describe('fuzz: random layouts', () => {
	it('never crashes and keeps every word', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 })), { maxLength: 60 }), (parts) => {
				const text = parts.join('\n');
				const parsed = parseMinutes(text, { fileName: 'fuzz.txt' });
				expect(Object.fromEntries(missingWords(text, parsed))).toEqual({});
			}),
			{ numRuns: 2000 },
		);
	});

	it('keeps every word when the lines of the samples are shuffled', () => {
		const all = fixtures().flatMap((f) => f.input.split('\n'));
		fc.assert(
			fc.property(fc.shuffledSubarray(all, { minLength: 1, maxLength: 80 }), (lines) => {
				const text = lines.join('\n');
				const parsed = parseMinutes(text, { fileName: 'fuzz.txt' });
				expect(Object.fromEntries(missingWords(text, parsed))).toEqual({});
			}),
			{ numRuns: 1000 },
		);
	});
});

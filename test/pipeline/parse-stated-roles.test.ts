import { describe, expect, it } from 'vitest';
import { parseStatedRoles } from '../../scripts/pipeline/parse/parse-stated-roles.ts';
import { splitLines } from '../../scripts/pipeline/segment/split-lines.ts';

/** The stated roles of a text, as `[name, party, role, absent]`. */
const stated = (text: string) => parseStatedRoles(splitLines(text)).map((s) => [s.name, s.party, s.role, s.absent]);

describe('roles the minutes state in sentences and signatures', () => {
	it('reads the secretary after "Vid protokollet" and the justerare chosen in a sentence', () => {
		expect(stated('Vid protokollet: Maria Ek\nTill justerare valdes Anna Berg.')).toEqual([
			['Maria Ek', null, 'sekreterare', false],
			['Anna Berg', null, 'justerare', false],
		]);
	});
	it('reads a signature block that writes each part after the signer’s name', () => {
		expect(stated('Johan Lind, sekreterare Justerat den 19 november Eva Sten (S), ordförande Per Holm (M), justerande')).toEqual([
			['Johan Lind', null, 'sekreterare', false],
			['Eva Sten', 'S', 'ordförande', false],
			['Per Holm', 'M', 'justerare', false],
		]);
	});
	it('keeps the block’s own words out of the signer’s name', () => {
		expect(stated('Vid protokollet\nJohan Ås\n\nJusteras\nAnna Ek, ordförande\nPer Berg, justerare')).toEqual([
			['Johan Ås', null, 'sekreterare', false],
			['Anna Ek', null, 'justerare', false],
			['Anna Ek', null, 'ordförande', false],
		]);
	});
	it('leaves a list of people that is no signature block to the attendance', () => {
		expect(stated('Beslutande: Eva Sten (S), ordförande, Per Holm (M)')).toEqual([]);
	});
});

describe('a sentence that lists those present', () => {
	it('reads each group of the sentence with the role its word gives', () => {
		expect(
			stated(
				'Närvarande var ordinarie ledamöter Eva Holm, Nils Berg och Lars Gustav Ek, suppleanten Mona Strand, ordförande Karin Lund och sekreterare Olle Falk. Mötet var beslutfört.',
			),
		).toEqual([
			['Eva Holm', null, null, false],
			['Nils Berg', null, null, false],
			['Lars Gustav Ek', null, null, false],
			['Mona Strand', null, 'ersättare', false],
			['Karin Lund', null, 'ordförande', false],
			['Olle Falk', null, 'sekreterare', false],
		]);
	});

	it('reads no title from an adverb between the verb and the names', () => {
		const [justerare] = parseStatedRoles(splitLines('Till protokolljusterare utsågs enhälligt Eva Holm och Nils Berg.'));
		expect(justerare).toMatchObject({ name: 'Eva Holm', role: 'justerare', title: null });
	});
});

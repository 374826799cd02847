import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/pipeline/resolve/split-sentences.ts';

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks followed by a capital', () => {
		expect(splitSentences('Laget runt. Vem beslutar? Ingen! Mötet avslutades.')).toEqual(['Laget runt.', 'Vem beslutar?', 'Ingen!', 'Mötet avslutades.']);
	});

	it.each([
		['t.ex.', 'Vi behöver t.ex. Trafikverket med. Nästa punkt.'],
		['m.fl.', 'Länsstyrelsen m.fl. Aktörer deltog. Nästa punkt.'],
		['ca.', 'Serviceavgiften är ca. 14,5 mnkr årligen. Nästa punkt.'],
		['bl.a.', 'Där deltog bl.a. Region Halland och SKR. Nästa punkt.'],
		['kl.', 'Mötet börjar kl. 13.00 i Borgsalen. Nästa punkt.'],
		['nr.', 'Se bilaga nr. 3 om detta. Nästa punkt.'],
		['p.', 'Närvarande p. 3 och p. 4 enligt lista. Nästa punkt.'],
		['an initial', 'Rapport från P. Strömberg om IoT. Nästa punkt.'],
	])('does not split after %s', (_abbreviation, text) => {
		expect(splitSentences(text)).toHaveLength(2);
	});

	it('does not split decimal numbers and keeps the text exactly as written', () => {
		const text = 'Kostnaden ökade med 2.5 procent, dvs. mer än väntat.';
		expect(splitSentences(text)).toEqual([text]);
	});

	it('splits at line breaks and does not split before a lower-case word', () => {
		expect(splitSentences('Verksamhetschef informerade.\nDialog fortsätter. enligt plan')).toEqual([
			'Verksamhetschef informerade.',
			'Dialog fortsätter. enligt plan',
		]);
	});

	it('splits before a quotation or a digit', () => {
		expect(splitSentences('Inga frågor. "Bra jobbat" sade ordföranden. 119 mnkr lades.')).toHaveLength(3);
	});
});

import { describe, expect, it } from 'vitest';
import { readProceedings } from '../../scripts/pipeline/proceedings/read-proceedings.ts';
import type { Block, ParsedItem } from '../../scripts/pipeline/types.ts';

const item = (...pieces: (string | string[])[]): ParsedItem => ({
	number: 12,
	label: null,
	title: 'Ärende',
	day: null,
	caseNumbers: [],
	participants: [],
	blocks: pieces.map(
		(piece, index): Block =>
			Array.isArray(piece)
				? { type: 'list', ordered: false, start: null, items: piece.map((text) => ({ text, line: index + 1, children: [] })), line: index + 1 }
				: { type: 'paragraph', text: piece, line: index + 1 },
	),
	line: 1,
	basis: 'paragraph',
});
const read = (...pieces: (string | string[])[]) => readProceedings(item(...pieces), []).proceedings;

describe('the decision (beslut)', () => {
	it('reads the text under a Beslut label with its att-clauses as a list (Norrtälje KF)', () => {
		const { resolution } = read(
			'Beslut',
			'Kommunfullmäktige beslutar:',
			'att utse Annette Tagesson (m) och Jan Emanuel Johansson (s) att jämte ordföranden justera protokollet,',
			'att justeringen skall äga rum på ledningskontoret 2002-12-09, kl 16.00.',
			'Bakgrund',
			'Enligt arbetsordningen ska två justerare utses.',
		);
		expect(resolution).toEqual({
			text: 'Kommunfullmäktige beslutar:',
			clauses: [
				'att utse Annette Tagesson (m) och Jan Emanuel Johansson (s) att jämte ordföranden justera protokollet,',
				'att justeringen skall äga rum på ledningskontoret 2002-12-09, kl 16.00.',
			],
			acclamation: true,
		});
	});
	it('splits att-clauses the text layer of a PDF ran together, and joins a clause broken over two lines', () => {
		expect(read('Kommunfullmäktiges beslut', 'att anta planen, att ge kommunstyrelsen i uppdrag att', 'följa upp den.').resolution?.clauses).toEqual([
			'att anta planen,',
			'att ge kommunstyrelsen i uppdrag att följa upp den.',
		]);
	});
	it('reads points listed with bullets under the body’s decision (Tyresö KF)', () => {
		expect(read('Kommunfullmäktiges beslut', ['Godkänner avsägelserna.', 'Noterar ny sammanräkning från länsstyrelsen.'], '_________').resolution).toEqual({
			text: null,
			clauses: ['Godkänner avsägelserna.', 'Noterar ny sammanräkning från länsstyrelsen.'],
			acclamation: true,
		});
	});
	it('reads "Beslut:" with the decision on the same line', () => {
		expect(read('Beslut: Enligt förslag.').resolution).toEqual({ text: 'Enligt förslag.', clauses: [], acclamation: true });
	});
	it('reads a decision sentence of the body when no label names it, in either word order', () => {
		expect(read('Landstingsstyrelsen beslutar utse Dan Skantz att jämte ordföranden justera protokollet.').resolution?.text).toBe(
			'Landstingsstyrelsen beslutar utse Dan Skantz att jämte ordföranden justera protokollet.',
		);
		expect(read('Utskottet beslutade att nästa sammanträde ska äga rum torsdagen den 5 mars 2026 kl. 09.00.').resolution?.text).toBe(
			'Utskottet beslutade att nästa sammanträde ska äga rum torsdagen den 5 mars 2026 kl. 09.00.',
		);
		expect(read('Med 4 ja-röster mot 2 nej-röster beslutar kommunfullmäktige att avslå motionen.').resolution?.text).toBe(
			'Med 4 ja-röster mot 2 nej-röster beslutar kommunfullmäktige att avslå motionen.',
		);
	});
	it('does not take a decision told as background, nor the proposal of the one who prepared it, for the decision', () => {
		expect(read('Trafiknämnden beslutade den 23 april i år om förslag på avgift för upplåtelse av offentlig plats.').resolution).toBeNull();
		expect(read('Förslag till beslut', 'Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.').resolution).toBeNull();
		expect(read('Ärendebeskrivning', 'Kultur- och fritidsnämndens beslut 2011-09-21 § 61', 'Nämnden har yttrat sig över motionen.').resolution).toBeNull();
	});
	it('stops the decision where the next part of the item begins, and text after the clauses is not part of it', () => {
		const { resolution } = read('Beslut', 'Direktionen beslutar', 'att godkänna budget 2024.', 'Ärendet har beretts av förbundets ledning.');
		expect(resolution).toEqual({ text: 'Direktionen beslutar', clauses: ['att godkänna budget 2024.'], acclamation: true });
		expect(read('Beslut', 'Styrelsen godkänner rapporten.', 'Yrkanden', 'Anna Ek (S) yrkar bifall.').resolution?.text).toBe('Styrelsen godkänner rapporten.');
	});
	it('is not taken by acclamation when the item records a vote', () => {
		const { resolution } = read('Omröstning', 'Med 4 ja-röster mot 2 nej-röster beslutar kommunfullmäktige att avslå motionen.');
		expect(resolution?.acclamation).toBe(false);
	});
});

describe('propositions (propositionsordning, beslutsgång)', () => {
	it('reads what the chair put and found adopted, over a line the PDF broke (Östersund KS)', () => {
		expect(
			read(
				'Proposition',
				'Ordförande ställer proposition på Pär Löfstrands och AnnSofie Anderssons',
				'yrkanden och finner att kommunstyrelsen antar AnnSofie Anderssons yrkande.',
			).propositions,
		).toEqual([{ put: 'Pär Löfstrands och AnnSofie Anderssons yrkanden', adopted: 'AnnSofie Anderssons yrkande' }]);
	});
	it('reads the other ways the chair puts a proposition', () => {
		expect(
			read('Ordförande Henrik Thunes (M) ställer förslagen mot varandra och finner att kommunstyrelsen bifaller kommunstyrelsens arbetsutskotts förslag.')
				.propositions,
		).toEqual([{ put: 'förslagen', adopted: 'kommunstyrelsens arbetsutskotts förslag' }]);
		expect(
			read(
				'Ordföranden ställde proposition på arbetsutskottets förslag och Bror Lindahls yrkande och förklarade sig anse att arbetsutskottets förslag bifallits.',
			).propositions,
		).toEqual([{ put: 'arbetsutskottets förslag och Bror Lindahls yrkande', adopted: 'arbetsutskottets förslag' }]);
		expect(read('Efter ställd proposition finner ordföranden att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.').propositions).toEqual([
			{ put: null, adopted: 'kommunstyrelsens förslag' },
		]);
		expect(read('Ordföranden frågar om fullmäktige kan bifalla kommunstyrelsens förslag och finner att så sker.').propositions).toEqual([
			{ put: 'kommunstyrelsens förslag', adopted: 'kommunstyrelsens förslag' },
		]);
		expect(read('Ordföranden ställer kommunstyrelsens förslag under proposition och finner det bifallet.').propositions).toEqual([
			{ put: 'kommunstyrelsens förslag', adopted: 'kommunstyrelsens förslag' },
		]);
		expect(read('Ordförande ställde proposition mellan dessa två yrkanden.').propositions).toEqual([{ put: 'dessa två yrkanden', adopted: null }]);
	});
	it('finds no proposition where none was put', () => {
		expect(read('Propositionsordningen godkändes.', 'Förvaltningen har lämnat en proposition till regeringen om saken.').propositions).toEqual([]);
	});
});

describe('recipients (expedieras)', () => {
	it('reads the recipients listed under the label, up to the page header of the next page (Sollentuna KS)', () => {
		expect(read('Beslutsexpediering:', 'Akt', 'Motionärerna', '(2)', 'Sammanträdes- protokoll').recipients).toEqual(['Akt', 'Motionärerna']);
	});
	it('reads the recipients after the label on the same line, split at commas', () => {
		expect(read('Beslutet skickas till: Kommunstyrelsen, Ekonomiavdelningen.').recipients).toEqual(['Kommunstyrelsen', 'Ekonomiavdelningen']);
		expect(read('Expedieras till', ['Kultur- och fritidsnämnden', 'Revisorerna']).recipients).toEqual(['Kultur- och fritidsnämnden', 'Revisorerna']);
		expect(read('Protokollsutdrag till: Samhällsbyggnadsförvaltningen').recipients).toEqual(['Samhällsbyggnadsförvaltningen']);
	});
	it('does not read a sentence about sending something on as a list of recipients', () => {
		expect(
			read('Beslutet skickas till kommunstyrelsen som har att bereda ärendet vidare tillsammans med de synpunkter som kommit in under remisstiden.').recipients,
		).toEqual([]);
		expect(read('Protokollsutdrag', 'Kommunfullmäktige').recipients).toEqual([]);
	});
});

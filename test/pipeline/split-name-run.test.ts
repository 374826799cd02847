import { describe, expect, it } from 'vitest';
import { reorderReversedNames } from '../../scripts/pipeline/parse/reorder-reversed-names.ts';
import { splitNameRun } from '../../scripts/pipeline/parse/split-name-run.ts';

/** The names a run of words holds, in order. */
const names = (text: string) => splitNameRun(text).flatMap((segment) => (segment.type === 'name' ? [segment.text] : []));

describe('names in a run of words without separators', () => {
	it('splits people at their given names', () => {
		expect(names('Rickard Norberg Ulf Hansson Robert Lind')).toEqual(['Rickard Norberg', 'Ulf Hansson', 'Robert Lind']);
	});
	it('keeps the place a member represents out of the name', () => {
		expect(names('Haparanda Robert Bernhardsson')).toEqual(['Robert Bernhardsson']);
		expect(names('Tjörn Margita Björklund')).toEqual(['Margita Björklund']);
	});
	it('ends a name at a word of the protokoll template or a title prefix a flattened page writes after it', () => {
		expect(names('Jonas Sverkén Justerat 2024-05-02')).toEqual(['Jonas Sverkén']);
		expect(names('Thord Wannberg Tf kommunchef')).toEqual(['Thord Wannberg']);
		expect(names('Stefan Bergh Organ Kommunstyrelsen')).toEqual(['Stefan Bergh']);
	});
	it('takes a company, a unit or an address for what it is, not a person', () => {
		expect(names('VD Piteå Kommunföretag AB')).toEqual([]);
		expect(names('Persontransportavdelningen Iqbal Musaji')).toEqual(['Iqbal Musaji']);
		expect(names('Rådhus Skåne Västra Storgatan 12')).toEqual([]);
		expect(names('Göteborgs Stads')).toEqual([]);
	});
	it('goes on after an organisation with the next person, and ends a name where a phrase or a compound begins', () => {
		expect(names('Uno Tjernström Omsorgsnämnden Susanne Sturk')).toEqual(['Uno Tjernström', 'Susanne Sturk']);
		expect(names('Susanne Sturk Humanistiska nämnden')).toEqual(['Susanne Sturk']);
		expect(names('Fredrik Löfqvist Administrativ chef')).toEqual(['Fredrik Löfqvist']);
		expect(names('Jan Blomqvist Kultur- och fritidsnämnden')).toEqual(['Jan Blomqvist']);
		expect(names('Michael Andersson Se närvarolista')).toEqual(['Michael Andersson']);
	});
	it('keeps surnames that end like a place', () => {
		expect(names('Anna Bergstad Per Lindhamn')).toEqual(['Anna Bergstad', 'Per Lindhamn']);
	});
});

describe('words of the text that run into a name', () => {
	it('ends a name at an adjective or a noun of the text, and keeps a surname that only looks like one', () => {
		expect(names('Anders Lindkvist Teknisk chef')).toEqual(['Anders Lindkvist']);
		expect(names('Inger Rosén Personliga ersättare')).toEqual(['Inger Rosén']);
		expect(names('Maria Frisk Jonas Berg')).toEqual(['Maria Frisk', 'Jonas Berg']);
		expect(names('Notering Ordföranden Karin Ek')).toEqual(['Karin Ek']);
		expect(names('Konferensrummet Stadshuset Karin Ek')).toEqual(['Karin Ek']);
		expect(names('X Tony Asp X Jim Eriksson X Viveka Berg')).toEqual(['Tony Asp', 'Jim Eriksson', 'Viveka Berg']);
	});
});

describe('names written surname first, as Finland-Swedish minutes list people', () => {
	it('pairs a run that opens with a surname, a second given name joining its pair', () => {
		expect(names('Nyqvist Ulla Mäkelä Tarja Holmberg Johan Karlsson-Lind Anna Lena Saarinen Mikael')).toEqual([
			'Nyqvist Ulla',
			'Mäkelä Tarja',
			'Holmberg Johan',
			'Karlsson-Lind Anna Lena',
			'Saarinen Mikael',
		]);
	});
	it('reads the order from the whole list: names alone between roles show it, and it holds for the long runs', () => {
		expect(
			names('Laaksonen Tapio ordf. Sjöholm Camilla I vice ordf. Virtanen Juha II vice ordf. Ahola Riikka Kallio Pertti Lindqvist Anna Lena Mäkinen Marianne'),
		).toEqual(['Laaksonen Tapio', 'Sjöholm Camilla', 'Virtanen Juha', 'Ahola Riikka', 'Kallio Pertti', 'Lindqvist Anna Lena', 'Mäkinen Marianne']);
		expect(names('Olov Säfström Sara Ejnell Svensson Viveca Dalhammar Paul Åkerlund Monica Hanson Jonas Nilsson')).toEqual([
			'Olov Säfström',
			'Sara Ejnell Svensson',
			'Viveca Dalhammar',
			'Paul Åkerlund',
			'Monica Hanson',
			'Jonas Nilsson',
		]);
	});
	it('keeps a run given name first where more pairs open with a given name', () => {
		expect(names('Zenitha Ödberg Susanna Dahl Lars Lundgren Karin Bylund')).toEqual(['Zenitha Ödberg', 'Susanna Dahl', 'Lars Lundgren', 'Karin Bylund']);
	});
});

describe('reorderReversedNames', () => {
	it('writes a comma list of surname-first names given name first, one name a comma', () => {
		expect(reorderReversedNames('Sandström, Henrik Lindqvist, Ralf Bäck, Eivor Bergman, Helena')).toBe(
			'Henrik Sandström, Ralf Lindqvist, Eivor Bäck, Helena Bergman',
		);
	});
	it('leaves a comma list of names given name first, and names with the place after them', () => {
		expect(reorderReversedNames('Anna Ek, Per Holm, Lisa Berg, Karin Lund')).toBe('Anna Ek, Per Holm, Lisa Berg, Karin Lund');
		expect(reorderReversedNames('Ingemar Nyman, Bjurholms kommun Dagmar Lind, Bjurholms kommun')).toBe(
			'Ingemar Nyman, Bjurholms kommun Dagmar Lind, Bjurholms kommun',
		);
	});
});

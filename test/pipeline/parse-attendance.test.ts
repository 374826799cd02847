import { describe, expect, it } from 'vitest';
import { classifyPart } from '../../scripts/pipeline/parse/classify-part.ts';
import { matchPresence } from '../../scripts/pipeline/parse/match-presence.ts';
import { matchReferences } from '../../scripts/pipeline/parse/match-references.ts';
import { parseAttendance } from '../../scripts/pipeline/parse/parse-attendance.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { splitLines } from '../../scripts/pipeline/segment/split-lines.ts';

const attend = (text: string) => {
	const lines = splitLines(text);
	return parseAttendance(lines, 0);
};
const brief = (text: string) =>
	attend(text).attendees.map((a) => [a.name, a.party, a.organization, a.title, a.roles.join('+'), a.group, a.status, a.presence, a.section]);

describe('classifyPart', () => {
	it('tells party, role, organisation and title apart', () => {
		expect(classifyPart('S', 'paren').kind).toBe('party');
		expect(classifyPart('s', 'paren')).toMatchObject({ kind: 'party', value: 'S' });
		expect(classifyPart('SPI', 'paren').kind).toBe('party');
		expect(classifyPart('SKR', 'paren').kind).toBe('organization');
		expect(classifyPart('Sekreterare', 'paren')).toMatchObject({ kind: 'role', value: 'sekreterare' });
		expect(classifyPart('Vice ordförande', 'paren')).toMatchObject({ kind: 'role', value: 'vice ordförande' });
		expect(classifyPart('1:e vice ordförande', 'field')).toMatchObject({ kind: 'role', value: '1:e vice ordförande' });
		expect(classifyPart('Länsstyrelsen', 'paren').kind).toBe('organization');
		expect(classifyPart('Hylte kommun', 'paren').kind).toBe('organization');
		expect(classifyPart('Region Halland', 'paren').kind).toBe('organization');
		expect(classifyPart('Regional utvecklingsdirektör', 'paren').kind).toBe('title');
		expect(classifyPart('Processledare', 'paren').kind).toBe('title');
	});
	it('reads a list written surname first with the roles after commas, and its personal substitutes, as one order', () => {
		const text =
			'2 2 Protokollssida Sammanträdestid;; kl Sammanträdesplats: Kommunkansliet Ärenden; Ordinarie: Lindholm Roger, ordf. Berg Torbjörn, viceordf. Mattsson Karin Eklund Miina Personlig ersättare Sjöberg Thomas Nyman Jeanette Övriga: Holm Per, kommundirektör Underskrift Roger Lindholm Per Holm';
		const kallelse =
			'1 1 KALLELSESIDA Utfärdad Sammanträdestid ;, kl.19 - Sammanträdesplats; Kommunkansliet 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN. 4. NÄMNDERNAS PROTOKOLL.';
		const parsed = parseMinutes(`${kallelse}\n\n${text}\n`, { fileName: 'ks.txt' });
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Lindholm Roger')?.roles).toContain('ordförande');
		expect(byName.get('Berg Torbjörn')?.roles).toContain('vice ordförande');
		expect(byName.get('Mattsson Karin')?.roles).toEqual([]);
		expect(byName.get('Eklund Miina')).toBeDefined();
		expect(byName.get('Sjöberg Thomas')?.roles).toEqual(['ersättare']);
		expect(byName.get('Nyman Jeanette')?.roles).toEqual(['ersättare']);
	});
	it('leaves what a flattened page wrote after a title out of it: a date, a mark, a word of the template', () => {
		const parsed = parseMinutes(
			[
				'Övriga närvarande',
				'Anna Lund, kanslichef 2016-09-29',
				'Per Holm, kommundirektör X',
				'Eva Berg, kommunsekreterare Justeringsdag:',
				'',
				'§ 1 Val av justerare',
				'',
				'Text.',
			].join('\n'),
			{ fileName: 'ks.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.title])).toEqual([
			['Anna Lund', 'kanslichef'],
			['Per Holm', 'kommundirektör'],
			['Eva Berg', 'kommunsekreterare'],
		]);
	});
	it('reads bare paragraph numbers and a role with its paragraphs after a person as what they are', () => {
		const parsed = parseMinutes(
			[
				'Förtroendevalda beslutande:',
				'',
				'Sven Berg (C),§ 80, ordf § 71-79, 81-105 Agneta Holm (S), 2 v ordf, 71-79, 81-105, ordf § 80 Bernt Ek (C)',
				'',
				'§ 71 Val av justerare',
				'',
				'Text.',
			].join('\n'),
			{ fileName: 'kf.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.party])).toEqual([
			['Sven Berg', 'C'],
			['Agneta Holm', 'S'],
			['Bernt Ek', 'C'],
		]);
		expect(parsed.attendees[1]?.roles).toContain('2:e vice ordförande');
	});
	it('reads "Förtroendevalda ej beslutande" as ersättare present', () => {
		const parsed = parseMinutes(
			[
				'Förtroendevalda beslutande:',
				'',
				'Eva Ek (C) Per Holm (M)',
				'',
				'Förtroendevalda ej beslutande:',
				'',
				'Anna Berg (KD) Lars Dahl (S)',
				'',
				'§ 1 Val av justerare',
				'',
				'Text.',
			].join('\n'),
			{ fileName: 'kf.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.group, a.roles])).toEqual([
			['Eva Ek', 'politician', []],
			['Per Holm', 'politician', []],
			['Anna Berg', 'politician', ['ersättare']],
			['Lars Dahl', 'politician', ['ersättare']],
		]);
	});
	it('reads the justerare named on the line below "Utses att justera", joined by "och"', () => {
		const parsed = parseMinutes(
			[
				'Beslutande',
				'Eva Ek (S), ordförande',
				'Per Holm (C)',
				'Lisa Berg (M)',
				'',
				'Utses att justera',
				'Per Holm och Lisa Berg',
				'',
				'§ 1 Val av justerare',
				'',
				'Text.',
			].join('\n'),
			{ fileName: 'kf.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.roles])).toEqual([
			['Eva Ek', ['ordförande']],
			['Per Holm', ['justerare']],
			['Lisa Berg', ['justerare']],
		]);
	});
	it('reads a name with a mark before it (a footnote of the list) without the mark', () => {
		const parsed = parseMinutes(['Beslutande', 'Anna Lind (S) *Per Holm (M) Eva Berg (C) *Olle Ek (S)', '', '§ 1 Val av justerare', '', 'Text.'].join('\n'), {
			fileName: 'kf.txt',
		});
		expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Lind', 'Per Holm', 'Eva Berg', 'Olle Ek']);
	});
	it('reads parties in brackets written with a space inside or left open', () => {
		const parsed = parseMinutes(
			['Beslutande', 'Anna Lind ( C)', 'Per Holm (KD', 'Eva Berg (L )', 'Olle Ek (S)', '', '§ 1 Val av justerare', '', 'Olle Ek justerar.'].join('\n'),
			{ fileName: 'kf.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.party])).toEqual([
			['Anna Lind', 'C'],
			['Per Holm', 'KD'],
			['Eva Berg', 'L'],
			['Olle Ek', 'S'],
		]);
	});
	it('reads a third word on every line of a list as the place each person comes from', () => {
		const parsed = parseMinutes(
			[
				'Närvarande   Karin Lund Indal',
				'Per Wiklund Alnö',
				'Anna Berg Alnö',
				'Lars Holm Torp',
				'Eva Nyström Liden',
				'',
				' 1. Mötets öppnande',
				'',
				'Karin Lund öppnade mötet.',
			].join('\n'),
			{ fileName: 'styrelse.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.organization])).toEqual([
			['Karin Lund', 'Indal'],
			['Per Wiklund', 'Alnö'],
			['Anna Berg', 'Alnö'],
			['Lars Holm', 'Torp'],
			['Eva Nyström', 'Liden'],
		]);
	});
	it('makes no attendee of a heading or an abbreviation in capitals', () => {
		const parsed = parseMinutes(
			['Närvarande', 'Anna Lind (S)', 'FP', 'ÅLANDS SKÄRGÅRDSNÄMND', 'Per Holm (M)', '', '§ 1 Val av justerare', '', 'Per Holm justerar.'].join('\n'),
			{
				fileName: 'ks.txt',
			},
		);
		expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Lind', 'Per Holm']);
	});
	it('makes no attendee of a unit listed among the people', () => {
		const parsed = parseMinutes(
			[
				'Plats och tid Kommunhuset kl 9.00',
				'Beslutande Sten Ek (m), ordförande Lisa Berg (s)',
				'Övriga deltagare Kommundirektör Kjell Holm Kommunsekreterare Anna Lund',
				'Utses att justera Lisa Berg (s) Kommunledningskontoret, Ekby',
				'',
				'§ 1 Val av justerare',
				'',
				'Lisa Berg justerar.',
			].join('\n'),
			{ fileName: 'ksau.txt' },
		);
		expect(parsed.attendees.map((a) => a.name)).toEqual(['Sten Ek', 'Lisa Berg', 'Kjell Holm', 'Anna Lund']);
	});
	it('reads a field in lower case after a name as what the person does, unless it names a unit', () => {
		expect(classifyPart('yttre befäl', 'field')).toMatchObject({ kind: 'title', value: 'yttre befäl' });
		expect(classifyPart('brandman', 'field').kind).toBe('title');
		expect(classifyPart('socialförvaltningen', 'field').kind).toBe('organization');
		expect(classifyPart('visionspanelen', 'field').kind).toBe('organization');
		expect(classifyPart('Vänersborgs stad', 'field').kind).toBe('organization');
	});
	it('reads "medlem" after a name as what every member is, not as partial presence', () => {
		expect(classifyPart('medlem', 'field')).toMatchObject({ kind: 'role', value: 'ledamot' });
	});
	it('writes "2 v ordf" as the second vice chair', () => {
		expect(classifyPart('2 v ordf', 'field')).toMatchObject({ kind: 'role', value: '2:e vice ordförande' });
		expect(classifyPart('v. ordförande', 'field')).toMatchObject({ kind: 'role', value: 'vice ordförande' });
	});
	it('writes the Finland-Swedish vice chairs the same way', () => {
		expect(classifyPart('viceordf.', 'field')).toMatchObject({ kind: 'role', value: 'vice ordförande' });
		expect(classifyPart('I viceordf', 'field')).toMatchObject({ kind: 'role', value: '1:e vice ordförande' });
		expect(classifyPart('II vice ordf.', 'field')).toMatchObject({ kind: 'role', value: '2:e vice ordförande' });
	});
	it('writes each role one way, however the minutes abbreviate it', () => {
		expect(classifyPart('1:e vice ordf', 'field')).toMatchObject({ kind: 'role', value: '1:e vice ordförande' });
		expect(classifyPart('v ordf', 'field')).toMatchObject({ kind: 'role', value: 'vice ordförande' });
		expect(classifyPart('tjg', 'field')).toMatchObject({ kind: 'role', value: 'tjänstgörande ersättare' });
		expect(classifyPart('ordf.', 'field')).toMatchObject({ kind: 'role', value: 'ordförande' });
	});
});

describe('matchPresence', () => {
	it('reads partial presence as written', () => {
		for (const p of ['p. 1', 'p. 3–5', 'p. 3-5', 'dag 1', 'del av dag 2', '§ 1–4', 'från kl. 14.00', 'till och med § 5', 'deltog ej under 10 p.g.a. jäv']) {
			expect(matchPresence(p)?.presence).toBe(p);
		}
		expect(matchPresence(', dag 1 Lise-Lotte')?.presence).toBe('dag 1');
		expect(matchPresence('Per Persson')).toBeNull();
	});
});

describe('matchReferences', () => {
	it('reads the paragraphs of a presence column after a person, and the words before them', () => {
		expect(matchReferences('158')).toEqual({ head: '', references: '158' });
		expect(matchReferences('ej 133')).toEqual({ head: '', references: 'ej 133' });
		expect(matchReferences('tf ekonomichef 33')).toEqual({ head: 'tf ekonomichef', references: '33' });
		expect(matchReferences('kulturchef 115.2')).toEqual({ head: 'kulturchef', references: '115.2' });
		expect(matchReferences('Kommunal, 50-56, 58, del av 60-61')).toEqual({ head: 'Kommunal,', references: '50-56, 58, del av 60-61' });
		expect(matchReferences('ekonomichef 8:15-9:45 6-7')).toEqual({ head: 'ekonomichef', references: '8:15-9:45 6-7' });
	});
	it('leaves numbers that belong to a presence phrase or a name alone', () => {
		expect(matchReferences('Sveriges Fiskares Riksförbund t o m 10 samt 12')).toBeNull();
		expect(matchReferences('deltog vid § 67')).toBeNull();
		expect(matchReferences('Per Persson')).toBeNull();
	});
});

describe('parseAttendance', () => {
	it('reads the paragraphs written after officials as their partial presence, not as an organisation', () => {
		const r = brief(
			'Övriga\nNicklas Bremefors, kommunchef, 158 Emma Nordebo Snygg, gatuchef, 141 Monica Bruvik, Centrumutveckling, 142 Stefan Strindholm, 59, 62, 64 Annica Johansson, tf ekonomichef 33',
		);
		expect(r.map((a) => [a[0], a[2], a[3], a[7]])).toEqual([
			['Nicklas Bremefors', null, 'kommunchef', '158'],
			['Emma Nordebo Snygg', null, 'gatuchef', '141'],
			['Monica Bruvik', 'Centrumutveckling', null, '142'],
			['Stefan Strindholm', null, null, '59, 62, 64'],
			['Annica Johansson', null, 'tf ekonomichef', '33'],
		]);
	});
	it('reads one person a line with party, role and organisation, and absences', () => {
		expect(brief('Politiker\n\nMikaela Waltersson (M) (ordförande) (Region Halland)\n\nFörhinder\n\nKrister Björkegren (Regiondirektör)\n\n1. Punkt')).toEqual([
			['Mikaela Waltersson', 'M', 'Region Halland', null, 'ordförande', 'politician', 'present', null, 'Politiker'],
			['Krister Björkegren', null, null, 'Regiondirektör', '', 'official', 'absent', null, 'Förhinder'],
		]);
		expect(attend('Politiker\n\nA Person (S)\n\n1. Punkt').end).toBe(3);
	});
	it('splits many people on one line by their parentheses, with presence between them', () => {
		expect(brief('Politiker\tAnna Berg (M) (ordförande) (Region Halland) Helene Andersson (C), dag 1 Lise-Lotte Bensköld Olsson (S)')).toEqual([
			['Anna Berg', 'M', 'Region Halland', null, 'ordförande', 'politician', 'present', null, 'Politiker'],
			['Helene Andersson', 'C', null, null, '', 'politician', 'present', 'dag 1', 'Politiker'],
			['Lise-Lotte Bensköld Olsson', 'S', null, null, '', 'politician', 'present', null, 'Politiker'],
		]);
	});
	it('gives each title to the name before it when a run of names and titles starts with a name and ends with a title', () => {
		expect(brief('Övriga Bahman Alami Förvaltningschef Johan Skoglund Nämndsekreterare Erika Agnarsson Verksamhetschef').map((a) => [a[0], a[3]])).toEqual([
			['Bahman Alami', 'Förvaltningschef'],
			['Johan Skoglund', 'Nämndsekreterare'],
			['Erika Agnarsson', 'Verksamhetschef'],
		]);
	});
	it('reads comma lists wrapped mid-name and inside parentheses', () => {
		const r = brief(
			'Övriga Jörgen Preuss (Regiondirektör, Region Halland),\nAnn-Charlotte Järnström (Kommundirektör, Kungsbacka\nkommun), Angelica Eriksson (Sekreterare),\nErik Hansson (Strateg, Region Halland)\n 1. Ersättningsmodell',
		);
		expect(r).toEqual([
			['Jörgen Preuss', null, 'Region Halland', 'Regiondirektör', '', 'official', 'present', null, 'Övriga'],
			['Ann-Charlotte Järnström', null, 'Kungsbacka kommun', 'Kommundirektör', '', 'official', 'present', null, 'Övriga'],
			['Angelica Eriksson', null, null, null, 'sekreterare', 'official', 'present', null, 'Övriga'],
			['Erik Hansson', null, 'Region Halland', 'Strateg', '', 'official', 'present', null, 'Övriga'],
		]);
		expect(attend('Övriga Anna Berg (S),\nBo Ek (M)\n 1. Ersättningsmodell').end).toBe(2);
	});
	it('applies an organisation label to each name, and splits "Name, Org Name, Org"', () => {
		expect(
			brief('Närvarande:\n\nVäxjö:\tOliver Rosengren, Tomas Thornell\nÖvriga:\tUlrika Joelsson Gustafsson, Region Kronoberg Johan Jarl, Region Kronoberg'),
		).toEqual([
			['Oliver Rosengren', null, 'Växjö', null, '', 'other', 'present', null, 'Närvarande'],
			['Tomas Thornell', null, 'Växjö', null, '', 'other', 'present', null, 'Närvarande'],
			['Ulrika Joelsson Gustafsson', null, 'Region Kronoberg', null, '', 'other', 'present', null, 'Övriga'],
			['Johan Jarl', null, 'Region Kronoberg', null, '', 'other', 'present', null, 'Övriga'],
		]);
	});
	it('reads "Name, Organisation" lines under capitalised headings', () => {
		expect(brief('NÄRVARANDE\n\nMaria Reinholdsson, Ale\nGitte Caous, GR\n\nEJ NÄRVARANDE\n\nElisabeth Linderöth, Lilla Edet\nMio Saba, Mölndal')).toEqual([
			['Maria Reinholdsson', null, 'Ale', null, '', 'other', 'present', null, 'NÄRVARANDE'],
			['Gitte Caous', null, 'GR', null, '', 'other', 'present', null, 'NÄRVARANDE'],
			['Elisabeth Linderöth', null, 'Lilla Edet', null, '', 'other', 'absent', null, 'EJ NÄRVARANDE'],
			['Mio Saba', null, 'Mölndal', null, '', 'other', 'absent', null, 'EJ NÄRVARANDE'],
		]);
	});
	it('reads lower-case party codes, role fields and merges "Utses att justera"', () => {
		const r = attend('Beslutande\tAnna Andersson (s), ordförande\n\tBo Berg (m), 1:e vice ordförande\n\nUtses att justera\tBo Berg\n\n§ 1 Val');
		expect(r.attendees.map((a) => [a.name, a.party, a.roles])).toEqual([
			['Anna Andersson', 'S', ['ordförande']],
			['Bo Berg', 'M', ['1:e vice ordförande', 'justerare']],
		]);
		expect(r.structure.map((l) => l.line)).toEqual([4]);
	});
	it('stops at prose', () => {
		const r = attend('Närvarande: Anna Berg, Bo Ek\n\nMötet öppnades av ordföranden som hälsade alla välkomna.');
		expect(r.attendees).toHaveLength(2);
		expect(r.end).toBe(1);
	});
	it('reads an abbreviation in capitals after each name as the organisation the person is from', () => {
		expect(brief('Närvarande Hasse Karlsson PRO Vivanne Gustavsson PRO Lars-Ove Petersson RPG Evy Jessen SKPF').map((a) => [a[0], a[2], a[7]])).toEqual([
			['Hasse Karlsson', 'PRO', null],
			['Vivanne Gustavsson', 'PRO', null],
			['Lars-Ove Petersson', 'RPG', null],
			['Evy Jessen', 'SKPF', null],
		]);
	});
});

describe('attendance written as a field among others', () => {
	it('reads the people of a "Deltagande:" field that follows the place on the same line', () => {
		const parsed = parseMinutes(
			[
				'Protokoll fört vid styrelsemöte i Hembygdsföreningen. Tid: 2024-02-12 18.00',
				'',
				'Plats: Bygdegården. Deltagande: Anna Lund, Per Dahl, Stina Ek Holm, Olof Berg.',
				'',
				'§1. Mötets öppnande. Ordföranden öppnar mötet.',
			].join('\n'),
			{ fileName: 'styrelse.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.status])).toEqual([
			['Anna Lund', 'present'],
			['Per Dahl', 'present'],
			['Stina Ek Holm', 'present'],
			['Olof Berg', 'present'],
		]);
		expect(parsed.header.location).toBe('Bygdegården');
		expect(parsed.items.map((item) => item.title)).toEqual(['Mötets öppnande']);
	});
	it('gives the officials written after "Utses att justera" to the officials label left empty before it, and reads those who present items as officials', () => {
		const parsed = parseMinutes(
			[
				'Plats och tid Rådhuset kl 13.00-15.00',
				'Ledamöter Anna Holm (C), ordförande Per Ek (S) Lisa Berg (M)',
				'Tjänstemän',
				'Utses att justera Karl Lind, förvaltningschef Eva Nord, nämndsekreterare',
				'Föredragande Stadsdirektör Olle Sand',
				'Justerare Per Ek (S)',
				'',
				'§ 1 Val av justerare',
				'',
				'Nämnden utser Per Ek att justera protokollet.',
			].join('\n'),
			{ fileName: 'sbn.txt' },
		);
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Karl Lind')).toMatchObject({ group: 'official', title: 'förvaltningschef', roles: [] });
		expect(byName.get('Eva Nord')).toMatchObject({ group: 'official', roles: [] });
		expect(byName.get('Olle Sand')).toMatchObject({ group: 'official', roles: [] });
		expect(byName.get('Per Ek')?.roles).toEqual(['justerare']);
	});
	it('reads "Närvarande ledamöter:" written after the place and a comma, in a line of fields', () => {
		const text =
			'Datum: Tisdagen den 16 september 2008 Tid: Kl Plats: Stadshuset, (Stora salen), Närvarande ledamöter: Karin Lund, Stockholm, ordförande Per Holm, Nyköping, viceordförande Eva Berg, Göteborg Olle Dahl, Luleå Adjungerade: Sara Nyman, rektor';
		const parsed = parseMinutes(`Protokoll fört vid styrelsemöte\n\n${text}\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.`, { fileName: 'styrelse.txt' });
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Karin Lund')?.roles).toContain('ordförande');
		expect(byName.get('Per Holm')?.roles).toContain('vice ordförande');
		expect(byName.get('Olle Dahl')).toBeDefined();
		expect(byName.get('Sara Nyman')?.roles).toContain('adjungerad');
	});
	it('reads the others present one a line under a label that stands in a row with the label before it', () => {
		const parsed = parseMinutes(
			[
				'Plats och tid Stadshuset 2021-03-10 kl 13.00-15.00',
				'',
				'Beslutande Se förteckning Övriga deltagande Karin Ås, förvaltningschef',
				'Olle Berg, controller',
				'Sara Nyström, sekreterare',
				'Utses att justera Lena Holm',
				'',
				'§ 1 Val av justerare',
				'',
				'Nämnden utser Lena Holm att justera protokollet.',
			].join('\n'),
			{ fileName: 'bsn.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.title])).toEqual(
			expect.arrayContaining([
				['Karin Ås', 'förvaltningschef'],
				['Olle Berg', 'controller'],
				['Sara Nyström', null],
			]),
		);
	});
});

describe('an attendance register a transcript flattened into one line', () => {
	it('reads presence marked 1 or a dash, a role in a column of its own, and the others present after the table', () => {
		const page1 =
			'1 PROTOKOLL 1 (12) Sammanträdestid kl 09:00-12:00 Sammanträdesplats Stadshuset Beslutande Enligt närvarolista sidan 2 Övriga närvarande Enligt närvarolista sidan 2 Underskrifter Sekreterare Lena Ås Ordföranden Karin Berg (S) Per Dahl (M)';
		const page2 =
			'2 PROTOKOLL 2 (12) Närvarolista Namn Parti Närvaro Tjänstgörande ersättare Ledamöter (5) Karin Berg S 1 Ordförande Per Dahl M 1 Eva Lund S 1 Olle Nyberg C - Sara Holm L 1 Övriga närvarande Lena Ås, nämndsekreterare, Jonas Vik, regiondirektör, Maja Ek, controller';
		const parsed = parseMinutes([page1, '', page2, '', '3 PROTOKOLL 3 (12) § 1 Val av justerare Per Dahl utses att justera protokollet.'].join('\n'), {
			fileName: 'au.txt',
		});
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Karin Berg')).toMatchObject({ party: 'S', status: 'present' });
		expect(byName.get('Karin Berg')?.roles).toContain('ordförande');
		expect(byName.get('Olle Nyberg')).toMatchObject({ party: 'C', status: 'absent' });
		expect(byName.get('Sara Holm')).toMatchObject({ party: 'L', status: 'present' });
		expect(byName.get('Jonas Vik')).toMatchObject({ title: 'regiondirektör', status: 'present' });
		expect(byName.get('Maja Ek')?.title).toBe('controller');
		expect(parsed.attendees.some((a) => /^Ordförande/u.test(a.name))).toBe(false);
	});
	it('reads a register that groups its members under each party’s name in capitals, a dash after a name for absent', () => {
		const register =
			'3 3 (20) Närvaro- och omröstningslista PARTI När- Tjg. RESERVATION OMRÖSTNING Namn varo ers. SOCIALDEMOKRATERNA - Ordinarie (4) Ja Nej Ja Nej Eva Lund Jäv 12 Per Holm Anna Berg - Olle Dahl Ersättare Karin Sand 12 Lars Ek - MODERATERNA - Ordinarie (2) Sara Lind Nils Berg - Ersättare Maja Ström';
		const page1 =
			'1 1 (20) Sammanträdestid: Kl Sammanträdesplats: Beslutande: Kommunhuset, Ekby Enligt närvaro-/tjänstgöringslista Övriga deltagande: Jonas Vik, kommunchef Underskrifter: Sekreterare: Jonas Vik Ordförande:. Eva Lund Justerare:. Per Holm';
		const parsed = parseMinutes(
			[
				page1,
				'',
				'2 2 (20) BEVIS OM JUSTERING Justeringen har tillkännagetts genom anslag på kommunens anslagstavla i kommunhuset. Förvaringsplats för protokollet: Kommunhuset',
				'',
				register,
			].join('\n'),
			{
				fileName: 'kf.txt',
			},
		);
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Eva Lund')).toMatchObject({ party: 'S', status: 'present' });
		expect(byName.get('Eva Lund')?.roles).toContain('ordförande');
		expect(byName.get('Anna Berg')).toMatchObject({ party: 'S', status: 'absent' });
		expect(byName.get('Karin Sand')).toMatchObject({ roles: ['tjänstgörande ersättare'], presence: '12', status: 'present' });
		expect(byName.get('Lars Ek')).toMatchObject({ roles: ['ersättare'], status: 'absent' });
		expect(byName.get('Nils Berg')).toMatchObject({ party: 'M', status: 'absent' });
		expect(byName.get('Maja Ström')).toMatchObject({ party: 'M', roles: ['ersättare'], status: 'present' });
	});
	it('reads the stand-in written in brackets after an absent member of the register', () => {
		const register =
			'2 Kommunfullmäktige Närvarolista/omröstningsprotokoll Namn Närvarande = N 12 Frånvarande = F Ja Nej Tjänstgörande = Tj LEDAMÖTER Karin Berg M N Ja Olle Dahl M F (Sara Lind)- Eva Lund S N Ja Per Holm C F (Lars Ek) - Nils Berg S N Ja ERSÄTTARE Anna Sand M N';
		const parsed = parseMinutes(`1 Kommunfullmäktige Plats och tid Stadshuset kl 18.00 Beslutande Enligt förteckning\n\n${register}\n`, { fileName: 'kf.txt' });
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Olle Dahl')).toMatchObject({ status: 'absent' });
		expect(byName.get('Sara Lind')).toMatchObject({ status: 'present', roles: ['tjänstgörande ersättare'] });
		expect(byName.get('Lars Ek')).toMatchObject({ status: 'present', roles: ['tjänstgörande ersättare'] });
	});
});

describe('attendance lists of the formal template', () => {
	it('reads a first page whose labels are in capitals, flattened onto one line, and the members its list leaves for the next page', () => {
		const first =
			'PROTOKOLL SIDA Kyrkorådet 1(4) PLATS OCH TID Församlingshemmet 2022-03-08 kl. 18.00-20.00 BESLUTANDE Maria Holm (Posk), ordförande Johan Ek (BorgA), vice ordförande * övriga beslutande ledamöter redovisas på nästa sida. ÖVRIGA DELTAGARE Eva Nord, kyrkoherde JUSTERINGENS PLATS OCH TID Pastorsexpeditionen 2022-03-15';
		const second =
			'Kyrkorådet 2022-03-08 2(4) * Övriga beslutande ledamöter Lena Sten (S) Karl Berg (Posk) Anders Vik (Visk) Sara Lind (S) ------------------------ * Ersättare Olle Dahl (S) Greta Falk (BorgA)';
		const parsed = parseMinutes(`${first}\n${second}\n§ 1 Val av justerare\n\nKyrkorådet utser Karl Berg att justera protokollet.\n`, {
			fileName: 'kyrkoradet.txt',
		});
		expect(parsed.attendees.map((a) => [a.name, a.party, a.status])).toEqual([
			['Maria Holm', 'POSK', 'present'],
			['Johan Ek', 'BORGA', 'present'],
			['Eva Nord', null, 'present'],
			['Lena Sten', 'S', 'present'],
			['Karl Berg', 'POSK', 'present'],
			['Anders Vik', 'VISK', 'present'],
			['Sara Lind', 'S', 'present'],
			['Olle Dahl', 'S', 'present'],
			['Greta Falk', 'BORGA', 'present'],
		]);
		expect(parsed.attendees.find((a) => a.name === 'Eva Nord')?.title).toBe('kyrkoherde');
	});
	it('reads the register of others present that the first page refers to, and a page that opens with the people of the list before', () => {
		const page1 =
			'1 EXEMPELÅ KOMMUN Sammanträdesprotokoll 1 (9) Plats och tid Stadshuset, kl 13.00 Beslutande Karin Ås (S), ordförande Olof Berg (M) Maja Lind (C) Övriga deltagande Enligt bifogade förteckning Utses att justera Olof Berg (M) Justeringens plats och tid Stadshuset 2020-05-12 Underskrifter Sekreterare Lena Ek Ordförande Karin Ås';
		const page2 =
			'2 EXEMPELÅ KOMMUN Sammanträdesprotokoll 2 Förteckning över övriga deltagande: Per Holm (V), adjungerad ledamot , Lena Ek, kommunsekreterare Nils Dahl, ekonomichef, 12 Eva Sund, VD Exempelå Energiföretag AB, 13';
		const parsed = parseMinutes(
			`${page1}\n\n${page2}\n\n3 EXEMPELÅ KOMMUN Sammanträdesprotokoll 3 KS 12 Budget 2021 Kommunstyrelsen beslutar att godkänna budgeten.\n`,
			{ fileName: 'ks.txt' },
		);
		expect(parsed.attendees.map((a) => [a.name, a.party, a.title, a.roles.join('+'), a.presence])).toEqual([
			['Karin Ås', 'S', null, 'ordförande', null],
			['Olof Berg', 'M', null, 'justerare', null],
			['Maja Lind', 'C', null, '', null],
			['Lena Ek', null, 'kommunsekreterare', 'sekreterare', null],
			['Per Holm', 'V', null, 'adjungerad', null],
			['Nils Dahl', null, 'ekonomichef', '', '12'],
			['Eva Sund', null, null, '', '13'],
		]);
	});
	it('goes on with the list of people of the page before where the next page opens with people, not where it opens with signatures', () => {
		const page1 =
			'1 Region Exempel Protokoll 1 (20) Plats och tid Regionkontoret kl. 10:00-14:35 Beslutande ledamöter Jan Lund (S) (ordförande) Alva Berg (M) Övriga närvarande Sofia Ek (Direktör) Kajsa Holm (Nämndsekreterare) Underskrifter Sekreterare ... Kajsa Holm Ordförande ... Jan Lund (S) ANSLAG/BEVIS Protokollet är justerat.';
		const page2 =
			'2 Anders Vik (Enhetschef) 119 Henrik Dal (Strateg) 119 Märta Sten (Controller) 120 Jonas Åberg (Projektledare) 122 Utses att justera Alva Berg (M) Justeringens plats och tid Regionkontoret, Gävle';
		const parsed = parseMinutes(`${page1}\n\n${page2}\n\n3 ÄRENDELISTA 114 Val av justerare\n`, { fileName: 'hn.txt' });
		expect(parsed.attendees.map((a) => [a.name, a.title, a.presence])).toEqual([
			['Jan Lund', null, null],
			['Alva Berg', null, null],
			['Sofia Ek', 'Direktör', null],
			['Kajsa Holm', 'Nämndsekreterare', null],
			['Anders Vik', 'Enhetschef', '119'],
			['Henrik Dal', 'Strateg', '119'],
			['Märta Sten', 'Controller', '120'],
			['Jonas Åberg', 'Projektledare', '122'],
		]);
	});
	it('reads the column headers "Beslutande" and "Ersättare inte tjänstgörande" of a flattened table before one list of people as that list', () => {
		const page1 =
			'1 Kultur- och fritidsnämnden Plats och tid Stadshuset, kl 13.00 Beslutande Ersättare inte tjänstgörande Eva Ström (C), ordf. Sven Ask (M) Maja Lund (M) Karl Ek (L) Ines Berg (S) Justerare Sven Ask (M) Underskrifter Sekreterare Anna Dahl';
		const page2 = `2 Kultur- och fritidsnämnden ${'Kommunstyrelsen beslutar att godkänna förslaget. '.repeat(4)}`;
		const parsed = parseMinutes(`${page1}\n\n${page2}\n`, { fileName: 'kfn.txt' });
		expect(parsed.attendees.map((a) => [a.name, a.party, a.roles.join('+')])).toEqual([
			['Eva Ström', 'C', 'ordförande'],
			['Sven Ask', 'M', 'justerare'],
			['Maja Lund', 'M', ''],
			['Karl Ek', 'L', ''],
			['Ines Berg', 'S', ''],
			['Anna Dahl', null, 'sekreterare'],
		]);
	});
	it('reads "tjg ers" as tjänstgörande ersättare and "ers" as ersättare', () => {
		expect(brief('Beslutande\nLennart Holm (S), tjg ers\nIngrid Ek (M), ers').map((a) => [a[0], a[2], a[4]])).toEqual([
			['Lennart Holm', null, 'tjänstgörande ersättare'],
			['Ingrid Ek', null, 'ersättare'],
		]);
	});
	it('reads the members present at the roll call ("Upprop") of a flattened page, grouped by valkrets', () => {
		const page1 = `1 Protokoll 1 (20) Landstingsfullmäktige Plats Landstingshuset Tid Onsdagen den 23 oktober 2013 kl 09.00 ${'Sammanträdet öppnades av ordföranden. '.repeat(4)}`;
		const page2 =
			'2 LANDSTINGET I EXEMPEL (20) Utdrag Sekreterare Inga Berg 78 Upprop Centrala valkretsen Monica Ek (S) Catarina Holm (M) Mats Berg (S) Östra valkretsen Gun Dahl (V) Hans Lind (S) Ingvar Sten (M) Elisabeth Ås (KD)';
		const parsed = parseMinutes(`${page1}\n\n${page2}\n\n3 LANDSTINGET I EXEMPEL 79 Val av justerare\n`, { fileName: 'lf.txt' });
		expect(parsed.attendees.map((a) => [a.name, a.party, a.title, a.status])).toEqual([
			['Inga Berg', null, null, 'present'],
			['Monica Ek', 'S', null, 'present'],
			['Catarina Holm', 'M', null, 'present'],
			['Mats Berg', 'S', null, 'present'],
			['Gun Dahl', 'V', null, 'present'],
			['Hans Lind', 'S', null, 'present'],
			['Ingvar Sten', 'M', null, 'present'],
			['Elisabeth Ås', 'KD', null, 'present'],
		]);
	});
	it('takes no address, weekday or word of the template for a person, but initials and a wrapped surname', () => {
		expect(brief('Närvarande\nAnna Ek, Västra Storgatan 12\nÖrebro Torsdag den\nJP Anderson\nEva Lindström- Johannesson').map((a) => a[0])).toEqual([
			'Anna Ek',
			'JP Anderson',
			'Eva Lindström- Johannesson',
		]);
	});
	it('reads whom a member stands in for from brackets after the party, and no word a lost time left', () => {
		expect(
			brief('Beslutande: Maria Frisk (KD) ordförande Thomas Bäuml (M) (ers Maritha Josefsson (M)) Eva Ek (S) kl Jörn Lund (C) delvis').map((a) => [
				a[0],
				a[1],
				a[2],
				a[4],
				a[6],
				a[7],
			]),
		).toEqual([
			['Maria Frisk', 'KD', null, 'ordförande', 'present', null],
			['Thomas Bäuml', 'M', null, 'tjänstgörande ersättare', 'present', null],
			['Maritha Josefsson', 'M', null, '', 'absent', null],
			['Eva Ek', 'S', null, '', 'present', null],
			['Jörn Lund', 'C', null, '', 'present', 'delvis'],
		]);
	});
	it('reads "Adjungerad:" as the heading of those adjoined, not an organisation', () => {
		expect(brief('Närvarande: Anna Ek, Per Berg\nAdjungerad: Carina Lund, Nina Sten').map((a) => [a[0], a[2], a[4]])).toEqual([
			['Anna Ek', null, ''],
			['Per Berg', null, ''],
			['Carina Lund', null, 'adjungerad'],
			['Nina Sten', null, 'adjungerad'],
		]);
	});
	it('reads a body or a unit written as one word after a name as the person’s organisation', () => {
		expect(brief('Närvarande\nUno Ek Omsorgsnämnden\nGerd Lind Samhällsbyggnadsnämnden').map((a) => [a[0], a[2]])).toEqual([
			['Uno Ek', 'Omsorgsnämnden'],
			['Gerd Lind', 'Samhällsbyggnadsnämnden'],
		]);
	});
	it('splits a title and the unit after it', () => {
		expect(brief('Övriga närvarande\nAlf Ek, avdelningschef Gatuavdelningen').map((a) => [a[0], a[2], a[3]])).toEqual([
			['Alf Ek', 'Gatuavdelningen', 'avdelningschef'],
		]);
	});
	it('gives no role for "ledamot", which every member is', () => {
		expect(brief('Beslutande\nAnna Ek (S), ordförande\nPer Berg (M), ledamot\nEva Lind (C), ordinarie ledamot').map((a) => [a[0], a[4]])).toEqual([
			['Anna Ek', 'ordförande'],
			['Per Berg', ''],
			['Eva Lind', ''],
		]);
	});
	it('takes a short word in parentheses for a party only where the minutes write parties so', () => {
		expect(brief('Närvarande\nAnna Ek (Posk)\nPer Berg (S)').map((a) => [a[0], a[1]])).toEqual([
			['Anna Ek', 'POSK'],
			['Per Berg', 'S'],
		]);
		expect(brief('Närvarande\nAnna Ek (Lund)\nPer Berg (Malmö)').map((a) => [a[0], a[1], a[2]])).toEqual([
			['Anna Ek', null, 'Lund'],
			['Per Berg', null, 'Malmö'],
		]);
	});
	it('reads lists that end like a sentence, a member of no party and officials with the paragraphs they attended', () => {
		const r = brief(
			'Beslutande\n\nBjörn Yngvesson (KD) ordförande, Ann-Sofie Hagenvind (-), Georgos Moschos (S).\n\nTjänstgörande ersättare\n\nPer-Erik Vrang (M), Christina Forsling (SD).\n\nTjänstepersoner\n\nAngelica Lemcke, socialpedagog § 35 Pernilla Svärdh, specialpedagog § 35\n\nJohanna Aldén, nämndsekreterare',
		);
		expect(r.map((a) => [a[0], a[1], a[3], a[4], a[7]])).toEqual([
			['Björn Yngvesson', 'KD', null, 'ordförande', null],
			['Ann-Sofie Hagenvind', '-', null, '', null],
			['Georgos Moschos', 'S', null, '', null],
			['Per-Erik Vrang', 'M', null, 'tjänstgörande ersättare', null],
			['Christina Forsling', 'SD', null, 'tjänstgörande ersättare', null],
			['Angelica Lemcke', null, 'socialpedagog', '', '§ 35'],
			['Pernilla Svärdh', null, 'specialpedagog', '', '§ 35'],
			['Johanna Aldén', null, 'nämndsekreterare', '', null],
		]);
	});
	it('reads a stand-in written after the party as "tjänstgörande ersättare för", "ersättare för" or "ersätter", and goes on with the list', () => {
		for (const phrase of ['tjänstgörande ersättare för', 'ersättare för', 'ersätter']) {
			const r = attend(`Beslutande\nAnna Ek (S), ordförande\nOmar Said (S), ${phrase} Erik Nyström (S)\nLisa Holm (KD)\n\n§ 1 Val av justerare`).attendees;
			expect(
				r.map((a) => [a.name, a.party, a.status, a.roles.join('+')]),
				phrase,
			).toEqual([
				['Anna Ek', 'S', 'present', 'ordförande'],
				['Omar Said', 'S', 'present', 'tjänstgörande ersättare'],
				['Erik Nyström', 'S', 'absent', ''],
				['Lisa Holm', 'KD', 'present', ''],
			]);
		}
	});
	it('gives the members listed under an organisation of their own that organisation', () => {
		const r = brief(
			'Kallade\nVilhelmina kommun\nOrdinarie\n\nViveka Abramsson (S)\n\nErsättare\n\n\nStorumans kommun\n\nOrdinarie\n\nPeter Åberg (S)\n\nÖvriga\n\nEva Flodin, Förbundschef',
		);
		expect(r.map((a) => [a[0], a[2], a[5]])).toEqual([
			['Viveka Abramsson', 'Vilhelmina kommun', 'politician'],
			['Peter Åberg', 'Storumans kommun', 'politician'],
			['Eva Flodin', null, 'official'],
		]);
	});
	it('reads the signature block below the attendance: each heading with its dotted line, the name on a line below', () => {
		const r = brief(
			'Övriga deltagande Anders Johansson, kommunchef\n\nAgneta Rodriguez, kommunsekreterare\n\nUtses att justera Marcus Schön (M) och Per-Ola Herdinius (S)\n\nTid och plats för justering Måndagen den 11 september 2017 kl 16.00\n\nUnderskrifter Sekreterare ... Paragrafer 102 - 119\n\nAgneta Rodriguez\n\nOrdförande ...\n\nAnders Ek\n\nJusterande ...\n\nMarcus Schön Per-Ola Herdinius',
		);
		expect(r.map((a) => [a[0], a[4]])).toEqual([
			['Anders Johansson', ''],
			['Agneta Rodriguez', 'sekreterare'],
			['Marcus Schön', 'justerare'],
			['Per-Ola Herdinius', 'justerare'],
			['Anders Ek', 'ordförande'],
		]);
	});
	it('reads those called but not listed as present as absent', () => {
		const r = brief('Kallade\n\n- Victor Lells\n- Edvard Thörnros\n\nNärvarande\n\n- Victor Lells\n\n1. Mötets öppnande');
		expect(r.map((a) => [a[0], a[6]])).toEqual([
			['Victor Lells', 'present'],
			['Edvard Thörnros', 'absent'],
		]);
	});
});

describe('attendance written as prose', () => {
	it('reads the members absent at the roll call and the stand-ins who take their seats', () => {
		const text = [
			'Kommunfullmäktige',
			'',
			'Närvarande vid uppropet: ordföranden, förste och andre vice ordförandena samt övriga ledamöter utom Birgitta Nilsson, Håkan Fäldt och Johan Malmqvist. Som ersättare för de frånvarande ledamöterna inträder: Sten Svensson för Birgitta Nilsson, Ulrika Wennerberg för Håkan Fäldt och Birgitta Lindgren för Johan Malmqvist.',
			'',
			'§ 125 Protokollsjustering',
			'',
			'Kommunfullmäktige utser Hans Berg och Amar Sabri att jämte ordföranden justera protokollet.',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'kf.txt' });
		const read = Object.fromEntries(parsed.attendees.map((a) => [a.name, `${a.status} ${a.roles.join('+')} ${a.group}`]));
		expect(read).toMatchObject({
			'Birgitta Nilsson': 'absent  politician',
			'Håkan Fäldt': 'absent  politician',
			'Johan Malmqvist': 'absent  politician',
			'Sten Svensson': 'present tjänstgörande ersättare politician',
			'Ulrika Wennerberg': 'present tjänstgörande ersättare politician',
			'Birgitta Lindgren': 'present tjänstgörande ersättare politician',
		});
	});
});

describe('officials listed after the ersättare', () => {
	it('reads the titles written before the names after "samt", and gives those officials no ersättare role', () => {
		const text = [
			'Socialnämnden',
			'',
			'Beslutande',
			'Anna Ek (S), ordförande',
			'Per Berg (M)',
			'',
			'Övriga deltagande',
			'Ersättare: Lisa Holm (S), Olof Dahl (V) och Maria Sten (L) samt sekreterare Karl Lind, socialchef Eva Strand, controller Nils Åberg och områdeschef Sara Falk',
			'',
			'§ 12 Budget',
		].join('\n');
		const people = parseMinutes(text, { fileName: 'protokoll.txt' }).attendees.map((a) => [a.name, a.title, a.roles.join('+')]);
		expect(people.slice(2)).toEqual([
			['Lisa Holm', null, 'ersättare'],
			['Olof Dahl', null, 'ersättare'],
			['Maria Sten', null, 'ersättare'],
			['Karl Lind', 'sekreterare', 'sekreterare'],
			['Eva Strand', 'socialchef', ''],
			['Nils Åberg', 'controller', ''],
			['Sara Falk', 'områdeschef', ''],
		]);
	});
});

describe('lists of associations and working groups', () => {
	const people = (text: string) =>
		parseMinutes(text, { fileName: 'anteckningar.txt' }).attendees.map((a) => [a.name, a.title, a.organization, a.roles.join('+'), a.status]);

	it('reads every person of a list whose functions are written in lower case after the name, "1:e vice ordförande" among them', () => {
		const text = [
			'Styrelsemöte',
			'',
			'Närvarande:',
			'Eva Strand, ordförande',
			'Nils Berg, 1:e vice ordförande',
			'Mona Falk, kassör',
			'Ove Lind, redaktör Medlemsbladet',
			'',
			'1. Mötets öppnande',
			'',
			'Eva hälsar välkommen.',
		].join('\n');
		expect(people(text)).toEqual([
			['Eva Strand', null, null, 'ordförande', 'present'],
			['Nils Berg', null, null, '1:e vice ordförande', 'present'],
			['Mona Falk', 'kassör', null, '', 'present'],
			['Ove Lind', 'redaktör Medlemsbladet', null, '', 'present'],
		]);
	});

	it('reads people named by their given name alone, and the functions after a dash, but gives none of them a person page', () => {
		const text = [
			'Minnesanteckningar från gruppmöte',
			'',
			'Närvarande: Karin – kassör, Johan- webbansvarig, Maria och Lena',
			'Ej närvarande: Peter – sekreterare',
			'',
			'1. Föregående anteckningar',
			'',
			'Lades till handlingarna.',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'anteckningar.txt' });
		expect(people(text)).toEqual([
			['Karin', 'kassör', null, '', 'present'],
			['Johan', 'webbansvarig', null, '', 'present'],
			['Maria', null, null, '', 'present'],
			['Lena', null, null, '', 'present'],
			['Peter', null, null, 'sekreterare', 'absent'],
		]);
		expect(parsed.reading.attendance.level).toBe('unsure');
	});

	it('reads no partial presence from the full stop that ends a field', () => {
		const text = [
			'Protokoll fört vid sammanträde med rådet',
			'',
			'Ordförande: Karin Lund.',
			'Sekreterare: Olle Falk.',
			'',
			'1 §',
			'SAMMANTRÄDETS ÖPPNANDE',
		].join('\n');
		expect(parseMinutes(text, { fileName: 'protokoll.txt' }).attendees.map((a) => [a.name, a.roles.join('+'), a.presence])).toEqual([
			['Karin Lund', 'ordförande', null],
			['Olle Falk', 'sekreterare', null],
		]);
	});

	it('reads a list that a flattened page runs on after the heading, with the body after "i" no person of its own', () => {
		const text = [
			'1 Protokoll från arbetsgruppens möte den 3 maj 2005 i Umeå Närvarande: Berit Holm, Västerbotten, ordf Sven Ek, Norrbotten Lena Gran, Jämtland Olle Nord, sekreterare Tove Sand, samordnare i Nätverket Friska Län',
			'',
			'2 (3) INLEDNING Mötets öppnande Berit Holm hälsar välkommen och går igenom dagordningen, som godkänns. Gruppen diskuterar hur arbetet ska fortsätta under hösten och vilka som ska delta i nästa steg av planeringen.',
			'',
			'3 (3) Nästa möte Gruppen träffas nästa gång i Luleå i september, då rapporten från länen ska redovisas. Sven Ek ansvarar för inbjudan och skickar ut den i god tid före mötet till alla deltagare i gruppen.',
		].join('\n');
		expect(people(text)).toEqual([
			['Berit Holm', null, 'Västerbotten', 'ordförande', 'present'],
			['Sven Ek', null, 'Norrbotten', '', 'present'],
			['Lena Gran', null, 'Jämtland', '', 'present'],
			['Olle Nord', null, null, 'sekreterare', 'present'],
			['Tove Sand', 'samordnare i Nätverket Friska Län', null, '', 'present'],
		]);
	});
});

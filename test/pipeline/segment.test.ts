import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../scripts/pipeline/parse/parse-blocks.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { joinWords } from '../../scripts/pipeline/segment/join-words.ts';
import { matchListMarker } from '../../scripts/pipeline/segment/match-list-marker.ts';
import { rejoinPageBreaks } from '../../scripts/pipeline/segment/rejoin-page-breaks.ts';
import { removeFurniture } from '../../scripts/pipeline/segment/remove-furniture.ts';
import { splitLines } from '../../scripts/pipeline/segment/split-lines.ts';

const lines = (text: string) => splitLines(text);

describe('splitLines', () => {
	it('keeps 1-based numbers, indentation, and drops trailing space', () => {
		expect(splitLines(' a \r\nb\n\n')).toEqual([
			{ text: ' a', line: 1 },
			{ text: 'b', line: 2 },
		]);
	});
});

describe('joinWords', () => {
	it('joins a word hyphenated at the line end', () =>
		expect(joinWords('gällande planerings-', 'förutsättningarna.')).toBe('gällande planeringsförutsättningarna.'));
	it('keeps a hyphen before a capital', () => expect(joinWords('Ann-', 'Charlotte Järnström')).toBe('Ann-Charlotte Järnström'));
	it('keeps a suspended compound hyphen', () => {
		expect(joinWords('kommun-', 'och regionledningsforum')).toBe('kommun- och regionledningsforum');
		expect(joinWords('hälso-', 'eller sjukvård')).toBe('hälso- eller sjukvård');
		expect(joinWords('bygg-', 'samt miljö')).toBe('bygg- samt miljö');
	});
	it('keeps a hyphen after an abbreviation', () => expect(joinWords('SKR-', 'nätverket')).toBe('SKR-nätverket'));
	it('joins plain wrapped lines with a space', () => expect(joinWords('Kungsbacka ', 'kommun)')).toBe('Kungsbacka kommun)'));
});

describe('removeFurniture', () => {
	it('removes signature footers and page numbers, and marks the page break', () => {
		const r = removeFurniture(lines('Text utan slut\n\nOrdförandes sign\n\nJusterares sign\n\nUtdragsbestyrkande\n\nSida 2 av 5\n2 (5)\nmer text'));
		expect(r.removed.map((x) => x.reason)).toEqual(['signature footer', 'signature footer', 'signature footer', 'page number', 'page number']);
		expect(r.breaks.has(11)).toBe(true);
		expect(r.lines.map((l) => l.text).filter((t) => t !== '')).toEqual(['Text utan slut', 'mer text']);
	});
	it('removes a header repeated on every page but keeps it on the first', () => {
		const text = 'Kommunstyrelsen\tPROTOKOLL\nA.\nSida 1 av 3\nKommunstyrelsen\tPROTOKOLL\nB.\nSida 2 av 3\nKommunstyrelsen\tPROTOKOLL\nC.\nSida 3 av 3';
		const r = removeFurniture(lines(text));
		expect(r.lines.map((l) => l.text)).toEqual(['Kommunstyrelsen\tPROTOKOLL', 'A.', 'B.', 'C.']);
		expect(r.removed.filter((x) => x.reason === 'repeated header').map((x) => x.line)).toEqual([4, 7]);
	});
	it('keeps an item heading that happens to follow two page breaks', () => {
		const r = removeFurniture(lines('Onsdag den 1 februari\nx.\nUtdragsbestyrkande\nTorsdag den 2 februari\ny.\nUtdragsbestyrkande\nz.'));
		expect(r.lines.map((l) => l.text)).toContain('Torsdag den 2 februari');
	});
});

describe('rejoinPageBreaks', () => {
	const join = (text: string) => {
		const f = removeFurniture(lines(text));
		return parseBlocks(rejoinPageBreaks(f.lines, f.breaks));
	};
	it('joins a sentence cut by a footer even before a capital', () => {
		const b = join(
			'Om man är parter inom KRF som till exempel i samband med\n\nOrdförandes sign\n\nJusterares sign\n\nUtdragsbestyrkande\n\nHemssjukvårdsöverenskommelsen verkar det dock hämmande.',
		);
		expect(b).toEqual([
			{ type: 'paragraph', text: 'Om man är parter inom KRF som till exempel i samband med Hemssjukvårdsöverenskommelsen verkar det dock hämmande.', line: 1 },
		]);
	});
	it('joins a sentence cut by blank lines when the next paragraph starts in lower case', () => {
		const b = join('Poängteras att kommunerna behöver det. Riktade statsbidrag är också ett\n\nbekymmer vilket inte gynnar.');
		expect(b).toHaveLength(1);
	});
	it('does not join a heading or a finished sentence', () => {
		expect(join('Anteckningar\n\nsmå bokstäver här.')).toHaveLength(2);
		expect(join('En hel mening som slutar här.\n\nOrdförandes sign\n\nNästa stycke börjar här.')).toHaveLength(2);
	});
});

describe('matchListMarker and parseBlocks', () => {
	it('recognises bullets and numbers', () => {
		for (const b of ['- a', '• a', '\uf0b7 a', '* a', '– a']) expect(matchListMarker(b)?.ordered).toBe(false);
		expect(matchListMarker('  3) a')).toEqual({ indent: 2, ordered: true, number: 3, text: 'a' });
		expect(matchListMarker('-syfte')).toBeNull();
	});
	it('nests lists by indentation and joins wrapped items', () => {
		const b = parseBlocks(lines('- a\n - b\n   fortsätter\n- c'));
		expect(b).toEqual([
			{
				type: 'list',
				ordered: false,
				start: null,
				line: 1,
				items: [
					{ text: 'a', line: 1, children: [{ type: 'list', ordered: false, start: null, line: 2, items: [{ text: 'b fortsätter', line: 2, children: [] }] }] },
					{ text: 'c', line: 4, children: [] },
				],
			},
		]);
	});
	it('makes known sub-section words headings, alone or directly before their text', () => {
		expect(parseBlocks(lines('Beslut\nKommunstyrelsen beslutar.\n\nSummering:\n\nText.'))).toEqual([
			{ type: 'heading', text: 'Beslut', line: 1 },
			{ type: 'paragraph', text: 'Kommunstyrelsen beslutar.', line: 2 },
			{ type: 'heading', text: 'Summering:', line: 4 },
			{ type: 'paragraph', text: 'Text.', line: 6 },
		]);
		expect(parseBlocks(lines('Regional samverkan'))[0]!.type).toBe('paragraph');
	});
	it('keeps each line below "Expedieras" an entry of its own, as recipients are listed one a line', () => {
		expect(parseBlocks(lines('Expedieras\nMotionären\nKommunstyrelsen\n\nBakgrund\nText som går\növer två rader.'))).toEqual([
			{ type: 'heading', text: 'Expedieras', line: 1 },
			{ type: 'paragraph', text: 'Motionären', line: 2 },
			{ type: 'paragraph', text: 'Kommunstyrelsen', line: 3 },
			{ type: 'heading', text: 'Bakgrund', line: 5 },
			{ type: 'paragraph', text: 'Text som går över två rader.', line: 6 },
		]);
	});
});

describe('transcripts that put each page on one line', () => {
	const page1 =
		'1 KOMMUNEN KOMMUNFULLMÄKTIGE PROTOKOLL Sammanträdesdag Plats Stadshuset Beslutande Anna Ek (S) ordförande Per Berg (M) Lisa Holm (KD) Olle Svensson (SD) Maja Lind (SD) Karin Nord (S) Jonas Ek (S)';
	const page2 =
		'2 Kommunfullmäktige Eva Åberg (M) Nils Strand (C), deltog ej under 10 p.g.a. jäv Sara Lund (V) Erik Holm (L) Sekreterare Bo Nyström Anslaget på kommunens anslagstavla den 14 februari 2011.';
	const page3 =
		'3 Kommunfullmäktige § 1 Val av justerare Per Berg utses att justera protokollet. Kommunfullmäktige beslutar att godkänna valet och att ärendet är avslutat för den här gången.';
	it('reads "ande", what a transcript that drops words with digits leaves of "kl 13.00-16.00Beslutande", as the label of the deciding members', () => {
		const first =
			'1 12 Organ: Plats och tid: Miljönämnden Kommunhuset, Torsdagen den 3 maj 2012, kl ande: Eva Ek ordförande Per Holm vice ordförande Lisa Berg Olle Dahl Övriga deltagare: Anna Lind sekreterare Utses att justera: Per Holm Paragrafer:';
		const second = '2 13 Val av justerare Nämnden utser Per Holm att jämte ordföranden justera protokollet. Justeringen sker på kansliet.';
		const parsed = parseMinutes([first, '', second].join('\n'), { fileName: 'mn.txt' });
		expect(parsed.attendees.map((a) => [a.name, a.group])).toEqual(
			expect.arrayContaining([
				['Eva Ek', 'politician'],
				['Per Holm', 'politician'],
				['Lisa Berg', 'politician'],
				['Olle Dahl', 'politician'],
			]),
		);
		expect(parsed.attendees.find((a) => a.name === 'Eva Ek')?.roles).toContain('ordförande');
		expect(parsed.items.map((item) => item.number)).not.toContain(12);
	});
	it('reads the others present on a page that opens with "Övriga" after its page header', () => {
		const first =
			'1 SAMMANTRÄDESPROTOKOLL 1 (20) Plats Stadshuset, Ekby Dag och tid Tisdagen den 10 augusti 2010, kl Beslutande Eva Ek (S) Per Holm (M) Lisa Berg (C) Övriga Se sidan 2 Underskrifter Sekreterare Ordförande Justerande Anna Lund Eva Ek Per Holm';
		const second =
			'2 2 (20) Övriga Karin Nord, ersättare, ej 123 Jonas Vik, ersättare Anna Lund, sekreterare Olof Sand, kommunchef Maria Ström, ekonomichef Henrik Dahl, personalchef Sara Lindqvist, planeringschef';
		const parsed = parseMinutes([first, '', second, '', '3 121 Val av justerare Per Holm utses att justera protokollet jämte ordföranden.'].join('\n'), {
			fileName: 'ks.txt',
		});
		const byName = new Map(parsed.attendees.map((a) => [a.name, a]));
		expect(byName.get('Karin Nord')).toMatchObject({ roles: ['ersättare'], presence: 'ej 123' });
		expect(byName.get('Jonas Vik')?.roles).toEqual(['ersättare']);
		expect(byName.get('Olof Sand')?.title).toBe('kommunchef');
	});
	it('goes on with the list of the page before on a page whose number is printed again with the page count ("2 2 av 9 …")', () => {
		const first =
			'1 Datum 1 av 9 Förbundet Direktionen Sammanträdesprotokoll Plats och tid: Stationen, kl. 13:00 Beslutande: Eva Ek (S), ordförande Per Holm (M) Övriga: Anna Berg, förbundsdirektör Lars Dahl, kanslichef';
		const second =
			'2 2 av 9 Karin Lund, ekonomichef Olof Nyberg, brandman Utses att justera: Per Holm Sekreterare: Lars Dahl Paragrafer Ordförande: Eva Ek Justerande: Per Holm ANSLAG Justeringen har tillkännagivits genom anslag.';
		const parsed = parseMinutes([first, '', second, '', '3 3 av 9 § 1 Val av justerare Per Holm utses att justera protokollet.'].join('\n'), {
			fileName: 'direktionen.txt',
		});
		expect(parsed.attendees.map((a) => [a.name, a.title])).toEqual(
			expect.arrayContaining([
				['Anna Berg', 'förbundsdirektör'],
				['Karin Lund', 'ekonomichef'],
				['Olof Nyberg', 'brandman'],
			]),
		);
	});
	it('drops the body’s name each page after the first repeats as furniture, and reads a list of people that goes on from one page to the next', () => {
		const parsed = parseMinutes([page1, '', page2, '', page3].join('\n'), { fileName: 'kf.txt' });
		expect(parsed.attendees.map((a) => `${a.name} (${a.party})`)).toEqual(
			expect.arrayContaining(['Jonas Ek (S)', 'Eva Åberg (M)', 'Nils Strand (C)', 'Erik Holm (L)']),
		);
		expect(parsed.attendees.find((a) => a.name === 'Nils Strand')?.presence).toBe('deltog ej under 10 p.g.a. jäv');
		expect(parsed.attendees.some((a) => /Kommunfullmäktige/u.test(a.name))).toBe(false);
		expect(parsed.items.map((item) => item.number)).toEqual([1]);
		expect(parsed.items[0]?.title).toMatch(/^Val av justerare/u);
		expect(parsed.removed.filter((r) => r.reason === 'repeated header').map((r) => r.text)).toEqual(['Kommunfullmäktige', 'Kommunfullmäktige']);
	});
	it('reads people with their parties after the time of the meeting as the deciding members when the page lost their label', () => {
		const parsed = parseMinutes(
			[
				'1 Plats och tid ande Sammanträdesrummet, kommunhuset Torsdagen den 27 augusti 2009, kl. 16:00-19:00 Anna Lind (M) ordf Bo Ek (V) v ordf Cecilia Berg (C) Dan Holm (S) Övriga deltagande Eva Strand, förvaltningschef Utses att justera Dan Holm Justeringens plats och tid Förvaltningskontoret',
				'',
				'2 Ärendets rubrik Meddelanden 119 Delegationsbeslut 120',
			].join('\n'),
			{ fileName: 'bun.txt' },
		);
		expect(parsed.attendees.filter((a) => a.group === 'politician').map((a) => `${a.name} (${a.party})`)).toEqual([
			'Anna Lind (M)',
			'Bo Ek (V)',
			'Cecilia Berg (C)',
			'Dan Holm (S)',
		]);
		expect(parsed.header.startTime).toBe('16:00');
	});
	it('reads a signature label inside a list of people and their titles as the role of the person before it', () => {
		const parsed = parseMinutes(
			[
				'1 KOMMUNEN SAMMANTRÄDESPROTOKOLL Plats och tid Beslutande Kommunkontoret. Tisdag 14 mars 2017 kl. 09:00-16:15. Se närvarolista. Övriga deltagande Eva Engström Sekreterare Fredrik Pahlberg Kommunchef Malin Ruthström Verksamhetschef Teres Burström Nämndsekreterare Utses att justera Stefan Bergh (C) Justeringens plats och tid Kommunkontoret',
				'',
				'2 § 37 Godkännande av dagordning. Kommunstyrelsen godkänner dagordningen med de förändringar och de extra ärenden som anmäls vid sammanträdets början av ledamöterna och av förvaltningen.',
			].join('\n'),
			{ fileName: 'ks.txt' },
		);
		const eva = parsed.attendees.find((a) => a.name === 'Eva Engström');
		expect(eva?.roles).toContain('sekreterare');
		expect(parsed.attendees.filter((a) => a.roles.includes('sekreterare')).map((a) => a.name)).toEqual(['Eva Engström']);
		expect(parsed.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(['Fredrik Pahlberg', 'Malin Ruthström', 'Teres Burström']));
	});
	it('reads a section label after a comma as a label: "… (S) 8-13, Ej tjänstgörande ersättare Anna Zelvin (KD) …"', () => {
		// Region Kronoberg, regionstyrelsen (test/fixtures/real/protokoll/region-kronoberg-regionstyrelsen-undated-8)
		const parsed = parseMinutes(readFileSync('test/fixtures/real/protokoll/region-kronoberg-regionstyrelsen-undated-8/input.txt', 'utf8'), {
			fileName: 'rs.txt',
		});
		const read = Object.fromEntries(parsed.attendees.map((a) => [a.name, `${a.roles.join('+')} ${a.presence ?? ''}`.trim()]));
		expect(read).toMatchObject({ 'Magnus Carlberg': '8-13', 'Anna Zelvin': 'ersättare', 'Emelie Öberg': 'ersättare', 'Martin Myrskog': '' });
	});
	it('takes the page number that ends a flattened page off the last person on it', () => {
		const parsed = parseMinutes(
			[
				'1 Plats och tid Borås, kl 09.00-12.00 Beslutande Ulf Olsson (S) ordförande Annette Carlson (M) Stefan Carlsson (S) Övriga deltagande Christina Klaar, förbundssekreterare Svante Stomberg, kommunchef Borås 1',
				'',
				'2 Sekreterare Christina Klaar Ordförande Ulf Olsson Justerare Annette Carlson Justeringens plats och tid Förbundskontoret, Borås, tisdagen den 3 februari 2015 klockan 10.00 Paragrafer 1-17 2',
				'',
				'3 § 1 Val av mötesordförande Till mötesordförande utses Ulf Olsson (S) och han leder mötet fram till och med den sista punkten på dagordningen.',
			].join('\n'),
			{ fileName: 'direktionen.txt' },
		);
		const svante = parsed.attendees.find((a) => a.name === 'Svante Stomberg');
		expect(svante?.presence).toBeNull();
		expect(svante?.title).toMatch(/^kommunchef/u);
		expect(parsed.removed.filter((r) => r.reason === 'page number').map((r) => r.text)).toEqual(expect.arrayContaining(['1', '2']));
	});
	it('leaves a header that carries its own page number ("SAMMANTRÄDESPROTOKOLL Sida 2") to the page furniture', () => {
		const parsed = parseMinutes(
			[
				'1 SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Torsdagen den 12 februari 2009 kl 13 Stadshuset Närvarande Ledamöter Lars Aronsson (s) Ingmar Hjalmarsson (v) Bertil Almquist (m) Yvonne Bergvall (s)',
				'',
				'2 SAMMANTRÄDESPROTOKOLL Sida 2 Bevis om justering Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens officiella anslagstavla.',
			].join('\n'),
			{ fileName: 'tn.txt' },
		);
		expect(parsed.items.map((item) => item.title)).not.toContain('Bevis om justering');
	});
});

describe('a protokoll’s table of contents', () => {
	it('lists the items without making them items when the body is not in the text', () => {
		const toc = [
			'SAMMANTRÄDESPROTOKOLL',
			'Kommunstyrelsen',
			'Plats och tid',
			'Stadshuset, kl. 13:15-14:30',
			'Beslutande',
			'Anna Ek (S), ordförande',
			'',
			'INNEHÅLLSFÖRTECKNING',
			'Paragrafer',
			'Ärenden',
			'Sida',
			'§ 252',
			'Information om Luleå Energi AB:s verksamhet',
			'6',
			'§ 253',
			'Meddelanden kommunstyrelsen',
			'7 - 11',
			'§ 254',
			'Delegationsrapport',
			'12 - 14',
		];
		const parsed = parseMinutes(toc.join('\n'), { fileName: 'ks.txt' });
		expect(parsed.items).toEqual([]);
		expect(parsed.agenda.map((e) => `${e.number} ${e.title}`)).toEqual([
			'252 Information om Luleå Energi AB:s verksamhet',
			'253 Meddelanden kommunstyrelsen',
			'254 Delegationsrapport',
		]);
	});
	it('confirms numbered headings of the body by the titles it lists without numbers, a page number after each', () => {
		const text = [
			'Innehållsförteckning',
			'',
			'Upprop och val av justerare för dagens sammanträde 3',
			'Fastställande av dagordning 4',
			'',
			'Val av ordförande 5',
			'',
			'1. Upprop och val av justerare för dagens sammanträde.',
			'VALDIREKTIONSMÖTE 2023-01-18',
			'',
			'Dagens valdirektionsmöte hålls helt på distans via Microsoft Teams där alla deltagare medverkar.',
			'',
			'2. Fastställande av dagordning',
			'VALDIREKTIONSMÖTE 2023-01-18',
			'',
			'Ärenden enligt tidigare utsänd föredragningslista med två tillägg.',
			'',
			'3. Val av ordförande',
			'VALDIREKTIONSMÖTE 2023-01-18',
			'',
			'Förslag till ordförande: Anders Persson.',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'direktion.txt' });
		expect(parsed.items.map((item) => `${item.number} ${item.title}`)).toEqual([
			'1 Upprop och val av justerare för dagens sammanträde.',
			'2 Fastställande av dagordning',
			'3 Val av ordförande',
		]);
	});
	it('reads a paragraph numbered with the year ("§ 63/20") in the body after the table of contents that lists it', () => {
		const text = [
			'Innehållsförteckning',
			'',
			'Upprop och anmälningar om förhinder Val av justerare',
			'',
			'§ 63/20 Fastställande av dagordning',
			'',
			'Beslutspunkter',
			'',
			'§ 64/20 Nytt bidragsreglemente för Nynäshamns kommun',
			'',
			'(3)',
			'',
			'§ 63/20 Fastställande av dagordning',
			'',
			'Arbetsutskottet fastställer dagordningen.',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'au.txt' });
		expect(parsed.agenda.map((e) => e.number)).toEqual([63, 64]);
		expect(parsed.items.map((item) => `${item.label ?? item.number} ${item.title}`)).toEqual(['63/20 Fastställande av dagordning']);
	});
	it('confirms the items of the body it lists', () => {
		const text = [
			'Innehållsförteckning',
			'',
			'§ 31 Information om inkomna beslut',
			'§ 32 Budget 2023',
			'',
			'§ 31 Information om inkomna beslut',
			'',
			'Nämnden noterar informationen.',
			'',
			'§ 32 Budget 2023',
			'',
			'Nämnden fastställer budgeten.',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'bun.txt' });
		expect(parsed.items.map((item) => `${item.number} ${item.title}`)).toEqual(['31 Information om inkomna beslut', '32 Budget 2023']);
	});
});

describe('items whose headings carry no numbers', () => {
	it('reads a Riksdag committee’s headings, each alone between blank lines with its text below', () => {
		const text = [
			'UTBILDNINGSUTSKOTTET',
			'',
			'PROTOKOLL',
			'',
			'NÄRVARANDE',
			'',
			'Se bilaga 1',
			'',
			'Information från Skolverket',
			'',
			'Generaldirektör Peter Fredriksson informerade om Skolverkets verksamhet.',
			'',
			'Justering av protokoll',
			'',
			'Utskottet justerade protokoll 2018/19:04.',
			'',
			'OECD-nätverk',
			'',
			'Utskottet behandlade frågan om att ingå i ett riksdagsinternt OECD-nätverk.',
			'',
			'Nästa sammanträde',
			'',
			'Nästa sammanträde äger rum torsdagen den 8 november 2018 kl. 10.00.',
			'',
			'Vid protokollet',
			'',
			'Lotta Lann',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'ubu.txt' });
		expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
			[null, 'Information från Skolverket'],
			[null, 'Justering av protokoll'],
			[null, 'OECD-nätverk'],
			[null, 'Nästa sammanträde'],
		]);
	});
	it('reads a plenary’s bulleted headings, and leaves a greeting and an event log alone', () => {
		const text = [
			'Plenum den 14 december 2021 kl. 09:30',
			'',
			'Protokoll',
			'',
			' • Talmannens inledning',
			'',
			'  Plenum börjar. Närvaroregistrering.',
			'',
			' • Enda behandling',
			'',
			' • Talmannens avslutning',
			'',
			'  Nästa plenum hålls den 15 december 2021 klockan 13.00. Plenum är avslutat.',
			'',
			'God Jul och Gott Nytt År!',
			'',
			'Händelser under plenum',
			'',
			'09:30Plenum börjadeTalman Bert Häggblom',
		].join('\n');
		const parsed = parseMinutes(text, { fileName: 'plenum.txt' });
		expect(parsed.items.map((item) => item.title)).toEqual(['Talmannens inledning', 'Enda behandling', 'Talmannens avslutning']);
	});
	it('finds none in a protokollsutdrag whose sub-headings are the template’s', () => {
		const text = [
			'Kommunstyrelsen',
			'',
			'Ärendebeskrivning',
			'',
			'Kommunen har fått en remiss om en ny lag och ska svara senast i maj.',
			'',
			'Beslut',
			'',
			'Kommunstyrelsen beslutar att yttra sig enligt förslaget.',
			'',
			'Beslutet skickas till',
			'',
			'Regeringskansliet',
		].join('\n');
		expect(parseMinutes(text, { fileName: 'utdrag.txt' }).items.every((item) => item.basis !== 'heading')).toBe(true);
	});
});

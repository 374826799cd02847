import { describe, expect, it } from 'vitest';
import { matchItemHeading } from '../../scripts/pipeline/parse/match-item-heading.ts';
import { splitGluedTitle } from '../../scripts/pipeline/parse/split-glued-title.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { splitInlineItems } from '../../scripts/pipeline/segment/split-inline-items.ts';

const heading = (text: string) => {
	const found = matchItemHeading(text);
	return found && { number: found.number, label: found.label, title: found.title, caseNumbers: found.caseNumbers, strong: found.strong };
};

describe('item headings as Swedish minutes write them', () => {
	it('reads paragraph headings with a body before the sign, the sign after the number, or a Dnr on the line', () => {
		expect(heading('KF § 101 Val av revisorer')).toMatchObject({ number: 101, title: 'Val av revisorer', strong: true });
		expect(heading('33 § Sammanträdets öppnande')).toMatchObject({ number: 33, title: 'Sammanträdets öppnande', strong: true });
		expect(heading('§ 12 Budget 2020 Dnr KS 2018/124')).toMatchObject({ number: 12, title: 'Budget 2020', caseNumbers: ['Dnr KS 2018/124'] });
		expect(heading('Ks 1 Dnr 2012-KS Namninsamling med begäran om folkomröstning')).toMatchObject({
			number: 1,
			title: 'Namninsamling med begäran om folkomröstning',
			strong: true,
		});
	});
	it('reads numbers glued to their title, hashes and sub-items, never a time', () => {
		expect(heading('7.Mötet avslutas')).toMatchObject({ number: 7, title: 'Mötet avslutas', strong: false });
		expect(heading('#1 OFMÖ')).toMatchObject({ number: 1, title: 'OFMÖ' });
		expect(heading('2.1 Mötets behörighet')).toMatchObject({ number: 2, label: '2.1', title: 'Mötets behörighet' });
		expect(heading('2a Mötesordförande')).toMatchObject({ number: 2, label: '2a' });
		expect(heading('12.30 Lunch')).toBeNull();
		expect(heading('0.A')).toBeNull();
	});
});

describe('items written inline on a flattened page', () => {
	it('become a heading, a blank line and the text, the title cut where the first sentence starts', () => {
		const line = {
			text: '1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat och hälsade alla välkomna till dagens möte. 2:Val av protokolljusterare Per-Erik Sandberg utsågs att justera dagens protokoll tillsammans med ordföranden.',
			line: 4,
		};
		expect(splitInlineItems([line]).map((piece) => piece.text)).toEqual([
			'1:Mötet öppnas av ordföranden',
			'',
			'Ordförande förklarade mötet öppnat och hälsade alla välkomna till dagens möte.',
			'',
			'2:Val av protokolljusterare',
			'',
			'Per-Erik Sandberg utsågs att justera dagens protokoll tillsammans med ordföranden.',
			'',
		]);
	});
	it('leave an agenda of titles alone', () => {
		const agenda = {
			text: 'Dagordning 1 Mötets öppnande 2 Föregående minnesanteckningar 3 Nya gemensamma utvecklingsprojekt diskussion och prioritering 4 Projekt Dialog och Utveckling 5 Övriga frågor',
			line: 2,
		};
		expect(splitInlineItems([agenda])).toEqual([agenda]);
	});
});

describe('paragraphs of a transcript that made each page one line and dropped the §', () => {
	const pages = (texts: string[]) => texts.map((text, k) => ({ text, line: k * 2 + 1 }));
	const headings = (texts: string[]) =>
		splitInlineItems(pages(texts))
			.filter((piece) => piece.heading)
			.map((piece) => heading(piece.text));
	it('reads a body abbreviation and number on each page as that page item, never the page header', () => {
		const found = headings([
			'2 Kommunstyrelsen [36] KS 136 Val av protokolljusterare Benny Andersson (S) utses att justera protokollet jämte ordföranden. Justeringen äger rum tisdagen den 10 september i kommunhuset.',
			'3 Kommunstyrelsen [36] KS 137 Fastställande av dagordning Kommunstyrelsen fastställer dagens dagordning med nedan ändringar och godkänner att ärendet om digitalisering läggs till sist på listan. Tillägg: Digitalisering',
			'4 Kommunstyrelsen [36] KS 138 09/KS 0044 Mål och resursplan för driften Tekniska nämnden har tilldelats en ram för 2010 på 44 mkr inklusive ramtillskott. Nämnden föreslås godkänna förslaget till driftbudget för år 2010 enligt bilaga.',
		]);
		expect(found.map((h) => h && [h.number, h.title])).toEqual([
			[136, 'Val av protokolljusterare'],
			[137, 'Fastställande av dagordning'],
			[138, 'Mål och resursplan för driften'],
		]);
	});
	it('prefers the paragraphs to a numbered list inside one of them', () => {
		const found = headings([
			'Jämtlands läns landsting Sammanträdesprotokoll 2 (15) 50 Fastställande av föredragningslista Preliminär föredragningslista fastställes som slutlig. 51 Landstingsdirektörens rapport 1. Snabbrapport om det ekonomiska läget 2. Miljöcertifiering 3. Budgetpropositionen 4. Vårdbarometern.',
		]);
		expect(found.map((h) => h?.number)).toEqual([50, 51]);
	});
	it('takes one paragraph alone when the first page states it as the first, and ends a title at its sub-section heading', () => {
		const found = headings([
			'Kommunfullmäktige 2017-10-23 1 Plats och tid Ungärde skola, kl. 18:30-20:30 Beslutande Enligt bilagd förteckning. Justerade paragrafer 133-142 Underskrifter Ordförande',
			'Kommunfullmäktige 2017-10-23 3 Sida 3 133 Delårsrapport 2017 (KS/2017:499) Kommunfullmäktiges beslut Delårsrapporten godkänns. Beskrivning av ärendet Delårsbokslut är upprättat per 31 juli 2017.',
		]);
		expect(found).toEqual([{ number: 133, label: null, title: 'Delårsrapport 2017', caseNumbers: ['KS/2017:499'], strong: false }]);
	});
	it('takes the paragraph that opens a page after its header, though no range is stated, but not the page number or a table of contents', () => {
		const found = headings([
			'1 SAMMANTRÄDESPROTOKOLL 1 (9) Plats och tid Kommunhuset, kl 18.00 Beslutande Eva Ek (S) ordförande Per Holm (M) Utses att justera Per Holm Paragrafer Underskrifter Sekreterare',
			'2 SAMMANTRÄDESPROTOKOLL 2 (9) INNEHÅLLSFÖRTECKNING 41 Val av justerare Sammanträdet öppnas och ordföranden hälsar alla välkomna samt redogör för dagens ärenden.',
			'3 Miljönämnden SAMMANTRÄDESPROTOKOLL Sida 3 (9) 41 Val av justerare Miljönämnden utser Per Holm att jämte ordföranden justera dagens protokoll. Justeringen sker i kommunhuset.',
		]);
		expect(found.map((h) => h && [h.number, h.title])).toEqual([[41, 'Val av justerare']]);
		const cut = headings([
			'1 KOMMUNSTYRELSEN Plats och tid Stadshuset kl 9.00 Ledamöter Anna Berg (C) ordförande Lars Ek (S) Sofia Lind (M) Utses att justera Lars Ek Justeringens plats och tid Kommunkansliet Underskrifter',
			'2 KOMMUNSTYRELSEN 2 (5) 12 Information om budgetläget Ekonomichefen redogör för budgetläget och den ekonomiska prognosen för helåret, som visar ett underskott på tio miljoner',
		]);
		expect(cut.map((h) => h && [h.number, h.title])).toEqual([[12, 'Information om budgetläget']]);
	});
	it('keeps a given name and its surname in the title, and ends the title where the text opens with its list', () => {
		const found = headings([
			'2 Kommunstyrelsen 2 (4) Ks 14 Dnr 2021/ Karin Lunds motion om cykelbanor längs Storgatan Kommunfullmäktige har överlämnat motionen till kommunstyrelsen för beredning. Den behandlas i juni.',
			'3 Kommunstyrelsen 3 (4) Ks 15 Information 3 a) Kommundirektören informerar om det nya kommunhuset. b) Ordföranden informerar om länets samverkan kring kollektivtrafiken och om arbetet med den regionala utvecklingsstrategin.',
		]);
		expect(found.map((h) => h && [h.number, h.title])).toEqual([
			[14, 'Karin Lunds motion om cykelbanor längs Storgatan'],
			[15, 'Information'],
		]);
	});
	it('reads a paragraph numbered with its year', () => {
		expect(heading('§ 52/2019 Svar på motion om utvecklingsgrupp för förskolan')).toMatchObject({ number: 52, label: '52/2019', strong: true });
	});
	it('reads a sub-item numbered in three levels, as a city writes the decisions of its board', () => {
		expect(heading('2.1.1. Hemställan från Göteborgs Hamn AB om att bilda joint venture')).toMatchObject({
			number: 2,
			label: '2.1.1',
			title: 'Hemställan från Göteborgs Hamn AB om att bilda joint venture',
		});
		expect(heading('3.2.1 Budget för 2024')).toMatchObject({ number: 3, label: '3.2.1' });
	});
});

describe('headings of flattened pages', () => {
	it('takes a register number right after the paragraph number out of the title, which is then on the next line', () => {
		expect(matchItemHeading('KF § 102 DNR: KU.2017.3')).toMatchObject({ number: 102, title: '', caseNumbers: ['KU.2017.3'] });
		expect(matchItemHeading('§ 12 Dnr 2019/45 Budget 2020')).toMatchObject({ number: 12, title: 'Budget 2020', caseNumbers: ['2019/45'] });
	});
	it('keeps a filing code with the case number, and drops a register label whose number a transcript lost', () => {
		expect(matchItemHeading('KF § 88 Dnr KS 19-311 041')).toMatchObject({ number: 88, title: '', caseNumbers: ['Dnr KS 19-311 041'] });
		expect(heading('14 Dnr Redovisning av skolans kvalitetsarbete')).toMatchObject({
			number: 14,
			title: 'Redovisning av skolans kvalitetsarbete',
			caseNumbers: [],
		});
		expect(heading('15 Dnr 3D-skrivare till biblioteket')).toMatchObject({ number: 15, title: '3D-skrivare till biblioteket', caseNumbers: [] });
		expect(heading('§ 17/2021 Dnr 2020/0412 KS-3')).toMatchObject({ number: 17, label: '17/2021', title: '', caseNumbers: ['2020/0412 KS-3'] });
	});
	it('takes the title from the line after a register line that stands between it and the heading', () => {
		const parsed = parseMinutes(
			[
				'§ 17/2021 Dnr 2020/0412 KS-3',
				'',
				'Diariekod: 612',
				'',
				'Svar på motion om fler laddplatser',
				'',
				'Kommunstyrelsen föreslår att motionen bifalls.',
			].join('\n'),
			{ fileName: 'ks.txt' },
		);
		expect(parsed.items.map((item) => [item.label, item.title, item.caseNumbers])).toEqual([
			['17/2021', 'Svar på motion om fler laddplatser', ['2020/0412 KS-3']],
		]);
	});
	it('ends a title where the text glued to it begins', () => {
		expect(splitGluedTitle('Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.')).toEqual({
			title: 'Godkännande av dagordning',
			rest: 'Kommunfullmäktiges beslut Dagordningen godkännes.',
		});
		expect(splitGluedTitle('Allmänhetens frågestund Inga frågor ställs.')?.title).toBe('Allmänhetens frågestund');
		expect(splitGluedTitle('Val av justerare. Till justerare jämte ordföranden valdes Eva Holm.')).toEqual({
			title: 'Val av justerare',
			rest: 'Till justerare jämte ordföranden valdes Eva Holm.',
		});
		expect(
			splitGluedTitle('Förslag till nytt regelverk för enskilda vägar i Högsby kommun Förbundsdirektionen har fått i uppdrag att se över regelverket.')?.title,
		).toBe('Förslag till nytt regelverk för enskilda vägar i Högsby kommun');
	});
	it('makes no item of a label of the first page, where a page of text without headings is read as an extract', () => {
		const parsed = parseMinutes(
			[
				'PROTOKOLL 1 (8) Sammanträdestid kl 09:00-12:00 Sammanträdesplats Regionhuset Beslutande Enligt närvarolista sidan 2 Övriga närvarande Enligt närvarolista sidan 2 Paragrafer Underskrifter Sekreterare Lena Ås',
				'',
				'Arbetsutskottet beslutar att godkänna dagordningen.',
			].join('\n'),
			{ fileName: 'au.txt' },
		);
		expect(parsed.items.map((item) => item.title)).not.toContainEqual(expect.stringMatching(/^Övriga närvarande/u));
	});
	it('ends a title where a decision whose subject a transcript lost begins', () => {
		expect(splitGluedTitle('Val av justerare utser Per Holm att jämte ordföranden justera protokollet.')).toEqual({
			title: 'Val av justerare',
			rest: 'utser Per Holm att jämte ordföranden justera protokollet.',
		});
		expect(splitGluedTitle('Fastställande av föredragningslista att fastställa föredragningslistan.')?.title).toBe('Fastställande av föredragningslista');
		expect(splitGluedTitle('Riktlinjer för att anta nya taxor.')).toBeNull();
		const found = splitInlineItems([
			{
				text: '2 Nämnden 2 (6) 14 Godkännande av dagordning godkänner dagordningen med ett tillägg: Nytt ärende om lokaler 15 Budget 2024 Nämndens förslag till budget redovisas och diskuteras. Nämnden tackar för informationen.',
				line: 3,
			},
		]).filter((piece) => piece.heading);
		expect(found.map((piece) => heading(piece.text)?.title)).toEqual(['Godkännande av dagordning', 'Budget 2024']);
	});
	it('keeps a title that reads as one, and a sentence that names a person', () => {
		expect(splitGluedTitle('Markanvisning parkområdet vid Sundsgården, Östermalm')).toBeNull();
		expect(splitGluedTitle('Till mötesordförande väljs Karl-Axel Pettersson-Molinder.')).toBeNull();
		expect(splitGluedTitle('Godkännande av dagordning.')).toBeNull();
	});
	it('reads the title and the text of an item whose heading line holds only its paragraph and register number', () => {
		const parsed = parseMinutes(
			[
				'KF § 102 DNR: KU.2017.3',
				'',
				'Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.',
				'',
				'KF § 103 DNR: KU.2017.4',
				'',
				'Allmänhetens frågestund Inga frågor ställs.',
			].join('\n'),
			{ fileName: 'kf.txt' },
		);
		expect(parsed.items.map((item) => [item.number, item.title, item.caseNumbers])).toEqual([
			[102, 'Godkännande av dagordning', ['KU.2017.3']],
			[103, 'Allmänhetens frågestund', ['KU.2017.4']],
		]);
		expect(parsed.items[0]?.blocks[0]).toMatchObject({ type: 'paragraph', text: 'Kommunfullmäktiges beslut Dagordningen godkännes.' });
	});
});

describe('items of a page flattened onto one line', () => {
	const headings = (text: string) =>
		splitInlineItems([{ text, line: 1 }])
			.filter((l) => l.heading)
			.map((l) => l.text);
	it('takes the numbers written as items over a page number that happens to count with them', () => {
		expect(
			headings(
				'Beslutsgruppen 4/97 1 Protokoll från beslutsgruppsmöte den 3 oktober 1997 Närvarande: Pär Nuder, ordf. Pär Nuder öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning Dagordningen fastställdes efter tillägg av nytt ärende. 2. Föregående protokoll Protokollet lades till handlingarna. 3. Val av justerare Ulla Jakobsson valdes till justerare.',
			),
		).toEqual(['1. Fastställande av dagordning', '2. Föregående protokoll', '3. Val av justerare']);
	});
	it('keeps a numbered list inside one item a list, even where it counts as far as the items', () => {
		expect(
			headings(
				'3 (8) 1 Val av justerare Beslut 1. Vivianne Gustavsson (PRO) utses att justera protokollet. 2. Elsie Tyreman (SPF) utses att justera protokollet. 2 Den nationella folkhälsopolitiken Agneta Eriksson från enhet folkhälsa jobbar med nämndens folkhälsoarbete.',
			).map((h) => h.split(' ').slice(0, 4).join(' ')),
		).toEqual(['1 Val av justerare', '2 Den nationella folkhälsopolitiken']);
	});
	it('reads the paragraphs written after officials in an attendance list as their presence, not as items', () => {
		expect(
			headings(
				'Övriga närvarande Gunilla Dörner Buskas, tillförordnad kommunchef Ken Gunnesson, ekonomichef § 133 Annika Friberg, tf. Utvecklingschef § 132 Marie Källvik Nilsson, utvecklingsledare Magnus Blombergsson, stadsarkitekt § 134 Utses att justera Dennis Ljunggren',
			),
		).toEqual([]);
	});
	it('reads the first paragraph the first page states as an item though the stored page ends inside its first sentence', () => {
		const lines = [
			{
				text: 'Plats och tid Rådhuset, Göteborg kl 17.00-18.00 Beslutande Stefan Svensson (M) Tord Karlsson (S) Utses att justera Saida Hussein Christer Holmgren Justerade paragrafer 1-12 Underskrifter Sekreterare Sigrun Hreidarsdottir',
				line: 1,
			},
			{ text: '', line: 2 },
			{
				text: '2 Ff 1 Anteckning om ordförande till dess ordinarie ordförande utsetts Det antecknas till protokollet att enligt förbundsfullmäktiges arbetsordning 6 ska ålderspresidenten vara ordförande vid konstituerande sammanträde tills ny ordförande har valts av fullmäktige och att den ledamot som',
				line: 3,
			},
		];
		expect(
			splitInlineItems(lines)
				.filter((l) => l.heading)
				.map((l) => l.text),
		).toEqual(['Ff 1 Anteckning om ordförande till dess ordinarie ordförande utsetts']);
	});
});

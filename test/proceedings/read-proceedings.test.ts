import { describe, expect, it } from 'vitest';
import { presentAtItem } from '../../scripts/pipeline/proceedings/present-at-item.ts';
import { readProceedings as readWithProblems } from '../../scripts/pipeline/proceedings/read-proceedings.ts';
import { swedishNumber } from '../../scripts/pipeline/proceedings/swedish-number.ts';
import type { Block, ParsedAttendee, ParsedItem } from '../../scripts/pipeline/types.ts';

const readProceedings = (item: ParsedItem, attendees: ParsedAttendee[]) => readWithProblems(item, attendees).proceedings;
const item = (number: number | null, ...paragraphs: string[]): ParsedItem => ({
	number,
	label: null,
	title: 'Motion om badplats',
	day: null,
	caseNumbers: [],
	participants: [],
	blocks: paragraphs.map((text, index): Block => ({ type: 'paragraph', text, line: index + 1 })),
	line: 1,
	basis: 'paragraph',
});
const member = (name: string, party: string, extra: Partial<ParsedAttendee> = {}): ParsedAttendee => ({
	name,
	party,
	organization: null,
	title: null,
	roles: [],
	group: 'politician',
	status: 'present',
	presence: null,
	section: 'Beslutande',
	line: 1,
	...extra,
});

describe('proposals (yrkanden)', () => {
	it('reads the proposer, the party and what was proposed, with co-proposers', () => {
		const read = readProceedings(
			item(
				52,
				'Joakim Jonsson (S) med instämmande av Dira Lindström (V) yrkar bifall till motionen.',
				'Bo Ehlin (SD) yrkar bifall till arbetsutskottets förslag.',
			),
			[],
		);
		expect(read.proposals).toEqual([
			{
				by: [
					{ name: 'Joakim Jonsson', party: 'S', person: null },
					{ name: 'Dira Lindström', party: 'V', person: null },
				],
				text: 'bifall till motionen',
			},
			{ by: [{ name: 'Bo Ehlin', party: 'SD', person: null }], text: 'bifall till arbetsutskottets förslag' },
		]);
	});
	it('reads proposals with the verb first and "dels … dels …"', () => {
		const read = readProceedings(
			item(
				null,
				'Under överläggningen yrkar dels Rut Sandström och Tord Sundelin bifall till förvaltningsutskottets förslag att landstinget beslutar',
				'att avslå motionen',
				'dels Sverker Ågren och Göran Sydhage bifall till motionen.',
			),
			[],
		);
		expect(read.proposals.map((p) => [p.by.map((b) => b.name), p.text])).toEqual([
			[['Rut Sandström', 'Tord Sundelin'], 'bifall till förvaltningsutskottets förslag att landstinget beslutar att avslå motionen'],
			[['Sverker Ågren', 'Göran Sydhage'], 'bifall till motionen'],
		]);
	});
	it('adds who agrees later to the proposal they agree with', () => {
		const read = readProceedings(
			item(
				134,
				'Roger Berg yrkade i första hand återremiss av ärendet.',
				'Lennart Johansson yrkade avslag på motionen.',
				'I återremissyrkandet instämde Eva Goës och Jarl Strömbäck.',
			),
			[],
		);
		expect(read.proposals[0]?.by.map((b) => b.name)).toEqual(['Roger Berg', 'Eva Goës', 'Jarl Strömbäck']);
		expect(read.proposals[1]?.by.map((b) => b.name)).toEqual(['Lennart Johansson']);
	});
	it('reads "Name, party: proposal" under the label Yrkande, and takes the party from the attendance list when the text has none', () => {
		const blocks = item(25, 'Yrkande', 'Pär Löfstrand, fp: Motionen bifalls.', 'AnnSofie Andersson: Motionen avslås.');
		const read = readProceedings(blocks, [member('AnnSofie Andersson', 'S')]);
		expect(read.proposals).toEqual([
			{ by: [{ name: 'Pär Löfstrand', party: 'FP', person: null }], text: 'Motionen bifalls' },
			{ by: [{ name: 'AnnSofie Andersson', party: 'S', person: null }], text: 'Motionen avslås' },
		]);
	});
	it('does not read the word Yrkanden run into a flattened text as part of a name', () => {
		const read = readProceedings(item(37, 'Yrkanden Tor Tolander (M) yrkar att ärende 8 utgår från dagordningen.'), []);
		expect(read.proposals[0]?.by).toEqual([{ name: 'Tor Tolander', party: 'M', person: null }]);
	});
});

describe('votes (omröstning)', () => {
	it('reads a Finland-Swedish vote: who supports what votes yes or no, and the counts given for what they supported (Åbo stadsfullmäktige)', () => {
		const read = readProceedings(
			item(
				7,
				'Ordföranden framställde följande omröstningsförslag: De fullmäktigeledamöter som understöder en fortsatt behandling av ärendet röstar ”ja” och de fullmäktigeledamöter som understöder fullm. Mika Helvas förslag om bordläggning röstar ”nej”.',
				'I omröstningen, som utfördes maskinellt, understödde 37 fullmäktigeledamöter en fortsatt behandling av ärendet, 24 fullmäktigeledamöter understödde fullm. Mika Helvas förslag om bordläggning, 6 fullmäktigeledamöter var frånvarande.',
			),
			[],
		);
		expect(read.votes).toEqual([
			{
				yes: 37,
				no: 24,
				abstain: null,
				absent: 6,
				yesMeans: 'en fortsatt behandling av ärendet',
				noMeans: 'fullm. Mika Helvas förslag om bordläggning',
				named: [],
			},
		]);
	});
	it('reads the vote order and the totals', () => {
		const read = readProceedings(
			item(
				25,
				'Omröstning begärs',
				'Ja-röst för bifall till AnnSofie Anderssons yrkande',
				'Nej-röst för bifall till Pär Löfstrands yrkande',
				'Med 11 ja-röster mot 2 nej-röster samt 2 ledamöter som avstår från att rösta beslutar kommunstyrelsen att anta AnnSofie Anderssons yrkande.',
			),
			[],
		);
		expect(read.votes).toEqual([
			{
				yes: 11,
				no: 2,
				abstain: 2,
				absent: null,
				yesMeans: 'bifall till AnnSofie Anderssons yrkande',
				noMeans: 'bifall till Pär Löfstrands yrkande',
				named: [],
			},
		]);
	});
	it('reads totals written as words over two sentences, and the members named as voting no', () => {
		const read = readProceedings(
			item(
				13,
				'Vid omröstningen avges 64 ja-röster och 3 nej-röster. Två ledamöter avstår från att rösta och åtta är frånvarande.',
				'För nej röstade Lage Genberg, Sverker Ågren och Göran Sydhage',
			),
			[],
		);
		expect(read.votes).toHaveLength(1);
		expect(read.votes[0]).toMatchObject({ yes: 64, no: 3, abstain: 2, absent: 8 });
		expect(read.votes[0]?.named.map((v) => `${v.name}:${v.vote}`)).toEqual(['Lage Genberg:no', 'Sverker Ågren:no', 'Göran Sydhage:no']);
	});
	it('reads a vote table of name, party and vote', () => {
		const read = readProceedings(
			item(
				8,
				'Omröstningsresultat',
				'Anna Ek (S) Ja',
				'Per Berg (M) Nej',
				'Lisa Holm (KD) Avstår',
				'Med 1 ja-röst mot 1 nej-röst och 1 som avstår bifaller nämnden förslaget.',
			),
			[],
		);
		expect(read.votes[0]?.named).toEqual([
			{ name: 'Anna Ek', party: 'S', person: null, vote: 'yes' },
			{ name: 'Per Berg', party: 'M', person: null, vote: 'no' },
			{ name: 'Lisa Holm', party: 'KD', person: null, vote: 'abstain' },
		]);
	});
	it('warns where the members named do not add up to the total stated', () => {
		const reading = readWithProblems(
			item(13, 'Vid omröstningen avges 64 ja-röster och 4 nej-röster.', 'För nej röstade Lage Genberg, Sverker Ågren och Göran Sydhage'),
			[],
		);
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 1, code: 'vote-count', message: expect.stringContaining('name 3 members voting "nej" but state 4') }),
		]);
	});
	it('reads vote lists written "Ja: …", "Nej: …", "Avstår: …"', () => {
		const read = readProceedings(
			item(
				8,
				'Omröstning',
				'Ja: Anna Ek (S), Karin Nord (S)',
				'Nej: Per Berg (M)',
				'Avstår: Lisa Holm (KD)',
				'Med 2 ja-röster mot 1 nej-röst, 1 avstår, beslutar nämnden enligt förslaget.',
			),
			[],
		);
		expect(read.votes).toHaveLength(1);
		expect(read.votes[0]?.named.map((v) => `${v.name}:${v.vote}`)).toEqual(['Anna Ek:yes', 'Karin Nord:yes', 'Per Berg:no', 'Lisa Holm:abstain']);
		expect(read.votes[0]).toMatchObject({ yes: 2, no: 1, abstain: 1 });
	});
	it('reads the names after a count, the chair among them, and one who abstained', () => {
		const read = readProceedings(
			item(
				104,
				'Omröstning begärdes. JA för arbetsutskottets förslag. NEJ för Björn Janssons yrkande. 7 ledamöter röstade ja Lars Thomsson (c), Eva Gahnström (c) och ordföranden Lena Celion (m). 7 ledamöter röstade nej Björn Jansson (s) och Sonia Landin (s). En ledamot, Yngve Andersson (kd) avstod från att delta i omröstningen.',
			),
			[],
		);
		expect(read.votes).toHaveLength(1);
		expect(read.votes[0]).toMatchObject({ yes: 7, no: 7, abstain: 1, yesMeans: 'arbetsutskottets förslag', noMeans: 'Björn Janssons yrkande' });
		expect(read.votes[0]?.named.map((v) => `${v.name} (${v.party}):${v.vote}`)).toEqual([
			'Lars Thomsson (C):yes',
			'Eva Gahnström (C):yes',
			'Lena Celion (M):yes',
			'Björn Jansson (S):no',
			'Sonia Landin (S):no',
			'Yngve Andersson (KD):abstain',
		]);
	});
	it('reads a flattened vote table with a presence mark, and a member marked absent with a stand-in', () => {
		const read = readProceedings(
			item(282, 'Omröstningsprotokoll Kjell Jansson M N Ja Ann S Pihlgren M N Ja Bino Drummond M F (Susanne Lippert Enquist)- Per Lodenius C N Nej'),
			[],
		);
		expect(read.votes[0]?.named.map((v) => `${v.name} (${v.party}):${v.vote}`)).toEqual([
			'Kjell Jansson (M):yes',
			'Ann S Pihlgren (M):yes',
			'Bino Drummond (M):absent',
			'Per Lodenius (C):no',
		]);
	});
	it('warns where more members are named as voting than the attendance list has present', () => {
		const attendees = [member('Anna Ek', 'S'), member('Per Berg', 'M'), member('Lisa Holm', 'KD', { status: 'absent' })];
		const reading = readWithProblems(item(8, 'Omröstning', 'Följande ledamöter röstar ja: Anna Ek (S), Per Berg (M) och Lisa Holm (KD).'), attendees);
		expect(reading.problems.map((p) => p.message)).toEqual([
			expect.stringContaining('name 3 members voting but the attendance list has 2 deciding members present'),
		]);
	});
	it('finds no vote where the chair finds a proposal adopted without one', () => {
		const read = readProceedings(
			item(
				14,
				'Ordföranden ställer förslagen under proposition, varvid han förklarar sig anse propositionen om bifall till förvaltningsutskottets förslag med övervägande ja besvarad.',
			),
			[],
		);
		expect(read.votes).toEqual([]);
	});
});

describe('reservations and conflicts of interest', () => {
	it('reads each reservant and what the reservation favours', () => {
		const read = readProceedings(item(14, 'Mot beslutet anmäler Sverker Ågren, Göran Sydhage och Karin Lindmark reservation till förmån för motionen.'), []);
		expect(read.reservations).toEqual(
			['Sverker Ågren', 'Göran Sydhage', 'Karin Lindmark'].map((name) => ({ name, party: null, person: null, inFavourOf: 'motionen' })),
		);
	});
	it("expands a party's reservation to its members present at the item, not to ersättare who did not serve or members absent from it", () => {
		const attendees = [
			member('Patrik Jönsson', 'SD'),
			member('Lars-Johan Hallgren', 'SD'),
			member('Åsa Erlandsson', 'SD', { roles: ['ersättare'] }),
			member('Eva Ek', 'SD', { roles: ['tjänstgörande ersättare'] }),
			member('Olle Berg', 'SD', { presence: '§§ 1-10' }),
			member('Anna Ek', 'S'),
		];
		const read = readProceedings(item(67, 'Sverigedemokraternas ledamöter reserverar sig till förmån för eget yrkande.'), attendees);
		expect(read.reservations.map((r) => `${r.name} (${r.party}) ${r.inFavourOf}`)).toEqual([
			'Patrik Jönsson (SD) eget yrkande',
			'Lars-Johan Hallgren (SD) eget yrkande',
			'Eva Ek (SD) eget yrkande',
		]);
	});
	it("reads a reservation of several parties' members and of a party written in lower case", () => {
		const attendees = [member('Per Berg', 'M'), member('Lisa Holm', 'KD'), member('Olle Svensson', 'SD'), member('Anna Ek', 'S')];
		expect(readProceedings(item(9, 'Ledamöterna från M och KD reserverar sig.'), attendees).reservations.map((r) => r.name)).toEqual(['Per Berg', 'Lisa Holm']);
		expect(
			readProceedings(item(9, 'Samtliga närvarande ledamöter för sverigedemokraterna reserverar sig mot beslutet.'), attendees).reservations.map((r) => r.name),
		).toEqual(['Olle Svensson']);
	});
	it('does not read a protokollsanteckning or a särskilt yttrande as a reservation', () => {
		const read = readProceedings(
			item(64, 'Martin Nilsson (S) lämnar särskilt yttrande.', 'S-, V- och MP-ledamöterna lät till protokollet anteckna att de inte deltog i beslutet.'),
			[],
		);
		expect(read.reservations).toEqual([]);
	});
	it('reads a declared conflict of interest, in the item and beside a name in the attendance list', () => {
		expect(readProceedings(item(12, 'Per Berg (C) anmäler jäv och deltar inte i handläggningen.'), []).conflicts).toEqual([
			{ name: 'Per Berg', party: 'C', person: null },
		]);
		const listed = [member('Marie Umerkajeff', 'MP', { presence: 'Deltog ej § 57 pga jäv' })];
		expect(readProceedings(item(57, 'Nämnden beslutar enligt förslaget.'), listed).conflicts.map((c) => c.name)).toEqual(['Marie Umerkajeff']);
		expect(readProceedings(item(58, 'Nämnden beslutar enligt förslaget.'), listed).conflicts).toEqual([]);
		// the ersättare who served at § 57 because of that jäv declared none
		const standIn = [member('Mats Dannewitz Linder', 'MP', { roles: ['tjänstgörande ersättare'], presence: 'Tjg § 57 maa jäv' })];
		expect(readProceedings(item(57, 'Nämnden beslutar enligt förslaget.'), standIn).conflicts).toEqual([]);
		for (const sentence of [
			'Jäv: Per Berg (C) deltar inte i beslutet.',
			'Per Berg (C) har anmält jäv.',
			'Per Berg (C) anmäler sig som jävig och lämnar lokalen.',
			'På grund av jäv deltar inte Per Berg (C) i handläggningen.',
		]) {
			expect(
				readProceedings(item(12, sentence), []).conflicts.map((c) => c.name),
				sentence,
			).toEqual(['Per Berg']);
		}
	});
	it('finds nothing in forum notes that decide without proposals or votes', () => {
		const read = readProceedings(
			item(3, 'Trafikverket har fått i uppdrag att se över sträckan.', 'Forumet beslutade att återkomma i frågan. Ingen jäv anmäldes.'),
			[],
		);
		expect(read).toEqual({ resolution: null, proposals: [], propositions: [], votes: [], reservations: [], conflicts: [], recipients: [] });
	});
});

describe('helpers', () => {
	it('reads Swedish number words', () => {
		expect([swedishNumber('Två'), swedishNumber('åtta'), swedishNumber('tjugofem'), swedishNumber('35'), swedishNumber('många')]).toEqual([2, 8, 25, 35, null]);
	});
	it('tells whether partial presence covers an item', () => {
		expect(presentAtItem('§§ 12-19, 21', 21)).toBe(true);
		expect(presentAtItem('§§ 12-19, 21', 20)).toBe(false);
		expect(presentAtItem('ej § 7', 7)).toBe(false);
		expect(presentAtItem('från § 4', 9)).toBe(true);
		expect(presentAtItem('kl. 14.30–16.00', 3)).toBe(true);
	});
});

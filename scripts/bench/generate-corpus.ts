/**
 * A deterministic synthetic archive for the benchmark: `archive.yml` with N/1000+3 bodies and
 * `minutes/<body>/YYYY-MM-DD.txt` (some with a `.yml` sidecar) in the five layouts of the sample minutes
 * (/work/shared/seeds/README.md). Text is recombined from the samples' sentences; people come from a seeded pool.
 * Pure: `generateCorpus` returns the files as a map; `writeCorpus` (CLI side) writes them.
 * The same options always give byte-identical files.
 */
import { sentences } from './sentence-bank.ts';

export interface CorpusOptions {
	meetings: number;
	seed?: string;
}

/** Relative path (with `/`) → file text. Insertion order is sorted by path. */
export type Corpus = Map<string, string>;

// --- seeded PRNG -------------------------------------------------------------------------------------------

/** A small, fast seeded PRNG (sfc32) seeded from a string with cyrb128. */
export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	constructor(seed: string) {
		let h1 = 1779033703,
			h2 = 3144134277,
			h3 = 1013904242,
			h4 = 2773480762;
		for (let i = 0; i < seed.length; i++) {
			const k = seed.charCodeAt(i);
			h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
			h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
			h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
			h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
		}
		h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
		h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
		h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
		h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
		this.a = (h1 ^ h2 ^ h3 ^ h4) >>> 0;
		this.b = (h2 ^ h1) >>> 0;
		this.c = (h3 ^ h1) >>> 0;
		this.d = (h4 ^ h1) >>> 0;
		for (let i = 0; i < 12; i++) this.next();
	}
	/** Uniform in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}
	/** Integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)] as T;
	}
	/** `count` distinct elements in random order. */
	sample<T>(list: readonly T[], count: number): T[] {
		const copy = [...list];
		const n = Math.min(count, copy.length);
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (copy.length - i));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy.slice(0, n);
	}
}

// --- vocabulary ------------------------------------------------------------------------------------------------

const firstNames = [
	'Anna',
	'Eva',
	'Maria',
	'Karin',
	'Kristina',
	'Lena',
	'Sara',
	'Emma',
	'Malin',
	'Ingrid',
	'Helena',
	'Linnéa',
	'Sofia',
	'Elin',
	'Ulrika',
	'Annika',
	'Cecilia',
	'Jenny',
	'Camilla',
	'Åsa',
	'Ann-Charlotte',
	'Lise-Lotte',
	'Gull-Britt',
	'Mikaela',
	'Magdalena',
	'Jeanette',
	'Stina',
	'Lovisa',
	'Christina',
	'Monica',
	'Carina',
	'Elizabeth',
	'Gunnel',
	'Tina',
	'Birgitta',
	'Märta',
	'Ebba',
	'Agnes',
	'Ylva',
	'Torun',
	'Lars',
	'Anders',
	'Per',
	'Johan',
	'Erik',
	'Karl',
	'Peter',
	'Mikael',
	'Jan',
	'Hans',
	'Stefan',
	'Magnus',
	'Mattias',
	'Fredrik',
	'Björn',
	'Ove',
	'Bo-Josef',
	'Carl',
	'Victor',
	'Ronny',
	'Krister',
	'Jörgen',
	'Oliver',
	'Tomas',
	'Joakim',
	'Robert',
	'Martin',
	'Thomas',
	'Rickard',
	'Bengt',
	'Göran',
	'Åke',
	'Olof',
	'Nils',
	'Gustav',
	'Henrik',
	'Ola',
	'Robin',
	'Anton',
	'Erland',
	'Kjell',
	'Sören',
	'Håkan',
	'Torbjörn',
];
const lastNames = [
	'Andersson',
	'Johansson',
	'Karlsson',
	'Nilsson',
	'Eriksson',
	'Larsson',
	'Olsson',
	'Persson',
	'Svensson',
	'Gustafsson',
	'Pettersson',
	'Jonsson',
	'Jansson',
	'Hansson',
	'Bengtsson',
	'Jönsson',
	'Lindberg',
	'Jakobsson',
	'Magnusson',
	'Olofsson',
	'Lindström',
	'Lindqvist',
	'Lindgren',
	'Berg',
	'Axelsson',
	'Bergström',
	'Lundberg',
	'Lind',
	'Lundgren',
	'Lundqvist',
	'Mattsson',
	'Berglund',
	'Fredriksson',
	'Sandberg',
	'Henriksson',
	'Forsberg',
	'Sjöberg',
	'Wallin',
	'Engström',
	'Eklund',
	'Danielsson',
	'Lundin',
	'Håkansson',
	'Björk',
	'Bergman',
	'Gunnarsson',
	'Holm',
	'Wikström',
	'Samuelsson',
	'Isaksson',
	'Fransson',
	'Bergqvist',
	'Nyström',
	'Holmberg',
	'Arvidsson',
	'Löfgren',
	'Söderberg',
	'Nyberg',
	'Blomqvist',
	'Claesson',
	'Nordström',
	'Mårtensson',
	'Lundström',
	'Viklund',
	'Björklund',
	'Eliasson',
	'Pålsson',
	'Berggren',
	'Sandström',
	'Lund',
	'Nordin',
	'Ström',
	'Åberg',
	'Hermansson',
	'Ekström',
	'Holmgren',
	'Sundberg',
	'Hedlund',
	'Dahlberg',
	'Hellström',
	'Sjögren',
	'Abrahamsson',
	'Falk',
	'Öberg',
	'Andreasson',
	'Blom',
	'Ek',
	'Månsson',
	'Strand',
	'Martinsson',
	'Waltersson',
	'Rundqvist',
	'Sundqvist',
	'Berndtson',
	'Löfquist',
	'Stenkil',
	'Qvist',
	'Gröndahl',
	'Aronsson',
	'Rossköld',
	'Nordberg',
	'Thornell',
	'Haraldsson',
	'Widnemark',
	'Altgård',
	'Jonsäng',
	'Nyquist',
	'Pohlman',
	'Rosengren',
	'Peltola',
	'Reinholdsson',
	'Vidlund',
];
const parties = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'];
const partyWeights = [28, 20, 17, 9, 7, 6, 5, 4];
const titles = [
	'Kommundirektör',
	'Kommunchef',
	'Regiondirektör',
	'Ekonomichef',
	'Strateg',
	'Utvecklingsstrateg',
	'Processledare',
	'Verksamhetschef',
	'Förvaltningschef',
	'Kanslichef',
	'HR-direktör',
	'Kommunikationsstrateg',
	'Analytiker',
	'Samhällsbyggnadschef',
	'Socialchef',
	'Skolchef',
	'Miljöchef',
	'Planeringschef',
	'Digitaliseringsstrateg',
	'Säkerhetssamordnare',
];
const regions = [
	{ region: 'Region Halland', municipalities: ['Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg', 'Laholm', 'Hylte'] },
	{ region: 'Region Kronoberg', municipalities: ['Växjö', 'Ljungby', 'Alvesta', 'Älmhult', 'Markaryd', 'Lessebo', 'Tingsryd', 'Uppvidinge'] },
	{
		region: 'Västra Götalandsregionen',
		municipalities: ['Ale', 'Alingsås', 'Härryda', 'Kungälv', 'Lerum', 'Lilla Edet', 'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö'],
	},
	{ region: 'Region Jönköpings län', municipalities: ['Jönköping', 'Värnamo', 'Nässjö', 'Vetlanda', 'Gislaved', 'Eksjö', 'Tranås'] },
	{ region: 'Region Kalmar län', municipalities: ['Kalmar', 'Västervik', 'Oskarshamn', 'Nybro', 'Vimmerby', 'Borgholm'] },
	{ region: 'Region Blekinge', municipalities: ['Karlskrona', 'Ronneby', 'Karlshamn', 'Sölvesborg', 'Olofström'] },
];
const bodyKinds = [
	{ name: 'Kommun- och regionledningsforum', short: 'KRF', level: 'region', casePrefix: 'RS' },
	{ name: 'Kommunalt forum', short: 'KF', level: 'region', casePrefix: 'RS' },
	{ name: 'Kommunchefsgruppen', short: 'KCG', level: 'region', casePrefix: null },
	{ name: 'Kommunstyrelsen', short: 'KS', level: 'municipality', casePrefix: 'KS' },
	{ name: 'Barn- och utbildningsnämnden', short: 'BUN', level: 'municipality', casePrefix: 'BUN' },
	{ name: 'Socialnämnden', short: 'SN', level: 'municipality', casePrefix: 'SN' },
	{ name: 'Miljö- och byggnadsnämnden', short: 'MBN', level: 'municipality', casePrefix: 'MBN' },
	{ name: 'Kultur- och fritidsnämnden', short: 'KFN', level: 'municipality', casePrefix: 'KFN' },
	{ name: 'Tekniska nämnden', short: 'TN', level: 'municipality', casePrefix: 'TN' },
	{ name: 'Regionstyrelsen', short: 'RS', level: 'region', casePrefix: 'RS' },
	{ name: 'Hälso- och sjukvårdsnämnden', short: 'HSN', level: 'region', casePrefix: 'RS' },
	{ name: 'Regional utvecklingsnämnd', short: 'RUN', level: 'region', casePrefix: 'RS' },
] as const;
const recurringTitles = [
	'Ekonomisk uppföljning',
	'Regional fysisk plan',
	'Information från kommunchefsgruppen',
	'Kompetensförsörjning',
	'Välfärdsbrott',
	'Säkerhetsfrågor och civilt försvar',
	'God och nära vård',
	'Regional utvecklingsstrategi',
	'Digitalisering',
	'Hemsjukvårdsöverenskommelsen',
	'Infrastrukturplanering',
	'Budget och verksamhetsplan',
	'Delårsrapport',
	'Klimatanpassning',
	'Integrationsråd',
	'Öppna data',
	'Trygghetsseminarier',
	'Bostadsförsörjning',
	'Kollektivtrafik',
	'Näringslivsfrågor',
	'Hälso- och sjukvårdsavtal',
	'Remissyttrande',
	'Rapporter från nätverken',
	'Internkontroll',
	'Medborgardialog',
	'Folkhälsa',
	'Skolans kompetensförsörjning',
	'Vattenförsörjning',
];
const closingTitles = ['Övriga frågor', 'Kommande möten', 'Information', 'Mötets avslutande'];
const places = [
	'Borgsalen',
	'Bolmen, Regionhuset',
	'Stadshuset, sammanträdesrum 1',
	'Kommunhuset, Plenisalen',
	'Strandbad konferens',
	'Regionens hus',
	'Teams',
	'Rådhuset',
];
const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const layouts = ['per-line', 'one-line', 'wrapped', 'org-tab', 'name-org'] as const;
type Layout = (typeof layouts)[number];

// --- model ----------------------------------------------------------------------------------------------------

interface Person {
	first: string;
	last: string;
	/** A second spelling used now and then (`Mattias` / `Matthias`), or null. */
	variant: string | null;
	party: string | null;
	title: string | null;
	organization: string;
	/** Probability of attending a meeting of a body the person belongs to. */
	attendance: number;
}

interface BodyPlan {
	id: string;
	name: string;
	shortName: string;
	organization: string;
	layout: Layout;
	/** The layout used from `switchYear` on (bodies change their template now and then). */
	laterLayout: Layout;
	switchYear: number;
	casePrefix: string | null;
	politicians: Person[];
	officials: Person[];
	titles: string[];
	meetings: number;
	firstYear: number;
}

/** `Växjö` → `Växjö kommun`, `Halmstad` → `Halmstads kommun`. */
function kommun(municipality: string): string {
	return /[aeiouyåäös]$/.test(municipality) ? `${municipality} kommun` : `${municipality}s kommun`;
}

const shortNames = new Map(regions.flatMap((r) => [[r.region, r.region] as const, ...r.municipalities.map((m) => [kommun(m), m] as const)]));

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function weighted<T>(random: Random, list: readonly T[], weights: readonly number[]): T {
	const total = weights.reduce((sum, w) => sum + w, 0);
	let r = random.next() * total;
	for (let i = 0; i < list.length; i++) {
		r -= weights[i] as number;
		if (r < 0) return list[i] as T;
	}
	return list[list.length - 1] as T;
}

function makePeople(random: Random, count: number, organizations: readonly string[]): Person[] {
	const seen = new Set<string>();
	const people: Person[] = [];
	while (people.length < count) {
		const first = random.pick(firstNames);
		const [a, b] = random.sample(lastNames, 2) as [string, string];
		const last = random.chance(0.12) ? `${a} ${b}` : a;
		const key = `${first} ${last}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const politician = random.chance(0.7);
		const variant = first === 'Mattias' ? 'Matthias' : first === 'Per' && random.chance(0.5) ? 'Per-Olof' : random.chance(0.02) ? `${first}a` : null;
		people.push({
			first,
			last,
			variant,
			party: politician ? weighted(random, parties, partyWeights) : null,
			title: politician ? null : random.pick(titles),
			organization: random.pick(organizations),
			attendance: 0.35 + random.next() * 0.6,
		});
	}
	return people;
}

function planBodies(random: Random, meetings: number): { bodies: BodyPlan[]; pool: Person[] } {
	const bodyCount = Math.floor(meetings / 1000) + 3;
	const poolSize = Math.min(1500, 250 + Math.floor(meetings / 20));
	const organizations = regions.flatMap((r) => [r.region, ...r.municipalities.map(kommun)]);
	const pool = makePeople(random, poolSize, organizations);
	const politicians = pool.filter((p) => p.party);
	const officials = pool.filter((p) => !p.party);
	const bodies: BodyPlan[] = [];
	const ids = new Set<string>();
	for (let b = 0; b < bodyCount; b++) {
		const kind = bodyKinds[b % bodyKinds.length] as (typeof bodyKinds)[number];
		const region = regions[Math.floor(b / bodyKinds.length + b) % regions.length] as (typeof regions)[number];
		const organization = kind.level === 'region' ? region.region : kommun(random.pick(region.municipalities));
		const local = new Set([region.region, ...region.municipalities.map(kommun)]);
		// Members mostly come from the body's own region; a few from elsewhere.
		const members = (from: readonly Person[], count: number) => {
			const near = from.filter((p) => local.has(p.organization));
			const chosen = random.sample(near, Math.min(near.length, Math.round(count * 0.85)));
			return [
				...chosen,
				...random.sample(
					from.filter((p) => !chosen.includes(p)),
					count - chosen.length,
				),
			];
		};
		let id = slug(`${kind.short}-${shortOrg(organization).replace(/^Region /, '')}`);
		while (ids.has(id)) id = `${id}-${b}`;
		ids.add(id);
		bodies.push({
			id,
			name: kind.name,
			shortName: kind.short,
			organization,
			layout: layouts[b % layouts.length] as Layout,
			laterLayout: random.pick(layouts),
			switchYear: random.int(1995, 2024),
			casePrefix: kind.casePrefix,
			politicians: members(politicians, random.int(12, 28)),
			officials: members(officials, random.int(4, 12)),
			titles: random.sample(recurringTitles, random.int(8, 14)),
			meetings: 0,
			firstYear: random.int(1986, 2012),
		});
	}
	// Split the meetings over the bodies with uneven weights, every body getting at least one.
	const weights = bodies.map(() => 0.5 + random.next());
	const total = weights.reduce((sum, w) => sum + w, 0);
	let left = meetings;
	bodies.forEach((body, i) => {
		body.meetings =
			i === bodies.length - 1 ? left : Math.max(1, Math.min(left - (bodies.length - 1 - i), Math.round((meetings * (weights[i] as number)) / total)));
		left -= body.meetings;
	});
	return { bodies, pool };
}

/** `count` distinct dates (YYYY-MM-DD, sorted) spread from `firstYear` to 2025, on weekdays. */
function meetingDates(random: Random, count: number, firstYear: number): string[] {
	const start = Date.UTC(firstYear, 0, 10);
	const end = Date.UTC(2025, 11, 15);
	const day = 86_400_000;
	const span = Math.max(count, Math.floor((end - start) / day));
	const step = span / count;
	const dates: string[] = [];
	let last = -1;
	for (let i = 0; i < count; i++) {
		let offset = Math.floor(i * step + random.next() * Math.max(1, step - 1));
		if (offset <= last) offset = last + 1;
		last = offset;
		dates.push(new Date(start + offset * day).toISOString().slice(0, 10));
	}
	return dates;
}

// --- text -------------------------------------------------------------------------------------------------------

function fullName(person: Person, random: Random): string {
	return `${person.variant && random.chance(0.25) ? person.variant : person.first} ${person.last}`;
}

function paragraph(random: Random, mention: string | null): string {
	const parts: string[] = [];
	const count = random.int(1, 4);
	for (let i = 0; i < count; i++) parts.push(random.pick(sentences));
	if (mention)
		parts.splice(
			random.int(0, parts.length),
			0,
			`${mention} ${random.pick(['informerar om läget.', 'redogör för arbetet hittills.', 'tar med sig frågan till nästa möte.', 'återkommer med ett förslag.'])}`,
		);
	return parts.join(' ');
}

function wrap(text: string, width: number, random: Random, hyphenate: boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			// Now and then split a long lower-case word with a hyphen, as 002 does ("planerings-" / "förutsättningarna").
			if (hyphenate && word.length > 14 && /^[a-zåäö]+$/.test(word) && random.chance(0.3)) {
				const at = 7;
				lines.push(`${line} ${word.slice(0, at)}-`);
				line = word.slice(at);
				continue;
			}
			lines.push(`${line} `);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(`${line} `);
	return lines;
}

const footer = ['Ordförandes sign', '', 'Justerares sign', '', 'Utdragsbestyrkande'];

interface Attending {
	person: Person;
	name: string;
	present: boolean;
	role: string | null;
	presence: string | null;
}

interface ItemPlan {
	number: number;
	title: string;
	caseNumber: string | null;
	paragraphs: string[];
	list: string[] | null;
	participant: Attending | null;
}

function attendance(random: Random, body: BodyPlan, pool: readonly Person[], items: number): Attending[] {
	const out: Attending[] = [];
	const partial = () => (random.chance(0.06) ? random.pick([`p. ${random.int(1, items)}`, `p. ${random.int(1, 2)}–${random.int(3, items)}`]) : null);
	for (const person of body.politicians)
		out.push({ person, name: fullName(person, random), present: random.chance(person.attendance), role: null, presence: partial() });
	for (const person of body.officials)
		out.push({ person, name: fullName(person, random), present: random.chance(person.attendance + 0.1), role: null, presence: partial() });
	const guests = random.int(0, 3);
	for (const person of random.sample(pool, guests)) {
		if (out.some((a) => a.person === person)) continue;
		out.push({ person, name: fullName(person, random), present: true, role: null, presence: random.chance(0.5) ? `p. ${random.int(1, items)}` : null });
	}
	const chair = out.find((a) => a.present && a.person.party);
	if (chair) chair.role = 'ordförande';
	const secretary = out.find((a) => a.present && !a.person.party);
	if (secretary) secretary.role = 'sekreterare';
	return out;
}

function planItems(random: Random, body: BodyPlan, date: string, present: readonly Attending[], cases: string[]): ItemPlan[] {
	const count = random.int(4, 10);
	const items: ItemPlan[] = [];
	const year = date.slice(0, 4);
	const titles = random.sample(body.titles, count - 1);
	for (let n = 1; n <= count; n++) {
		const last = n === count;
		const title = last
			? random.pick(closingTitles)
			: random.chance(0.85)
				? (titles[n - 1] ?? random.pick(recurringTitles))
				: `${random.pick(recurringTitles)} – ${random.pick(['information', 'dialog', 'ställningstagande', 'avstämning'])}`;
		let caseNumber: string | null = null;
		if (!last && body.casePrefix && random.chance(0.45)) {
			if (cases.length > 0 && random.chance(0.3)) caseNumber = random.pick(cases);
			else {
				caseNumber = body.casePrefix === 'RS' ? `RS${year.slice(2)}${String(random.int(1000, 9999))}` : `${body.casePrefix} ${year}/${random.int(1, 450)}`;
				cases.push(caseNumber);
				if (cases.length > 40) cases.shift();
			}
		}
		const mention = present.length > 0 && random.chance(0.35) ? (random.pick(present) as Attending).name : null;
		const paragraphs = Array.from({ length: random.int(1, 4) }, (_, i) => paragraph(random, i === 0 ? mention : null));
		const list = random.chance(0.25) ? Array.from({ length: random.int(2, 5) }, () => random.pick(sentences)) : null;
		const participant = random.chance(0.15) && present.length > 0 ? (random.pick(present) as Attending) : null;
		items.push({ number: n, title, caseNumber, paragraphs, list, participant });
	}
	return items;
}

function politicianEntry(a: Attending): string {
	return `${a.name} (${a.person.party})${a.role ? ` (${a.role})` : ''} (${a.person.organization})`;
}

function officialEntry(a: Attending): string {
	return `${a.name} (${a.role === 'sekreterare' ? 'Sekreterare' : `${a.person.title}, ${a.person.organization}`})`;
}

function shortOrg(organization: string): string {
	return shortNames.get(organization) ?? organization;
}

/** Renders one meeting in its body's layout. */
function render(random: Random, plan: BodyPlan, date: string, people: Attending[], items: ItemPlan[]): string {
	const body = Number(date.slice(0, 4)) >= plan.switchYear ? { ...plan, layout: plan.laterLayout } : plan;
	const lines: string[] = [];
	const present = people.filter((a) => a.present);
	const absent = people.filter((a) => !a.present);
	const politicians = present.filter((a) => a.person.party);
	const officials = present.filter((a) => !a.person.party);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
	const start = `${String(random.int(8, 14)).padStart(2, '0')}:${random.pick(['00', '30'])}`;
	const end = `${String(Number(start.slice(0, 2)) + random.int(2, 4)).padStart(2, '0')}:${random.pick(['00', '30'])}`;
	const place = random.pick(places);
	const withPresence = (entry: string, a: Attending) => (a.presence ? `${entry}${random.chance(0.5) ? ',' : ''} ${a.presence}` : entry);
	let sinceFooter = 0;
	const push = (...more: string[]) => {
		lines.push(...more);
		sinceFooter += more.length;
	};
	const maybeFooter = (paged: boolean) => {
		if (paged && sinceFooter > 30) {
			lines.push('', ...footer, '');
			sinceFooter = 0;
		}
	};

	switch (body.layout) {
		case 'per-line': {
			push('', '', body.name, '', 'Plats och tid', '', `${place}, kl. ${start}-${end}`, '', 'Politiker', '');
			push(...politicians.map((a) => withPresence(politicianEntry(a), a)), '', 'Tjänstepersoner/övriga', '');
			push(...officials.map((a) => withPresence(officialEntry(a), a)));
			if (absent.length) push('', 'Förhinder', '', ...absent.map((a) => (a.person.party ? politicianEntry(a) : officialEntry(a))));
			push('', 'Ärenden', '', ...items.map((item) => `- ${item.number} ${item.title}`), '', ...footer, '');
			sinceFooter = 0;
			break;
		}
		case 'one-line': {
			push('', '', body.name, '', `Plats och tid\t${place}, ${weekday} ${d} ${monthNames[m - 1]}${random.chance(0.5) ? ` ${y}` : ''} kl. ${start} till ${end}`);
			push(`Politiker\t${politicians.map((a) => (a.presence ? `${politicianEntry(a)}, ${a.presence}` : politicianEntry(a))).join(' ')}`);
			push(`Tjänstepersoner\t${officials.map((a) => (a.presence ? `${officialEntry(a)}, ${a.presence}` : officialEntry(a))).join(' ')}`);
			if (absent.length) push(`Förhinder\t${absent.map((a) => (a.person.party ? politicianEntry(a) : officialEntry(a))).join(' ')}`);
			push('', 'Ärenden', '', ...items.map((item) => `${item.number}. **${item.title}**`), '', ...footer, '');
			sinceFooter = 0;
			break;
		}
		case 'wrapped': {
			push(` ${body.name}`, '', `Plats och tid ${place}, `, `klockan ${start}-${end}`, '');
			// One entry a line ending in ", ", now and then two on a line with the second wrapped mid-name (as in 002).
			const entries = [...politicians.map(politicianEntry), ...officials.map(officialEntry)];
			const listed: string[] = [];
			for (let i = 0; i < entries.length; i++) {
				const comma = i < entries.length - 1 ? ', ' : '';
				const next = entries[i + 1];
				if (next && i + 2 < entries.length && random.chance(0.1)) {
					const cut = next.lastIndexOf(' ');
					listed.push(`${entries[i]}, ${next.slice(0, cut)} `, `${next.slice(cut + 1)}, `);
					i++;
					continue;
				}
				listed.push(`${entries[i]}${comma}`);
			}
			if (listed.length > 0) listed[0] = `Övriga ${listed[0]}`;
			push(...listed, '');
			if (absent.length) push(`Förhinder ${absent.map((a) => (a.person.party ? politicianEntry(a) : officialEntry(a))).join('\n')}`);
			break;
		}
		case 'org-tab': {
			push(
				'',
				'',
				`Mötesanteckningar – ${body.name} ${date}`,
				'',
				`Klockan: ${start.replace(':', '.')}–${end.replace(':', '.')}`,
				'',
				`Plats: ${place}`,
				'',
				'Närvarande:',
				'',
			);
			const byOrg = new Map<string, string[]>();
			for (const a of present) byOrg.set(shortOrg(a.person.organization), [...(byOrg.get(shortOrg(a.person.organization)) ?? []), a.name]);
			for (const [org, names] of [...byOrg].sort(([a], [b]) => a.localeCompare(b, 'sv'))) push(`${org}:\t${names.join(', ')}`);
			if (absent.length) push('', 'Förhinder:', '', ...absent.map((a) => `${a.name}, ${shortOrg(a.person.organization)}`));
			push('');
			break;
		}
		case 'name-org': {
			push('', '', '', '', 'Anteckningar', '', 'NÄRVARANDE', '', ...present.map((a) => `${a.name}, ${shortOrg(a.person.organization)}`));
			if (absent.length) push('', 'EJ NÄRVARANDE', '', ...absent.map((a) => `${a.name}, ${shortOrg(a.person.organization)}`));
			push('');
			break;
		}
	}

	const paged = body.layout === 'per-line' || body.layout === 'one-line';
	for (const item of items) {
		if (body.layout === 'wrapped') {
			push(` ${item.number}. ${item.title}`);
			if (item.caseNumber) push(item.caseNumber);
			push('', 'Ärendet', '');
			for (const text of item.paragraphs) push(...wrap(text, 85, random, true), '');
			// A numbered list that restarts at 1 only after item 3, so it cannot be taken for the next item (as in 002).
			if (item.list && item.number >= 4)
				item.list.slice(0, 3).forEach((text, i) => {
					push(...wrap(`${i + 1}. ${text}`, 85, random, false), '');
				});
			continue;
		}
		push(`${item.number}. ${item.title}${item.caseNumber && body.layout !== 'per-line' ? ` (${item.caseNumber})` : ''}`, '');
		if (item.caseNumber && body.layout === 'per-line') push(`Dnr ${item.caseNumber}`, '');
		if (item.participant && body.layout === 'org-tab') push(`Medverkande: ${item.participant.name}, ${shortOrg(item.participant.person.organization)}`, '');
		if (body.layout === 'per-line') push('Ärendet', '', item.paragraphs[0] as string, '', 'Anteckningar', '');
		for (const [i, text] of item.paragraphs.entries()) {
			if (body.layout === 'per-line' && i === 0) continue;
			// A page break now and then in the middle of a paragraph, as in 001 and 004.
			if (paged && sinceFooter > 30 && text.length > 120 && random.chance(0.5)) {
				const cut = text.indexOf(' ', Math.floor(text.length / 2));
				push(text.slice(0, cut), '');
				lines.push(...footer, '');
				sinceFooter = 0;
				push(text.slice(cut + 1), '');
				continue;
			}
			push(text, '');
			maybeFooter(paged);
		}
		if (item.list) {
			if (body.layout === 'org-tab') push('Under den påföljande diskussionen framförs bland annat:', '');
			push(...item.list.map((text) => `- ${text}`), '');
		}
		maybeFooter(paged);
	}
	if (body.layout === 'name-org') {
		const secretary = present.find((a) => a.role === 'sekreterare') ?? present[0];
		if (secretary) push('Antecknat av', '', `${secretary.name}, ${secretary.person.title ?? 'Sekreterare'}`);
	}
	if (paged) lines.push('', ...footer);
	return `${lines.join('\n')}\n`;
}

function yamlString(text: string): string {
	return JSON.stringify(text);
}

/** Generates the whole corpus in memory. */
export function generateCorpus(options: CorpusOptions): Corpus {
	const meetings = Math.max(1, Math.floor(options.meetings));
	const random = new Random(`corpus:${options.seed ?? '1'}:${meetings}`);
	const { bodies, pool } = planBodies(random, meetings);
	const files: [string, string][] = [];
	const archive = [
		'# Synthetic benchmark archive (scripts/bench/generate-corpus.ts). Do not edit: regenerate.',
		'title: Benchmarkarkivet',
		`description: ${yamlString(`Syntetiskt arkiv med ${meetings} möten för prestandamätning.`)}`,
		'baseUrl: https://bench.example.org/',
		'basePath: /',
		'language: sv',
		'publisher:',
		'  name: Benchmark',
		'bodies:',
		...bodies.flatMap((body) => [
			`  - id: ${body.id}`,
			`    name: ${yamlString(body.name)}`,
			`    shortName: ${yamlString(body.shortName)}`,
			`    organization: ${yamlString(body.organization)}`,
			`    description: ${yamlString(`${body.name} i ${body.organization}.`)}`,
		]),
	];
	files.push(['archive.yml', `${archive.join('\n')}\n`]);
	for (const body of bodies) {
		const cases: string[] = [];
		for (const date of meetingDates(random, body.meetings, body.firstYear)) {
			const people = attendance(random, body, pool, 10);
			const present = people.filter((a) => a.present);
			const items = planItems(random, body, date, present, cases);
			const stem = `minutes/${body.id}/${date}`;
			files.push([`${stem}.txt`, render(random, body, date, people, items)]);
			if (random.chance(0.06)) {
				const sidecar = [`date: ${date}`];
				if (random.chance(0.5)) sidecar.push(`title: ${yamlString(`${body.name} ${date}`)}`);
				if (random.chance(0.4)) sidecar.push(`location: ${yamlString(random.pick(places))}`);
				if (random.chance(0.1)) sidecar.push('publication: draft', 'publicationNote: "Protokollet är ännu inte justerat."');
				files.push([`${stem}.yml`, `${sidecar.join('\n')}\n`]);
			}
		}
	}
	files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return new Map(files);
}

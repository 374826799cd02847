/** Headings whose lines below are a list, one entry a line, without bullets: the recipients of a decision. */
const lineListHeadings = new Set([
	'expediering',
	'expedieras',
	'expedieras till',
	'beslutet expedieras till',
	'beslutsexpediering',
	'protokollsutdrag till',
	'utdrag till',
	'skickas till',
	'beslutet skickas till',
]);

const words = [
	...lineListHeadings,
	'ärendet',
	'ärendebeskrivning',
	'beskrivning av ärendet',
	'ärendets beredning',
	'anteckningar',
	'noteringar',
	'sammanfattning',
	'summering',
	'beslut',
	'beslutet',
	'förslag till beslut',
	'förslag',
	'bakgrund',
	'agenda',
	'syfte',
	'yrkanden',
	'yrkande',
	'protokollsanteckning',
	'protokollsanteckningar',
	'beslutsunderlag',
	'beslutsgång',
	'propositionsordning',
	'omröstning',
	'reservation',
	'reservationer',
	'särskilt yttrande',
	'jäv',
	'föredragande',
	'proposition',
	'propositioner',
	'votering',
	'yttrande',
	'motivering',
	'ekonomiska konsekvenser',
	'uppföljning',
	'diskussion',
	'dialog',
	'inledning',
	'slutsatser',
	'nästa steg',
	'åtgärder',
	'handlingar',
	'bilagor',
	'bilaga',
];
const known = new Set(words);
const ownerDecision = /^[\p{L}-]+s (?:beslut|förslag(?: till beslut)?)$/u;

/** Whether a short line on its own is an item sub-section heading ("Ärendet", "Anteckningar", "Summering:", "Kommunstyrelsens beslut"). */
export function matchSectionHeading(text: string): boolean {
	if (text.length > 60) return false;
	const t = text.trim().replace(/\s*:$/u, '').replace(/\s+/gu, ' ').toLowerCase();
	if (t === '' || t.split(' ').length > 4) return false;
	return known.has(t) || ownerDecision.test(t);
}

/** Whether a heading line introduces a list of one entry per line without bullets (`Expedieras`, `Beslutet skickas till`). */
export function isLineListHeading(text: string): boolean {
	return lineListHeadings.has(text.trim().replace(/\s*:$/u, '').replace(/\s+/gu, ' ').toLowerCase());
}

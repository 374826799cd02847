const words = [
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
	'expediering',
	'skickas till',
	'beslutet skickas till',
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

/** What one part of an attendance entry is: a party, a role, an organisation, a title, or partial presence. */
export interface PartKind {
	kind: 'party' | 'role' | 'organization' | 'title' | 'presence';
	value: string;
	/** `false` when the kind is only the fallback for a part that matched nothing. */
	certain: boolean;
}

const parties = new Set(['s', 'm', 'c', 'l', 'kd', 'v', 'mp', 'sd', 'fp', 'nyd', 'pp', 'fi', 'spi']);
const orgAbbreviations = new Set([
	'skr',
	'skl',
	'gr',
	'msb',
	'lrf',
	'rss',
	'scb',
	'vgr',
	'ksl',
	'ivo',
	'fhm',
	'foi',
	'gbg',
	'sjv',
	'kfsk',
	'kommunal',
	'tco',
	'lo',
	'saco',
	'eu',
	'fn',
	'ab',
	'sos',
	'slu',
	'hsb',
]);
const roles =
	/^(?:(?:(?:1:e|2:e|3:e|förste|andre|tredje|första|andra|I|II|III|1|2|3)\s+)?(?:(?:vice|v\.?)\s+|vice)(?:ordförande|ordf\.?)|tjg\.?(?:\s+ers\.?)?|tjänstg\.?(?:\s+ers\.?)?|ers\.?|ordförande|ordf\.?|mötesordförande|tf\.?\s+ordförande|sekreterare|mötessekreterare|protokollförare|justerare|justerande|ersättare|tjänstgörande\s+ersättare|ej\s+tjänstgörande\s+ersättare|icke\s+tjänstgörande\s+ersättare|adjungerad(?:\s+ledamot)?|ledamot|medlem|ordinarie\s+ledamot|sammankallande)$/iu;
const titleStems = [
	'direktör',
	'kyrkoherde',
	'präst',
	'diakon',
	'kantor',
	'chef',
	'strateg',
	'sekreterare',
	'samordnare',
	'analytiker',
	'processledare',
	'handläggare',
	'utredare',
	'controller',
	'ekonom',
	'jurist',
	'kommunikatör',
	'rådgivare',
	'koordinator',
	'landshövding',
	'länsråd',
	'planerare',
	'arkitekt',
	'ingenjör',
	'ledare',
	'expert',
	'specialist',
	'ansvarig',
	'administratör',
	'assistent',
	'konsult',
	'sakkunnig',
	'revisor',
	'kanslist',
	'registrator',
	'ombudsman',
	'tjänsteperson',
	'tjänsteman',
	'utvecklare',
	'förvaltare',
	'inspektör',
	'läkare',
	'sjuksköterska',
	'rektor',
	'föredragande',
	'kommunjurist',
	'informatör',
	'statistiker',
	'miljöinspektör',
	'tekniker',
	'biträde',
	'praktikant',
	'student',
	'projektledare',
	'vd',
	'pedagog',
	'lärare',
	'kurator',
	'psykolog',
	'bibliotekarie',
	'ombud',
	'representant',
	'sköterska',
	'terapeut',
	'socionom',
	'notarie',
	'generalist',
	'brandman',
	'befäl',
];
/** How the name of a body or a unit ends when it is written in lower case ("socialförvaltningen", "kommunledningskontoret"). */
const unitEnding =
	/(?:nämnd(?:en)?|förvaltning(?:en)?|styrelse(?:n)?|kontor(?:et)?|enhet(?:en)?|avdelning(?:en)?|förbund(?:et)?|verk(?:et)?|bolag(?:et)?|kansli(?:et)?|sekretariat(?:et)?|kommun(?:en)?|region(?:en)?|råd(?:et)?|grupp(?:en)?|panel(?:en)?|utskott(?:et)?|skola(?:n)?|center|centrum|tjänst(?:en)?)$/u;
const orgPattern =
	/^\p{Lu}\p{L}+(?:nämnd(?:en)?|styrelsen|förvaltning(?:en)?|avdelning(?:en)?|enhet(?:en)?|förbund(?:et)?|verket|myndighet(?:en)?)$|(?:^|\s)(?:kommuns?|regionen|landstinget|länsstyrelsen|länsstyrelsens|kommunförbund(?:et)?|stad|stads|län|AB|förbund(?:et)?|nämnd(?:en)?|förvaltning(?:en)?|styrelse(?:n)?|myndighet(?:en)?|universitet(?:et)?|högskola(?:n)?|institut(?:et)?|bolag(?:et)?|stiftelse(?:n)?)$|^(?:Region|Landstinget|Länsstyrelsen|Polisen|Polismyndigheten|Trafikverket|Försäkringskassan|Arbetsförmedlingen|Skatteverket|Tillväxtverket|Boverket|Socialstyrelsen|Migrationsverket|Lantmäteriet|Sveriges Kommuner|Kommunförbundet|Förbundet|Samordningsförbundet|Räddningstjänsten|Göteborgsregionen)(?:\s|$)/u;

/** One spelling for each role, as the site and open data show it. */
const canonicalRoles: Record<string, string> = {
	'adjungerad ledamot': 'adjungerad',
	// "Grönberg Merja medlem": what Finland-Swedish minutes call a member
	medlem: 'ledamot',
	ordf: 'ordförande',
	'ordf.': 'ordförande',
	'vice ordf': 'vice ordförande',
	'vice ordf.': 'vice ordförande',
	'förste vice ordförande': '1:e vice ordförande',
	'första vice ordförande': '1:e vice ordförande',
	'andre vice ordförande': '2:e vice ordförande',
	'andra vice ordförande': '2:e vice ordförande',
	'tredje vice ordförande': '3:e vice ordförande',
	mötesordförande: 'ordförande',
	mötessekreterare: 'sekreterare',
	protokollförare: 'sekreterare',
	justerande: 'justerare',
	'ej tjänstgörande ersättare': 'ersättare',
	'icke tjänstgörande ersättare': 'ersättare',
};

/** The one spelling of a role as written: "1:e vice ordf" → "1:e vice ordförande", "v ordf" → "vice ordförande", "tjg" → "tjänstgörande ersättare". */
function canonicalRole(lower: string): string {
	const spaced = lower.replace(/\s+/gu, ' ');
	if (/^(?:tjg|tjänstg)\.?(?: ers\.?)?$/u.test(spaced)) return 'tjänstgörande ersättare';
	if (/^ers\.?$/u.test(spaced)) return 'ersättare';
	// "viceordf.", "I viceordf", "II vice ordf.": the Finland-Swedish way of writing the vice chairs
	const written = spaced
		.replace(/^(i{1,3}) (?=vice)/u, (_, roman: string) => `${roman.length}:e `)
		// "2 v ordf": the second vice chair
		.replace(/^([123]) (?=v\.? )/u, '$1:e ')
		.replace(/vice(?=ordf)/u, 'vice ')
		.replace(/(^|\s)v\.? (?=ordf)/u, '$1vice ')
		.replace(/(^|\s)ordf\.?$/u, '$1ordförande');
	return canonicalRoles[written] ?? written;
}

/** Whether a text names an organisation (a municipality, a region, an authority, a known abbreviation such as SKR). */
function isOrganization(text: string): boolean {
	return orgPattern.test(text) || orgAbbreviations.has(text.toLowerCase());
}

function isTitle(text: string): boolean {
	const lower = text.toLowerCase();
	if (/^(?:t\.?f\.?|tf|bitr\.?|biträdande|tillförordnad)\s/u.test(lower)) return true;
	// "VD", "vd": verkställande direktör
	if (/(?:^|\s)vd(?:$|\s)/u.test(lower)) return true;
	return lower.split(/[\s,/]+/u).some((w) => titleStems.some((s) => w.endsWith(s)));
}

/**
 * Classify one part of an attendance entry: a parenthesis ("(S)", "(ordförande)", "(Region Halland)",
 * "(Kommundirektör)") or a comma-separated field ("Name, GBG"). `form` picks the fallback for unknown text:
 * a lone parenthesis is a title, a field after a comma an organisation.
 */
export function classifyPart(text: string, form: 'paren' | 'field'): PartKind {
	const t = text.trim().replace(/\s+/gu, ' ');
	const lower = t.toLowerCase();
	// "Sten-Ove Danielsson, s, ordförande": a known party code after a comma, in either case
	if (parties.has(lower)) return { kind: 'party', value: t.toUpperCase(), certain: true };
	// "Ann-Sofie Hagenvind (-)": a member of no party, as the minutes write it
	if (form === 'paren' && /^[-–]$/u.test(t)) return { kind: 'party', value: '-', certain: true };
	if (/^[A-ZÅÄÖ]{1,4}$/u.test(t) && !orgAbbreviations.has(lower) && form === 'paren') return { kind: 'party', value: t, certain: true };
	if (roles.test(t)) return { kind: 'role', value: canonicalRole(lower), certain: true };
	if (isOrganization(t)) return { kind: 'organization', value: t, certain: true };
	if (isTitle(t)) return { kind: 'title', value: t, certain: true };
	// "(Skaraborg)", "(Fyrbodal)": a capitalised word in parentheses names a place or an organisation; a title is in lower case
	if (form === 'paren' && /^\p{Lu}\p{Ll}/u.test(t) && !/\s/u.test(t)) return { kind: 'organization', value: t, certain: false };
	// "John Johansson, yttre befäl": a field in lower case is what the person does, unless it names a unit ("socialförvaltningen")
	if (form === 'field' && /^\p{Ll}/u.test(t) && !unitEnding.test(lower)) return { kind: 'title', value: t, certain: false };
	return { kind: form === 'paren' ? 'title' : 'organization', value: t, certain: false };
}

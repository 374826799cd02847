import type { SourceLine } from '../types.ts';
import { signatureWords, signatureWordsBeforeName } from './signature-words.ts';
import { splitNameRun } from './split-name-run.ts';

/** What a sentence of the minutes says about a person's part in the meeting. */
export interface StatedRole {
	name: string;
	/** A party in parentheses right after the name, upper case, or `null`. */
	party: string | null;
	/** A title written before the name ("lagtingsdirektör Susanne Eriksson"), or `null`. */
	title?: string | null;
	/** The role the sentence gives (`justerare`, `sekreterare`, `ordförande`, `tjänstgörande ersättare`), or `null`. */
	role: string | null;
	/** Whether the sentence says the person did not attend. */
	absent: boolean;
	/** A signature under "Justeras" beside others: the role does not apply to the chair, who signs too. */
	unlessChair?: boolean;
	/** Whether the sentence speaks of the body's members ("samtliga ledamöter utom …"), so the person is a politician. */
	member?: boolean;
	line: number;
}

type Cue = { pattern: RegExp; role: string | null; absent: boolean; names: 'after' | 'before' };

/** Capitalised words that open a sentence, never part of a name ("… valdes Björn Sjöström Till sekreterare …"). */
const notName = String.raw`(?!(?:Till|Som|Att|Och|Den|Det|De|Mötet|Styrelsen|Ordförande|Sekreterare|Justerare|Vid|Av|För|Med|Efter|Beslut|Där|Då|Han|Hon)(?![\p{L}]))`;
const name = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+${notName}(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?(?![\p{L}])|von|af|de|van))+`;
/**
 * Sentences that name who took which part, in the words Swedish minutes use. `after`: the names follow the cue
 * ("Vid protokollet: Maria Ek", "Till justerare valdes Anna Berg och Bo Ek"); `before`: they come first ("Anna Berg
 * anmäler förhinder", "Rickard Norberg utsågs att justera").
 */
const cues: Cue[] = [
	{ pattern: /(?:^|[.:;]\s+|\s{2,})vid\s+protokollet\s*:?\s*/giu, role: 'sekreterare', absent: false, names: 'after' },
	{ pattern: /sekreterarbyte\s*/giu, role: 'sekreterare', absent: false, names: 'after' },
	{
		pattern:
			/(?:^|[.;]\s+)(?:protokolljusterare|justeringsm(?:än|an)|justeringspersoner|justeringsperson|justerare|justeras\s+av|justeras)\s*:\s*|(?:^|[.;]\s+)justeras\s+(?=\p{Lu})/giu,
		role: 'justerare',
		absent: false,
		names: 'after',
	},
	{
		pattern:
			/\btill\s+(?:protokoll)?juster(?:are|ingsperson(?:er)?|ingsm(?:än|an))(?:\s+(?:tillika\s+rösträknare|och\s+rösträknare))?\s+(?:valdes|utsågs|utses|väljs)\s+/giu,
		role: 'justerare',
		absent: false,
		names: 'after',
	},
	{
		pattern:
			/\batt\s+(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?(?:\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)?\s+justera\s+(?:dagens\s+)?protokoll(?:et)?\s+(?:valdes|utsågs|utses)\s+/giu,
		role: 'justerare',
		absent: false,
		names: 'after',
	},
	{
		pattern: /\butse[rs]?\s+(?=\p{Lu}[^.]*?\s+att\s+(?:jämte|tillsammans\s+med)\s+ordföranden?\s+justera)/giu,
		role: 'justerare',
		absent: false,
		names: 'after',
	},
	{
		pattern: /\s+(?:utsågs|utses|valdes|väljs)\s+(?:till\s+att|att)\s+(?:jämte\s+ordföranden?\s+|tillsammans\s+med\s+ordföranden?\s+)?justera\b/giu,
		role: 'justerare',
		absent: false,
		names: 'before',
	},
	{
		pattern: /\s+(?:utsågs|utses|valdes|väljs)\s+till\s+(?:protokoll)?juster(?:are|ingsperson(?:er)?|ingsm(?:än|an))\b/giu,
		role: 'justerare',
		absent: false,
		names: 'before',
	},
	// the meeting's own secretary and chair, never the board's elected for the year ("Till ordförande valdes …" in an årsmöte)
	{
		pattern:
			/(?:^|[.;]\s+)(?:mötes)?sekreterare\s*(?::\s*|är\s+)|\b(?:som|till)\s+(?:mötessekreterare|sekreterare\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))\s+(?:valdes|utsågs|utses|väljs)\s+/giu,
		role: 'sekreterare',
		absent: false,
		names: 'after',
	},
	{
		pattern: /\s+(?:utsågs|utses|valdes|väljs)\s+till\s+(?:mötessekreterare|sekreterare\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))\b/giu,
		role: 'sekreterare',
		absent: false,
		names: 'before',
	},
	{
		pattern:
			/(?:^|[.;]\s+)mötesordförande\s*:\s*|\b(?:som|till)\s+(?:mötesordförande|ordförande\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))\s+(?:valdes|utsågs|utses|väljs)\s+/giu,
		role: 'ordförande',
		absent: false,
		names: 'after',
	},
	{
		pattern: /\s+(?:utsågs|utses|valdes|väljs)\s+till\s+(?:mötesordförande|ordförande\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))\b/giu,
		role: 'ordförande',
		absent: false,
		names: 'before',
	},
	{
		pattern: /\s+(?:har\s+)?(?:anmäl(?:er|t|de)\s+(?:om\s+)?(?:förhinder|frånvaro)|meddelat\s+förhinder|är\s+frånvarande)\b/giu,
		role: null,
		absent: true,
		names: 'before',
	},
	// "Val av ordförande för mötet: Ann-Christin Ericsson", "a. Val av mötesordförande Annah Håkansson nominerades … och valdes"
	{
		pattern: /\bval\s+av\s+(?:mötesordförande|ordförande\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))[\s.:–-]+/giu,
		role: 'ordförande',
		absent: false,
		names: 'after',
	},
	{
		pattern: /\bval\s+av\s+(?:mötessekreterare|sekreterare\s+för\s+(?:dagens\s+)?(?:mötet|sammanträdet|stämman|årsmötet))[\s.:–-]+/giu,
		role: 'sekreterare',
		absent: false,
		names: 'after',
	},
	{
		pattern:
			/\bval\s+av\s+(?:(?:två|2|en)\s+)?(?:protokoll)?juster(?:are|ingspersoner|ingsperson|ingsmän|ingsman)(?:\s+(?:för\s+mötet|tillika\s+rösträknare|och\s+rösträknare))?[\s.:–-]+/giu,
		role: 'justerare',
		absent: false,
		names: 'after',
	},
];

/** "Agneta Rimpi ersätter ledamoten Josefina Skerk". */
const standsIn = new RegExp(
	`(${name})(?:\\s*\\((\\p{L}{1,4})\\))?\\s+(?:ersätter|tjänstgör\\s+för|tjänstgör\\s+i\\s+stället\\s+för)\\s+(?:ledamoten\\s+|ordinarie\\s+ledamoten\\s+)?(${name})(?:\\s*\\((\\p{L}{1,4})\\))?`,
	'gu',
);
/** "Talman", "Andra vicetalman" before a name: the chair of a parliament's sitting. */
const speaker = /(?<![\p{Lu}])((?:Förste|Första|Andre|Andra|Tredje)\s+vicetalman|[Vv]icetalman|Talman)\s+(?=\p{Lu})/gu;
/** A word that every cue holds: a line without one names nobody's part. */
const cueWords = /protokoll|juster|sekreterare|ordförande|förhinder|frånvar|ersätter|tjänstgör|val\s+av|talman|utom|inträder|närvarande/iu;
/** "Johan Utter, sekreterare", "Per-Erik Andersson (S), ordförande": a signer and the part the block gives the signature. */
const signedAs = new RegExp(`(${name})(?:\\s*\\((\\p{L}{1,5})\\))?,\\s*(sekreterare|ordförande|justerare|justerande)(?![\\p{L}])`, 'gu');
/** "Närvarande vid uppropet: … samt övriga ledamöter utom Birgitta Nilsson, Håkan Fäldt … och Johan Malmqvist": the members named are absent. */
const allBut = /\b(?:övriga|samtliga|alla)\s+(?:ledamöter|ordinarie\s+ledamöter)\s+(?:utom|förutom|med\s+undantag\s+av)\s+/giu;
/** "Som ersättare för de frånvarande ledamöterna inträder: Sten Svensson för Birgitta Nilsson, …": pairs of stand-in and member. */
const standInList = /\b(?:inträder|tjänstgör|tjänstgjorde|tjänstgör\s+följande\s+ersättare)\s*:\s*/giu;

/** The pairs "Sten Svensson för Birgitta Nilsson, Ulrika Wennerberg (S) för Håkan Fäldt (S) och …" right after a cue. */
function pairsAfter(text: string, at: number): { standIn: string; standInParty: string | null; member: string; memberParty: string | null }[] {
	const pair = new RegExp(`^(${name})(?:\\s*\\((\\p{L}{1,4})\\))?\\s+(?:för|i\\s+stället\\s+för)\\s+(${name})(?:\\s*\\((\\p{L}{1,4})\\))?`, 'u');
	const found: { standIn: string; standInParty: string | null; member: string; memberParty: string | null }[] = [];
	let rest = text.slice(at);
	for (;;) {
		const m = pair.exec(rest);
		if (!m) break;
		found.push({ standIn: m[1]!, standInParty: m[2]?.toUpperCase() ?? null, member: m[3]!, memberParty: m[4]?.toUpperCase() ?? null });
		rest = rest.slice(m[0].length);
		const joiner = /^\s*(?:,|och|samt)\s*/u.exec(rest);
		if (!joiner) break;
		rest = rest.slice(joiner[0].length);
	}
	return found;
}

/** "valde/utsåg NAME (och NAME) till ROLE" with the meeting's own officers as roles. */
const activeChoice = new RegExp(
	`\\b(?:valde|utsåg|utser|väljer)\\s+((?:${name})(?:\\s*\\((?:\\p{L}{1,4})\\))?(?:\\s*(?:,|och)\\s*(?:${name})(?:\\s*\\((?:\\p{L}{1,4})\\))?)*)\\s+(?:till|som)\\s+(mötesordförande|ordförande\\s+för\\s+(?:dagens\\s+)?(?:mötet|sammanträdet|stämman|årsmötet)|mötessekreterare|sekreterare\\s+för\\s+(?:dagens\\s+)?(?:mötet|sammanträdet|stämman|årsmötet)|justerare|justeringspersoner|justeringsperson|justeringsmän|justeringsman|protokolljusterare)\\b`,
	'giu',
);

/** "Närvarande var ordinarie ledamöter …", "Som närvarande antecknades: …": a sentence that lists those present. */
const presentSentence =
	/(?:^|[.;]\s+)(?:närvarande\s+(?:var|voro|är)|som\s+närvarande\s+antecknades|närvarande\s+vid\s+(?:mötet|sammanträdet)\s+(?:var|voro))(?:\s+följande)?\s*:?\s*/giu;

/** The role a group word of such a sentence gives its names ("suppleanten", "ordförande", "sekreterare"), or `null`. */
function groupRole(words: string): string | null {
	if (/^(?:suppleant|ersättar)/iu.test(words)) return 'ersättare';
	if (/^vice\s+ordförande/iu.test(words)) return 'vice ordförande';
	if (/^(?:mötes)?ordförande/iu.test(words)) return 'ordförande';
	if (/^(?:mötes)?sekreterare|^protokollförare/iu.test(words)) return 'sekreterare';
	return null;
}

/**
 * The people of a sentence that lists those present, in groups that a word in lower case opens ("ordinarie ledamöter
 * Anders Backström, Magnus Engblom och Sven Åström, suppleanten Vidar Lindqvist, ordförande Camilla Ekholm och
 * sekreterare Mikael Grönroos"), up to the sentence's end.
 */
function presentGroups(text: string, at: number): Array<{ name: string; party: string | null; role: string | null; member: boolean }> {
	const found: Array<{ name: string; party: string | null; role: string | null; member: boolean }> = [];
	const end = /\.(?:\s|$)/u.exec(text.slice(at));
	let rest = text.slice(at, end ? at + end.index : text.length);
	let role: string | null = null;
	let member = false;
	for (;;) {
		const group = /^((?:\p{Ll}+\s+){1,3}?)(?=\p{Lu})/u.exec(rest);
		if (group) {
			role = groupRole(group[1]!.trim());
			member = /ledam/iu.test(group[1]!);
			rest = rest.slice(group[0].length);
		}
		const m = new RegExp(`^(${name})(?:\\s*\\((\\p{L}{1,4})\\))?`, 'u').exec(rest);
		if (!m) break;
		for (const n of splitNameRun(m[1]!).filter((segment) => segment.type === 'name'))
			found.push({ name: n.text, party: m[2]?.toUpperCase() ?? null, role, member });
		rest = rest.slice(m[0].length);
		const joiner = /^\s*,?\s*(?:och|samt)?\s*/u.exec(rest);
		if (!joiner || joiner[0] === '') break;
		rest = rest.slice(joiner[0].length);
	}
	return found;
}

/** Adverbs a sentence puts between its verb and the names ("utsågs enhälligt", "valdes även"), never a title. */
const sentenceAdverb = /^(?:enhälligt|även|också|därefter|härefter|sedan|vidare|dessutom)$/iu;

/** The names a cue speaks of: the run of names (joined by commas, "och", "samt") right after it, or right before it. */
function namesNear(text: string, at: number, direction: 'after' | 'before'): { name: string; party: string | null; title?: string | null }[] {
	const found: { name: string; party: string | null; title?: string | null }[] = [];
	const person = new RegExp(`(${name})(?:\\s*\\((\\p{L}{1,4})\\))?`, 'u');
	if (direction === 'after') {
		let rest = text.slice(at);
		for (;;) {
			// a title or role word between the cue and the name ("Sekreterare: lagtingsdirektör Susanne Eriksson")
			const m = new RegExp(`^(?:((?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Ll}+)\\s+)?${person.source}`, 'u').exec(rest);
			if (!m) break;
			const names = splitNameRun(m[2]!).filter((segment) => segment.type === 'name');
			if (names.length === 0) break;
			// "Sekreterare: lagtingsdirektör Susanne Eriksson": the words before the name are the person's title
			// ("Till protokolljusterare utsågs enhälligt Anders Backström": an adverb of the sentence, no title)
			const title = m[1] && found.length === 0 && !sentenceAdverb.test(m[1]) ? m[1] : null;
			for (const n of names) found.push({ name: n.text, party: null, title });
			found[found.length - 1]!.party = m[3] ? m[3].toUpperCase() : null;
			rest = rest.slice(m[0].length);
			// names side by side in a signature block are apart by a tab or a wide gap
			const joiner = /^\s*(?:,|och|samt|&)\s*|^(?:\t|\s{2,})\s*/u.exec(rest);
			if (!joiner) break;
			rest = rest.slice(joiner[0].length);
		}
		return found;
	}
	// before: the names end where the cue starts
	const before = text.slice(0, at);
	const tail = new RegExp(`((?:${person.source}(?:\\s*(?:,|och|samt|&)\\s*))*${person.source})\\s*$`, 'u').exec(before);
	if (!tail) return found;
	for (const part of tail[1]!.split(/\s*(?:,|\boch\b|\bsamt\b|&)\s*/u)) {
		const m = person.exec(part);
		if (!m) continue;
		const names = splitNameRun(m[1]!).filter((segment) => segment.type === 'name');
		for (const n of names) found.push({ name: n.text, party: m[2] ? m[2].toUpperCase() : null });
	}
	return found;
}

/**
 * Finds the sentences of the minutes that say who was secretary, chair or justerare, or who was absent ("Vid
 * protokollet: Maria Ek", "Till justerare valdes Anna Berg och Bo Ek", "Mikael Lindholm anmäler om frånvaro",
 * "Agneta Rimpi ersätter ledamoten Josefina Skerk"), line by line. Pure; reads, never changes, the lines.
 */
export function parseStatedRoles(lines: readonly SourceLine[]): StatedRole[] {
	const stated: StatedRole[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		// a cue at the end of a line whose names are on the next line ("Vid protokollet" / "Maria Ek")
		const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
		const text = line.text.trim();
		const joined = next && /(?:vid\s+protokollet|justeras|sekreterare|justerare|mötesordförande)\s*:?$/iu.test(text) ? `${text} ${next.text.trim()}` : text;
		// most lines speak of nobody's part in the meeting: one look for the words every cue needs
		if (!cueWords.test(joined)) continue;
		for (const cue of cues) {
			for (const m of joined.matchAll(cue.pattern)) {
				// "… Maria Gustafsson Meddelat förhinder Jenny Nylund": a capitalised cue before names is a heading, not a sentence
				if (cue.names === 'before' && /^\s*\p{Lu}/u.test(m[0])) continue;
				const at = cue.names === 'after' ? m.index + m[0].length : m.index;
				const people = namesNear(joined, at, cue.names);
				// "Justeras Anna Andersson Bo Berg": the chair signs beside the justerare
				const signing = /^(?:[.;]\s+)?justeras/iu.test(m[0].trim()) && people.length > 1;
				for (const person of people) stated.push({ ...person, role: cue.role, absent: cue.absent, line: line.line, ...(signing ? { unlessChair: true } : {}) });
			}
		}
		// a parliament's chair: "Talman Bert Häggblom", "Andra vicetalman Roger Nordlund" (an event log may glue it to the word before)
		for (const m of joined.matchAll(speaker)) {
			const office = m[1]!.toLowerCase();
			const role = office.startsWith('talman')
				? 'ordförande'
				: /^(?:förste|första)/u.test(office)
					? '1:e vice ordförande'
					: /^(?:andre|andra)/u.test(office)
						? '2:e vice ordförande'
						: 'vice ordförande';
			for (const person of namesNear(joined, m.index + m[0].length, 'after').slice(0, 1)) stated.push({ ...person, role, absent: false, line: line.line });
		}
		// "Mötet valde Anders Lindbäck till mötesordförande", "… valde Anna Berg och Bo Ek till justerare"
		for (const m of joined.matchAll(activeChoice)) {
			// "… valdes Björn Sjöström Till sekreterare …": a new sentence, not "valde X till …"
			if (/\s(?:Till|Som)\s/u.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length, m[0].length - m[2]!.length + 1))) continue;
			const role = /juste/iu.test(m[2]!) ? 'justerare' : /sekreterare/iu.test(m[2]!) ? 'sekreterare' : 'ordförande';
			for (const person of namesNear(m[1]!, 0, 'after')) stated.push({ ...person, role, absent: false, line: line.line });
		}
		for (const m of joined.matchAll(presentSentence)) {
			for (const person of presentGroups(joined, m.index + m[0].length))
				stated.push({ name: person.name, party: person.party, role: person.role, absent: false, line: line.line, ...(person.member ? { member: true } : {}) });
		}
		for (const m of joined.matchAll(allBut)) {
			for (const person of namesNear(joined, m.index + m[0].length, 'after'))
				stated.push({ ...person, role: null, absent: true, member: true, line: line.line });
		}
		for (const m of joined.matchAll(standInList)) {
			for (const pair of pairsAfter(joined, m.index + m[0].length)) {
				stated.push({ name: pair.standIn, party: pair.standInParty, role: 'tjänstgörande ersättare', absent: false, line: line.line });
				stated.push({ name: pair.member, party: pair.memberParty, role: null, absent: true, member: true, line: line.line });
			}
		}
		// a signature block that writes each signer's part after the name ("Johan Utter, sekreterare Justerat den 19 november …")
		if (signatureWords.test(joined)) {
			for (const m of joined.matchAll(signedAs)) {
				const role = m[3] === 'justerande' ? 'justerare' : m[3]!;
				// "Justeras Anna Ek, ordförande": the block's word before the signer is no part of the name
				const signer = m[1]!.replace(signatureWordsBeforeName, '');
				if (signer.split(/\s+/u).length < 2) continue;
				stated.push({ name: signer, party: m[2]?.toUpperCase() ?? null, role, absent: false, line: line.line });
			}
		}
		// "Agneta Rimpi ersätter ledamoten Josefina Skerk": the one stands in, the other is absent
		for (const m of joined.matchAll(standsIn)) {
			const standIn = splitNameRun(m[1]!)
				.filter((segment) => segment.type === 'name')
				.at(-1);
			const member = splitNameRun(m[3]!).filter((segment) => segment.type === 'name')[0];
			if (standIn) stated.push({ name: standIn.text, party: m[2]?.toUpperCase() ?? null, role: 'tjänstgörande ersättare', absent: false, line: line.line });
			if (member) stated.push({ name: member.text, party: m[4]?.toUpperCase() ?? null, role: null, absent: true, line: line.line });
		}
	}
	return stated;
}

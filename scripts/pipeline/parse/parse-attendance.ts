import type { LocalProblem, ParsedAttendee, SourceLine } from '../types.ts';
import { classifyPart } from './classify-part.ts';
import { couldBeName } from './could-be-name.ts';
import { isNameLike } from './is-name-like.ts';
import { matchAgendaHeading } from './match-agenda-heading.ts';
import { type AttendanceHeading, matchAttendanceHeading } from './match-attendance-heading.ts';
import { matchDayHeading } from './match-day-heading.ts';
import { matchItemHeading } from './match-item-heading.ts';
import { matchPresence } from './match-presence.ts';
import { matchReferences } from './match-references.ts';
import { matchSectionHeading } from './match-section-heading.ts';
import { opensWithPerson } from './opens-with-person.ts';
import { cleanListText, knownPartyInParens, type RawEntry, splitEntries, standInPhrase } from './split-entries.ts';
import { splitGivenNames } from './split-given-names.ts';
import { splitNameRun } from './split-name-run.ts';

/** The attendance as parsed from a start line, and where it ends. */
export interface AttendanceResult {
	attendees: ParsedAttendee[];
	/** Lines whose words are kept only here: empty section headings, lines merged into people listed before. */
	structure: SourceLine[];
	/** Index of the first line after the attendance. */
	end: number;
	problems: LocalProblem[];
}

const columnHeader =
	/^(?:namn|ledamot|deltagare|person)(?:\s*\t+\s*(?:namn|organisation|kommun|parti|roll|funktion|titel|befattning|närvaro|uppdrag|representerar|förvaltning)\s*)+$/iu;
const notOrganization = /^(?:medverkande|föredragande|gäst|gäster|inbjudna|inbjuden|dnr|diarienummer|tid|plats|datum|klockan|lokal|ärende|punkt|not|obs)$/iu;
/** "Organisation: Name, Name" (never the colon of "1:e vice ordförande"). */
const orgLabel = /^([^\t:()]{2,40}?)\s*(?:(?<!\d):(?![ae](?![\p{L}]))[ \t]*|\t+)(\S.*)$/u;

function depthOf(text: string, start: number): number {
	let d = start;
	for (const ch of text) {
		if (ch === '(') d++;
		else if (ch === ')' && d > 0) d--;
	}
	return d;
}

/** Whether a line, on its own, reads as people ("Name (S) (Org)", "Name, Org", "Org:<TAB>Name, Name"). */
function looksLikePeople(text: string): boolean {
	// "Per-Erik Vrang (M), Christina Forsling (SD).": a list may end like a sentence
	const t = cleanListText(text.trim()).replace(/(?<=\))\.$/u, '');
	if (t === '' || !/^\p{Lu}/u.test(t)) return false;
	if (matchItemHeading(t) || matchAgendaHeading(t) || matchDayHeading(t) || matchSectionHeading(t)) return false;
	const label = orgLabel.exec(t);
	const body = label && /:/u.test(t.slice(label[1]!.length, label[1]!.length + 3)) ? label[2]! : t;
	const parts = body
		.replace(/\([^()]*(?:\)|$)/gu, '\n')
		// "Hans Johansson och Roger Siljeholm": "och", "samt" or "&" between two people separates them like a comma
		.replace(/\s+(?:och|samt|&)\s+(?=\p{Lu})/gu, ',')
		.split(/[,;\t\n]/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	if (parts.length === 0) return /\(/u.test(body);
	if (splitGivenNames(body.replace(/\([^()]*(?:\)|$)/gu, ''))) return true;
	return parts.every((raw, i) => {
		let p = raw;
		const pres = matchPresence(p);
		if (pres) p = p.slice(pres.length).trim();
		if (p === '' || isNameLike(p)) return true;
		if (classifyPart(p, 'field').certain) return true;
		// "Name, kommunchef, 158 Next Name": after a person, the paragraphs of a presence column
		// "Hasse Karlsson PRO Vivanne Gustavsson PRO": an abbreviation in capitals after a name, the organisation the person is from
		// "Name, socialpedagog § 35 Next Name": after a comma, a title and the paragraphs its holder took part in
		const described = (words: string) => {
			const head = matchReferences(words)?.head ?? words;
			return head === '' || describesPerson(head) || classifyPart(head, 'field').certain;
		};
		// "…, 71-79, 81-105 Agneta Brendt": bare paragraph numbers after a person are the paragraphs attended
		const describes = (words: string) =>
			describesPerson(words) ||
			(i > 0 && described(words)) ||
			/^[A-ZÅÄÖ]{2,6}$/u.test(words.trim()) ||
			(i > 0 && /^\d{1,3}(?:\s*[-–]\s*\d{1,3})?$/u.test(words.trim()));
		if (describes(p)) return true;
		// "Hanna Roberts X", "David Langlet anmält förhinder": a name and the words that describe it
		const segments = splitNameRun(p);
		if (segments.some((segment) => segment.type === 'name') && segments.every((segment) => segment.type === 'name' || describes(segment.text))) return true;
		// the second field of "Name, Organisation" may be any short capitalised name ("Ale", "GBG", "Lilla Edet")
		if (i > 0 && p.split(/\s+/u).length <= 3 && /^\p{Lu}/u.test(p)) return true;
		// "Sune Hellberg, kassör", "Kerstin Stålbrand, redaktör Räddningsledaren", "…, 2:e vice ordförande/kassör": after a name, a function in a few
		// words, in a list and not a sentence
		return i > 0 && isNameLike(parts[0]!) && !/[.!?]$/u.test(t) && /^(?:\p{Ll}|[12]:e\s)[\p{L}/-]*(?:\s+[\p{L}/-]+){0,3}$/u.test(p);
	});
}

/** Words that describe a person in a list: a mark, absence, a role with the paragraphs it held, presence, "tjänstgörande". */
function describesPerson(text: string): boolean {
	let rest = text.trim().replace(/^[xX✓✔](?:\s+|$)/u, '');
	const role =
		/^(?:mötes)?(?:ordförande|sekreterare|justerare)|^(?:(?:1:e|2:e|förste|andre)\s+)?vice\s+ordförande|^tjänstgörande(?:\s+ersättare)?|^ersättare/iu.exec(
			rest,
		);
	if (role) rest = rest.slice(role[0].length).trim();
	const presence = matchPresence(rest);
	if (presence) rest = rest.slice(presence.length).trim();
	return rest === '' || /^(?:anmält\s+förhinder|anmält\s+frånvaro|förhinder|frånvarande|ej\s+närvarande)$/iu.test(rest) || standInAlone.test(rest);
}

/** "(tjänstgörande ersättare) för", "ersätter", "i stället för" before the member someone stands in for. */
const standInAlone = new RegExp(`^${standInPhrase}$`, 'iu');

/** Labels of the protokoll template that sit among the attendance and hold no people: read past them. */
const furnitureLabel =
	/^(?:justeringens\s+plats\s+och\s+tid|plats\s+och\s+tid\s+för\s+justering|tid\s+och\s+plats\s+för\s+justering|justeringens\s+tid\s+och\s+plats|underskrifter|underskrift|justering|paragrafer|justerade\s+paragrafer|protokollet\s+innehåller\s+paragraferna)(?=$|[\s:\t])/iu;
/** Words that send the reader to a list elsewhere instead of naming the people. */
const referral =
	/^(?:(?:se|enligt)\s+(?:bifogad\s+|särskild\s+|bilagd\s+)?(?:bilaga|förteckning|närvarolista|närvaroförteckning|nästa\s+sida|sid(?:an|\.)?\s*\d*|sidan\s+\d+)(?:\s+\d+)?[.,:;]?\s*)+/iu;
/** A signature line's dots or underscores ("Sekreterare ……………", "Ordförande ____"). */
const dots = /^[\s._…·-]*$/u;
/** A range of paragraphs ("§§ 55-65", "55–65", "§ 1-12") at the start of a value. */
const paragraphRange = /^(?:§§?\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*/u;

/** A list bullet before a person's name ("• Anders Lindbäck", "- Victor Lells"). */
const listBullet = /^\s*[-•*–·▪●◦\uf0b7]\s+(?=\p{Lu})/u;

/** A handle on a line of its own ("nsg", "stellanl"): how some associations name the people present. */
function isHandle(text: string): boolean {
	return /^[a-z][a-z0-9_]{1,19}$/u.test(text);
}

/** The words of a text, lower case, for checking that an attendance list kept them all. */
function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '');
}

/**
 * A title without what a flattened page wrote after it: a date, a presence mark, a lost time's "kl", a word of the
 * template ("kommunsekreterare Justeringsdag:", "kanslichef 2016-09-29", "kommundirektör X", "enhetschef Ekonomi-");
 * `null` when nothing is left. The words taken off stay with the list's lines.
 */
function cleanTitle(title: string): string | null {
	let t = title.trim();
	for (let before = ''; before !== t; ) {
		before = t;
		t = t
			.replace(/\s+(?:\d{4}-\d{2}-\d{2}|[xX]|kl\.?|\p{Lu}[\p{Ll}]*-|Justerings\p{L}*:?|Justeringens|Ajournering(?:\s+kl\.?)?)$/u, '')
			.replace(/[\s,;:]+$/u, '')
			// "samt sekreterare", "och områdeschef": the conjunction that joined the people is no part of the title
			.replace(/^(?:och|samt)\s+/u, '');
	}
	return !/\p{L}/u.test(t) || /^(?:kl\.?|ajournering(?:\s+kl\.?)?)$/iu.test(t) ? null : t;
}

function key(name: string): string {
	return name.toLowerCase().replace(/\s+/gu, ' ').trim();
}

function toAttendee(entry: RawEntry, section: AttendanceHeading, organization: string | null): ParsedAttendee {
	const pick = (kind: string): string[] => entry.parts.filter((p) => p.kind === kind).map((p) => p.value);
	const party = pick('party')[0] ?? null;
	const orgs = pick('organization');
	const titles = pick('title');
	// the member someone stands in for is absent and holds none of the section's roles
	// "ledamot", "ordinarie ledamot": what every member is, not a part of their own in the meeting
	// "Ersättare: … (L) samt sekreterare Patrik Skanser, socialchef Lillemor Quist": an official with a title and no
	// party, listed after the ersättare, is none of them
	const titleParts = titles.map((t) => classifyPart(t.replace(/^(?:och|samt)\s+/u, ''), 'field'));
	const officialAmongErsättare =
		section.role === 'ersättare' &&
		party === null &&
		titleParts.length > 0 &&
		titleParts.every((part) => part.kind === 'title' || (part.kind === 'role' && part.value === 'sekreterare'));
	const ownRoles = officialAmongErsättare ? titleParts.filter((part) => part.kind === 'role').map((part) => part.value) : [];
	const roles = [...(section.role && !entry.replaced && !officialAmongErsättare ? [section.role] : []), ...pick('role'), ...ownRoles].filter(
		(r, i, a) => a.indexOf(r) === i && !/^(?:ordinarie\s+)?ledamot$/u.test(r),
	);
	// "tjänstgörande ersättare" says more than the section's "ersättare"
	if (roles.includes('tjänstgörande ersättare') && roles.includes('ersättare')) roles.splice(roles.indexOf('ersättare'), 1);
	const title = titles.length > 0 ? cleanTitle(titles.join(', ')) : null;
	const org = [...(organization ? [organization] : []), ...orgs].join(', ') || null;
	const clerk = roles.some((r) => /sekreterare|protokollförare/u.test(r));
	const group = entry.replaced ? 'politician' : (section.group ?? (party ? 'politician' : title || clerk ? 'official' : 'other'));
	const extraParties = pick('party').slice(1);
	return {
		name: entry.name.replace(/\s+/gu, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, ''),
		party: extraParties.length > 0 ? [party, ...extraParties].join(', ') : party,
		organization: org,
		title,
		roles,
		group,
		status: entry.replaced || entry.absent ? 'absent' : section.status,
		presence: entry.presence,
		section: section.heading,
		line: entry.line,
	};
}

/**
 * Read the attendance that starts at `start` (a section heading such as "Närvarande" or "Politiker<TAB>…") until the
 * first line that is not a heading or a person: an item heading, the agenda, or prose.
 */
export function parseAttendance(lines: readonly SourceLine[], start: number, known: readonly ParsedAttendee[] = []): AttendanceResult {
	const attendees: ParsedAttendee[] = [];
	/** Whether the minutes from here on write parties in parentheses ("(S)"), so that "(Posk)" after a name is a party too. */
	const partyList = lines.some((line, k) => k >= start && knownPartyInParens.test(line.text));
	/** People read by earlier attendance parts of the same minutes: a justerare or chair listed later joins them. */
	const everyone = (): ParsedAttendee[] => [...known, ...attendees];
	const structure: SourceLine[] = [];
	const problems: LocalProblem[] = [];
	let section: AttendanceHeading | null = null;
	let sectionLine: SourceLine | null = null;
	let sectionCount = 0;
	let officialsBefore: AttendanceHeading | null = null;
	let chunk: SourceLine[] = [];
	let chunkOrg: string | null = null;
	/** The people a "Närvarande" section names: of those called ("Kallade"), the others did not come. */
	const attended = new Set<string>();
	/** An organisation on a line of its own above its members' sections ("Vilhelmina kommun" / "Ordinarie" / "Ersättare"). */
	let blockOrg: string | null = null;
	/** Role headings of a signature block written before their names ("Sekreterare Ordförande Justerande Eva Lind Per Berg …"). */
	let pendingRoles: AttendanceHeading[] = [];
	/** The line a piece of the chunk was taken from ("Beslutande<TAB>Anna Ek" for the piece "Anna Ek"). */
	const origin = new Map<SourceLine, SourceLine>();
	const sourceOf = (piece: SourceLine): SourceLine => origin.get(piece) ?? piece;

	const flush = (): void => {
		if (!section || chunk.length === 0) {
			chunk = [];
			return;
		}
		// an entry that cannot be anybody's name (a mark, a number, a sentence, a vacancy) is no attendee: its words stay with the lines below
		const entries = splitEntries(chunk, { labelled: chunkOrg !== null, partyList }).filter((entry) => entry.name.trim() === '' || couldBeName(entry.name));
		const kept: string[] = [];
		let ownRole = false;
		entries.forEach((entry, k) => {
			// the k-th name of a signature block belongs to the k-th role heading before it; the last heading takes the rest
			const owner = k < pendingRoles.length && section?.role ? pendingRoles[k]! : section!;
			const attendee = addEntry(entry, owner);
			if (owner === section) ownRole = true;
			kept.push(...wordsOf([attendee.name, attendee.party, attendee.organization, attendee.title, ...attendee.roles, attendee.presence].join(' ')));
		});
		// "Sekreterare Ordförande. Ulla Andersson.. Olov Säfström": every name went to a heading before this one, whose
		// own word then stays with its line
		if (section.role && !ownRole && sectionLine && !structure.includes(sectionLine)) structure.push(sectionLine);
		if (section.role) pendingRoles = [];
		// words of the list that no attendee holds ("tjänstgör för", "och") stay with the list's lines
		const count = new Map<string, number>();
		for (const w of kept) count.set(w, (count.get(w) ?? 0) + 1);
		const lost = chunk.some((l) =>
			wordsOf(l.text).some((w) => {
				const n = count.get(w) ?? 0;
				count.set(w, n - 1);
				return n <= 0;
			}),
		);
		if (lost) {
			for (const l of chunk) {
				const source = sourceOf(l);
				if (!structure.includes(source)) structure.push(source);
			}
		}
		chunk = [];
	};
	const addEntry = (entry: RawEntry, section: AttendanceHeading): ParsedAttendee => {
		{
			if (entry.name.trim() === '') {
				problems.push({
					line: entry.line,
					severity: 'warning',
					message: 'An attendance entry has no name before its parentheses; check the list and add the name.',
				});
				entry.name = entry.parts.map((p) => p.value).join(' ') || '?';
				entry.parts = [];
			}
			const organization = chunkOrg ?? (section.group === 'politician' ? blockOrg : null);
			let attendee = toAttendee(entry, section, organization);
			// an official (a title, no party) under "Utses att justera" belongs to the officials' label left empty before it
			if (officialsBefore && /^utses/iu.test(section.heading) && attendee.party === null && attendee.title !== null)
				attendee = toAttendee(entry, officialsBefore, organization);
			if (/^närvarande/iu.test(section.heading)) attended.add(key(attendee.name));
			// a person called ("Kallade") and listed again as present is one attendee
			const existing = everyone().find((a) => key(a.name) === key(attendee.name) && (section.merge || /^kallade/iu.test(a.section ?? '')));
			sectionCount++;
			if (existing) {
				for (const r of attendee.roles) if (!existing.roles.includes(r)) existing.roles.push(r);
				existing.party ??= attendee.party;
				const piece = chunk.find((l) => l.line === entry.line);
				const source = piece ? sourceOf(piece) : lines.find((l) => l.line === entry.line);
				if (source && !structure.includes(source)) structure.push(source);
				// the heading of a section whose people all joined earlier entries keeps its words as structure
				if (sectionLine && existing.section !== section.heading && !structure.includes(sectionLine)) structure.push(sectionLine);
				return attendee;
			}
			attendees.push(attendee);
			return attendee;
		}
	};
	const closeSection = (): void => {
		flush();
		// "Tjänstemän" left empty right before "Utses att justera Rune Brandt, förvaltningschef …": its people come after that label
		officialsBefore = section && sectionCount === 0 && !section.merge && section.group === 'official' ? section : null;
		if (section && sectionCount === 0 && sectionLine) {
			structure.push(sectionLine);
			// only the signature block's headings wait for names below them; "Utses att justera" left empty names nobody
			if (section.role && section.merge && !/^utses/iu.test(section.heading)) pendingRoles.push(section);
		}
	};

	let i = start;
	// the line before was blank (a page break of a transcript, a gap in the list)
	let afterBlank = false;
	let open = false; // the previous line leaves a parenthesis or a comma list open
	let depth = 0; // parentheses left open by the lines of the current list
	for (; i < lines.length; i++) {
		const original = lines[i]!;
		// "• Anders Lindbäck", "- Victor Lells": a list of people, one a bullet
		const bullet = listBullet.exec(original.text);
		const l: SourceLine = bullet ? { text: original.text.slice(bullet[0].length), line: original.line } : original;
		if (bullet) origin.set(l, original);
		const t = l.text.trim();
		if (t === '') {
			flush();
			open = false;
			depth = 0;
			let j = i + 1;
			while (j < lines.length && lines[j]!.text.trim() === '') j++;
			if (j >= lines.length) break;
			const next = lines[j]!.text.replace(listBullet, '');
			if (
				matchAttendanceHeading(next) ||
				furnitureLabel.test(next.trim()) ||
				(section && (looksLikePeople(next) || isHandle(next.trim()) || opensWithPerson(next)))
			) {
				i = j - 1;
				afterBlank = true;
				continue;
			}
			break;
		}
		const fromBlank = afterBlank;
		afterBlank = false;
		if (!open || depth === 0) {
			if (matchItemHeading(t) || matchAgendaHeading(t) || matchDayHeading(t)) break;
		}
		if (!open && furnitureLabel.test(t)) {
			// "Justeringens plats och tid …", "Underskrifter", "Paragrafer §§ 55-65 Eva Lind": furniture, but a name in it
			// (the secretary's, when the page was flattened) belongs to the signature heading before it
			closeSection();
			const value = t.replace(furnitureLabel, '').replace(/^[\s:]+/u, '');
			const rest = /^(?:paragrafer|protokollet\s+innehåller\s+paragraferna)/iu.test(t) ? value.replace(paragraphRange, '') : '';
			const pending = pendingRoles[0];
			if (pending && rest !== '' && splitNameRun(rest).some((segment) => segment.type === 'name')) {
				pendingRoles.shift();
				section = pending;
				sectionLine = l;
				sectionCount = 0;
				const piece = { text: rest, line: l.line };
				origin.set(piece, l);
				chunk.push(piece);
				closeSection();
				section = null;
			}
			if (!structure.includes(l)) structure.push(l);
			// "Underskrifter Sekreterare ... Paragrafer 102 - 119": the first signature heading, its name on a line below
			const signing = /^underskrift(?:er)?/iu.test(t) ? matchAttendanceHeading(value) : null;
			if (signing?.role && signing.merge && dots.test(signing.rest.replace(/\s*paragrafer\b.*$/iu, ''))) {
				section = { ...signing, rest: '' };
				sectionLine = l;
				sectionCount = 0;
				chunkOrg = null;
			}
			continue;
		}
		// a list left open by a comma still ends at a new field of a flattened page ("Övriga<TAB>…"), or at a heading alone on its line
		const candidate = matchAttendanceHeading(t);
		const found: AttendanceHeading | null =
			open && !(candidate && (/^\t/u.test(t.slice(candidate.heading.length)) || candidate.rest === '')) ? null : candidate;
		// "Beslutande Se bilaga", "Enligt förteckning", "se nästa sida": the people are listed elsewhere
		const rest: string = found ? found.rest.replace(referral, '').trim() : '';
		const heading: AttendanceHeading | null = found && (dots.test(rest) || rest !== found.rest) ? { ...found, rest: dots.test(rest) ? '' : rest } : found;
		// a tab after the heading ("Beslutande<TAB>…", as flattened pages are split) is enough when the value holds a name
		const tabbed =
			heading !== null &&
			heading.rest !== '' &&
			/\t/u.test(t.slice(heading.heading.length, heading.heading.length + 3)) &&
			splitNameRun(heading.rest).some((segment) => segment.type === 'name');
		if (heading && (heading.rest === '' || looksLikePeople(heading.rest) || /\(/u.test(heading.rest) || tabbed)) {
			closeSection();
			// the sections of an organisation's members go on under it; any other section ends it
			if (heading.group !== 'politician') blockOrg = null;
			section = heading;
			sectionLine = l;
			sectionCount = 0;
			chunkOrg = null;
			depth = 0;
			// the words of a referral ("Enligt förteckning") or of a table's header row ("Ledamöter Närvarande") stay with the heading's line
			const read = `${heading.heading} ${heading.rest}`.replace(/\s+/gu, ' ').trim();
			if (t.replace(/[\s:]+/gu, ' ').trim().length > read.length + 1) structure.push(l);
			if (heading.rest !== '') {
				const piece = { text: heading.rest, line: l.line };
				origin.set(piece, l);
				chunk.push(piece);
				depth = depthOf(heading.rest, 0);
				open = depth > 0 || /[,;-]$/u.test(heading.rest);
			}
			continue;
		}
		if (!section) break;
		if (!open && columnHeader.test(t)) {
			// the header row of a table ("Namn<TAB>Organisation<TAB>Roll")
			flush();
			structure.push(l);
			continue;
		}
		// "Vilhelmina kommun" on a line of its own, its members' sections ("Ordinarie", "Ersättare") below it
		const lone = classifyPart(t, 'field');
		if (
			!open &&
			lone.kind === 'organization' &&
			lone.certain &&
			!splitNameRun(t).some((segment) => segment.type === 'name') &&
			lines.slice(i + 1, i + 3).some((n) => matchAttendanceHeading(n.text)?.group === 'politician')
		) {
			closeSection();
			blockOrg = t;
			structure.push(l);
			continue;
		}
		if (!open) {
			const label = orgLabel.exec(t);
			const colon = label !== null && /:/u.test(t.slice(label[1]!.length, label[1]!.length + 3));
			const isOrgLabel =
				label !== null &&
				!notOrganization.test(label[1]!.trim()) &&
				(colon || (classifyPart(label[1]!, 'field').kind === 'organization' && classifyPart(label[1]!, 'field').certain));
			if (label && isOrgLabel && /^\p{Lu}/u.test(label[1]!) && looksLikePeople(t)) {
				// "Organisation:<TAB>Name, Name": the organisation applies to each name
				flush();
				chunkOrg = label[1]!.trim();
				const piece = { text: label[2]!, line: l.line };
				origin.set(piece, l);
				chunk.push(piece);
				depth = depthOf(label[2]!, 0);
				open = depth > 0 || /[,;]$/u.test(t);
				continue;
			}
			// the end of a comma list wrapped mid-name ("…, Johan" + "Ek")
			const commaList = chunk.length > 0 && /[,;]$/u.test(chunk[0]!.text.trim());
			const wrappedName = commaList && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u.test(t) && !matchSectionHeading(t) && !matchAgendaHeading(t);
			// a handle ("nsg", "stellanl") on a line of its own, in a list a heading opened: how some associations name people
			const handle = section !== null && isHandle(t);
			// a page of a transcript that opens with people goes on with the list of the page before, whatever follows them
			const goesOn = fromBlank && opensWithPerson(t) && t.length >= 160;
			if (!wrappedName && !handle && !goesOn && !looksLikePeople(t)) break;
			if (chunkOrg !== null && !/^\t|^\s{2,}/u.test(l.text)) {
				flush();
				chunkOrg = null;
			}
		}
		chunk.push(l);
		depth = depthOf(t, depth);
		open = depth > 0 || /[,;]$/u.test(t) || /\p{L}-$/u.test(t);
	}
	closeSection();
	if (attended.size > 0) for (const a of attendees) if (/^kallade/iu.test(a.section ?? '') && !attended.has(key(a.name))) a.status = 'absent';
	// the org label lines were pushed to structure only as their labels; keep structure in line order
	structure.sort((a, b) => a.line - b.line);
	return { attendees, structure, end: i, problems };
}

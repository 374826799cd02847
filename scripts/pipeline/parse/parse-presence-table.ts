import { partyCode } from '../proceedings/party-code.ts';
import type { ParsedAttendee, SourceLine } from '../types.ts';
import { classifyPart } from './classify-part.ts';
import { isPersonName } from './is-person-name.ts';
import { splitNameRun } from './split-name-run.ts';

/** The heading of an attendance register kept as a bilaga ("NÄRVAROFÖRTECKNING", "Närvarolista", "Uppropslista"). */
const registerHeading =
	/(?<!(?:enligt|se)\s+(?:särskild\s+|bifogad\s+|bilagd\s+|bilagda\s+)?)(?:närvaroförteckning|närvarolista|uppropslista|närvarolistan|närvaro-\s*och\s*(?:omröstnings|voterings)lista)/iu;
/** Group headings inside the register. */
const groups: Array<[RegExp, Pick<ParsedAttendee, 'group' | 'roles'> & { counts: boolean }]> = [
	// the heading may be glued to the header cell before it ("NejLEDAMÖTER")
	[/^(?:ordinarie\s+)?ledamöter$|\p{Ll}LEDAMÖTER$/iu, { group: 'politician', roles: [], counts: true }],
	[/^(?:extra\s+)?suppleanter$|^ersättare$|\p{Ll}(?:ERSÄTTARE|SUPPLEANTER)$/iu, { group: 'politician', roles: ['ersättare'], counts: true }],
];
/** A party in a column of its own: "s", "mp", "KD". */
const partyCell = /^(?:s|m|c|l|v|kd|sd|mp|fp|mbp|spi|pp|fi)$/iu;
/** A person of the register: "Christer Nylander (L), ordf.", "Karin Rågsjö (V)". */
const person = /^(\p{Lu}[\p{L}'’ .-]+?)\s*\((\p{L}{1,4})\)\s*(?:,\s*(.+))?$/u;
/** A mark in a presence column: X or D (present), O (present without a vote). */
const mark = /^[XDOxdo✓✔]$/u;

/**
 * Reads an attendance register that a protokoll keeps as a bilaga, one cell per line as a text extraction leaves a
 * table ("LEDAMÖTER", "Christer Nylander (L), ordf.", "X", "X", "Lotta Finstorp (M)", …): a member with a mark is
 * present, a member without one absent; a suppleant counts only with a mark. Returns nobody when there is no register.
 */
export function parsePresenceTable(lines: readonly SourceLine[]): ParsedAttendee[] {
	const start = lines.findIndex((line) => registerHeading.test(line.text));
	if (start < 0) return [];
	// a table flattened into the heading's line holds its people after the heading (two at least)
	const flattened = parseFlattenedRegister(lines[start]!);
	if (flattened.length >= 2) return flattened;
	const grouped = parsePartyGroupedRegister(lines[start]!);
	if (grouped.length >= 2) return grouped;
	const attendees: ParsedAttendee[] = [];
	let group: (typeof groups)[number][1] | null = null;
	let current: { attendee: ParsedAttendee; marked: boolean } | null = null;
	const close = () => {
		if (!current || !group) return;
		if (current.marked || group.counts) attendees.push({ ...current.attendee, status: current.marked ? 'present' : 'absent' });
		current = null;
	};
	for (const line of lines.slice(start + 1)) {
		const text = line.text.trim();
		if (text === '') continue;
		const heading = groups.find(([pattern]) => pattern.test(text));
		if (heading) {
			close();
			group = heading[1];
			continue;
		}
		if (!group) continue;
		if (mark.test(text)) {
			if (current) current.marked = true;
			continue;
		}
		if (current && current.attendee.party === null && partyCell.test(text)) {
			current.attendee.party = text.toUpperCase();
			continue;
		}
		// "xLisbeth R Karlman": the mark of the row above glued to the next name
		const glued = /^[xX](?=\p{Lu}\p{Ll})/u.exec(text);
		if (glued && current) current.marked = true;
		const cell = glued ? text.slice(1) : text;
		const m = person.exec(cell) ?? (isPersonName(cell) ? [cell, cell, null, null] : null);
		if (!m) continue;
		close();
		const roles = [...group.roles];
		for (const part of (m[3] ?? '').split(/\s*,\s*/u).filter(Boolean)) {
			const kind = classifyPart(part, 'field');
			if (kind.kind === 'role' && !roles.includes(kind.value)) roles.push(kind.value);
		}
		current = {
			attendee: {
				name: m[1]!.trim(),
				party: m[2] ? m[2].toUpperCase() : null,
				organization: null,
				title: null,
				roles,
				group: group.group,
				status: 'present',
				presence: null,
				section: 'Närvaroförteckning',
				line: line.line,
			},
			marked: false,
		};
	}
	close();
	return attendees;
}

const registerName = String.raw`(?!(?:Ja|Nej|Avstår)\s)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.?(?=\s+\p{Lu}\p{Ll})|\p{Lu}\p{Ll}[\p{L}'’-]*))+`;
/** One member of a flattened register: name, a role in parentheses, the party, the presence mark (N, F, NT, Tj, X, or 1 and a dash), a role column, the stand-in in brackets. */
const registerEntry = new RegExp(
	`(${registerName})(?:\\s*\\(([^)]{1,20})\\))?\\s+([A-ZÅÄÖ]{1,3})\\s+(NT|Tj|TJ|N|F|X|x|1|-)(?:\\s+((?:\\d:[ae]\\s+)?(?:[Vv]ice\\s+)?[Oo]rdförande))?(?:\\s*\\((${registerName})\\)\\s*-?)?(?=\\s|$)`,
	'gu',
);
const registerGroup = /\b(LEDAMÖTER|ERSÄTTARE|Ledamöter|Ersättare|SUPPLEANTER|Suppleanter)\b/gu;

/** A register's role as written in its parentheses: "ordf", "1:a vice", "2:e vice ordf". */
function registerRole(written: string): string | null {
	const vice = /^(\d):[ae]\s+vice/iu.exec(written.trim());
	if (vice) return `${vice[1]}:e vice ordförande`;
	const part = classifyPart(written, 'field');
	return part.kind === 'role' ? part.value : null;
}

/**
 * Reads a register that a transcript flattened into one line ("Närvarolista/omröstningsprotokoll … LEDAMÖTER Kjell
 * Jansson (ordf) M N Ja Mats Hultin M F - … ERSÄTTARE Göran Pettersson M NT Ja …"): N present, F absent, NT or Tj a
 * stand-in serving; a member of ERSÄTTARE is an ersättare.
 */
function parseFlattenedRegister(line: SourceLine): ParsedAttendee[] {
	const text = line.text;
	const groupsAt = [...text.matchAll(registerGroup)].map((m) => ({ index: m.index, substitute: !/^ledamöter$/iu.test(m[1]!) }));
	const attendees: ParsedAttendee[] = [];
	for (const m of text.matchAll(registerEntry)) {
		const group = groupsAt.filter((g) => g.index < m.index).at(-1);
		if (!group) continue;
		// N, X or 1 present; F or a dash absent; NT or Tj a stand-in serving
		const mark = m[4] === '1' ? 'N' : m[4] === '-' ? 'F' : m[4]!.toUpperCase();
		// the role in parentheses ("(ordf)") or in a column after the mark ("Erik Bergkvist S 1 Ordförande")
		const role = m[2] ? registerRole(m[2]) : m[5] ? registerRole(m[5]) : null;
		const roles = [...(group.substitute ? [mark === 'NT' || mark === 'TJ' ? 'tjänstgörande ersättare' : 'ersättare'] : []), ...(role ? [role] : [])];
		attendees.push({
			name: m[1]!,
			party: m[3]!,
			organization: null,
			title: null,
			roles,
			group: 'politician',
			status: mark === 'F' ? 'absent' : 'present',
			presence: null,
			section: 'Närvarolista',
			line: line.line,
		});
		// "Bino Drummond M F (Susanne Lippert Enquist)-": the absent member's stand-in, who served
		if (m[6])
			attendees.push({
				name: m[6],
				party: null,
				organization: null,
				title: null,
				roles: ['tjänstgörande ersättare'],
				group: 'politician',
				status: 'present',
				presence: null,
				section: 'Närvarolista',
				line: line.line,
			});
	}
	return attendees;
}

/** A word in capitals long enough to be a party's name, not its code: the heading over its members ("SOCIALDEMOKRATERNA - Ordinarie (21) …"). */
const partyHeading = /(?<![\p{L}])(\p{Lu}{6,})(?![\p{L}])/gu;
/** The groups under a party's heading: its members and its substitutes. */
const memberGroup = /(?<![\p{L}])(Ordinarie|Ledamöter|Ersättare)(?![\p{L}])/u;

/**
 * Reads a register that a transcript flattened into one line and that groups its members by party, the party's name
 * in capitals ("Närvaro- och omröstningslista … SOCIALDEMOKRATERNA - Ordinarie (21) Ja Nej Elisabet Lassen Mikael
 * Sjölund … Åsa Nilsson - Sture Ragnarsson … Ersättare Curt Noppa Susanne Lindahl 118 Reza Alborzi - …"): a dash
 * after a name marks the member absent; an ersättare with the paragraphs written after the name served in them.
 */
function parsePartyGroupedRegister(line: SourceLine): ParsedAttendee[] {
	const text = line.text;
	const heads = [...text.matchAll(partyHeading)].filter((head) => partyCode(head[1]!) !== null);
	const attendees: ParsedAttendee[] = [];
	heads.forEach((head, k) => {
		const party = partyCode(head[1]!);
		const body = text.slice(head.index + head[0].length, heads[k + 1]?.index ?? text.length);
		const pieces = body.split(memberGroup);
		for (let p = 1; p + 1 < pieces.length; p += 2) {
			const substitute = pieces[p] === 'Ersättare';
			// the group's size and the vote columns' headers ("(21) Ja Nej Ja Nej") are no names
			const names = pieces[p + 1]!.replace(/\(\d+\)/gu, ' ').replace(/(?<![\p{L}])(?:Ja|Nej|Avstår)(?![\p{L}])/gu, ' ');
			const segments = splitNameRun(names);
			segments.forEach((segment, s) => {
				if (segment.type !== 'name') return;
				const after = segments[s + 1]?.type === 'words' ? segments[s + 1]!.text.trim() : '';
				const served = /^(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)/u.exec(after)?.[1] ?? null;
				attendees.push({
					name: segment.text,
					party,
					organization: null,
					title: null,
					roles: substitute ? (served ? ['tjänstgörande ersättare'] : ['ersättare']) : [],
					group: 'politician',
					status: after.startsWith('-') ? 'absent' : 'present',
					presence: substitute ? served : null,
					section: 'Närvarolista',
					line: line.line,
				});
			});
		}
	});
	return attendees;
}

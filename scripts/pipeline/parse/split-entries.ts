import { joinWords } from '../segment/join-words.ts';
import type { SourceLine } from '../types.ts';
import { classifyPart, type PartKind } from './classify-part.ts';
import { isNameLike } from './is-name-like.ts';
import { matchPresence } from './match-presence.ts';
import { matchReferences } from './match-references.ts';
import { reorderReversedNames } from './reorder-reversed-names.ts';
import { splitGivenNames } from './split-given-names.ts';
import { isGiven, nameOrder, splitNameRun } from './split-name-run.ts';

/** One person as split from an attendance list, before the section gives group and status. */
export interface RawEntry {
	name: string;
	line: number;
	parts: PartKind[];
	presence: string | null;
	/** Whether the person is named as the member someone stands in for ("Eva Ek (S) tjänstgör för Per Berg (S)"): absent. */
	replaced?: boolean;
	/** Whether the entry itself says the person did not attend ("David Langlet anmält förhinder"). */
	absent?: boolean;
}

interface Token {
	type: 'text' | 'paren' | 'sep';
	text: string;
	line: number;
	/** For separators: a comma (or semicolon) or the end of a line. */
	comma: boolean;
}

const orgPrefix =
	/^((?:Region|Landstinget|Länsstyrelsen i|Länsstyrelsen)\s+\p{Lu}[\p{L}-]+(?:\s+län)?|Länsstyrelsen|\p{Lu}[\p{L}-]+\s+(?:kommun|stad)|SKR|SKL|GR|GBG)\s+(\p{Lu}.*)$/u;

function tokenize(lines: readonly SourceLine[]): Token[] {
	const nonLast = lines.slice(0, -1);
	const commaList = nonLast.length > 0 && nonLast.filter((l) => /[,;]\s*$/u.test(l.text)).length * 2 >= nonLast.length;
	// join the lines into one text; a wrapped line break becomes a space (or nothing after a split word), others a newline
	let text = '';
	const starts: Array<{ offset: number; line: number }> = [];
	let depth = 0;
	for (let li = 0; li < lines.length; li++) {
		const l = lines[li]!;
		if (li > 0) {
			const prev = text.trimEnd();
			// a handle on a line of its own ("nsg") is a person of its own, not the rest of the line above
			const handle = /^[a-z][a-z0-9_]{1,19}$/u.test(l.text.trim()) && !/[,;-]$/u.test(prev);
			const wraps = depth > 0 || /\p{L}-$/u.test(prev) || (/^\s*\p{Ll}/u.test(l.text) && !handle) || (commaList && !/[,;]$/u.test(prev));
			if (wraps) {
				const joined = joinWords(prev, l.text);
				const offset = joined.length - l.text.trim().length;
				text = joined.slice(0, offset);
			} else {
				text = `${prev}\n`;
			}
		}
		starts.push({ offset: text.length, line: l.line });
		const body = li > 0 ? l.text.trim() : l.text.trim();
		text += body;
		for (const ch of body) {
			if (ch === '(') depth++;
			else if (ch === ')' && depth > 0) depth--;
		}
	}
	const lineAt = (offset: number): number => {
		let line = starts[0]?.line ?? 1;
		for (const s of starts) if (s.offset <= offset) line = s.line;
		return line;
	};
	text = andAsComma(text);
	const tokens: Token[] = [];
	depth = 0;
	let buffer = '';
	let bufferStart = 0;
	const flush = (type: 'text' | 'paren', at: number): void => {
		const lead = buffer.length - buffer.trimStart().length;
		if (type === 'paren' || buffer.trim() !== '') tokens.push({ type, text: buffer.trim(), line: lineAt(bufferStart + lead), comma: false });
		buffer = '';
		bufferStart = at;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '(') {
			if (depth === 0) flush('text', i + 1);
			else buffer += ch;
			depth++;
		} else if (ch === ')' && depth > 0) {
			depth--;
			if (depth === 0) flush('paren', i + 1);
			else buffer += ch;
		} else if ((ch === ',' || ch === ';' || ch === '\n') && depth === 0) {
			flush('text', i + 1);
			tokens.push({ type: 'sep', text: ch, line: lineAt(i), comma: ch !== '\n' });
		} else if (ch === '\n' || ch === ')') {
			// a stray closing parenthesis separates words like a space
			buffer += ' ';
		} else {
			if (buffer === '') bufferStart = i;
			buffer += ch;
		}
	}
	if (depth > 0) flush('paren', text.length);
	else flush('text', text.length);
	return tokens;
}

/** "Anna Ek (S) och Bo Berg (M)": outside parentheses, "och", "samt" or "&" before a capitalised word separates people like a comma. Keeps every offset. */
function andAsComma(text: string): string {
	let depth = 0;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '(') depth++;
		else if (ch === ')' && depth > 0) depth--;
		if (depth === 0 && /\s/u.test(ch)) {
			const m = /^\s(och|samt|&)\s+(?=\p{Lu})/u.exec(text.slice(i));
			if (m) {
				out += `,${' '.repeat(m[0].length - 1)}`;
				i += m[0].length - 1;
				continue;
			}
		}
		out += ch;
	}
	return out;
}

/** A list whose parentheses give parties (at least one known code: "(S)", "(KD)"), where a short unknown word in them is a party too. */
export const knownPartyInParens = /\((?:S|M|C|L|KD|V|MP|SD|FP)\)/u;
/** A party or nomination group as some lists write it, in mixed case: "(Posk)", "(BorgA)", "(Sfk)". */
const shortPartyWord = /^\p{Lu}\p{L}{0,4}$/u;

/**
 * Adds what a parenthesis after a name says. In a list whose parentheses give parties (`partyList`), a short
 * capitalised word there ("Björn Milling (Posk)") is a party or nomination group, not a place.
 */
function addParen(entry: RawEntry, text: string, partyList = false): void {
	const subs = text.split(/,\s*/u).filter((s) => s.trim() !== '');
	if (subs.length === 0) return;
	for (const sub of subs) {
		// "(punkter 1-18)", "(från punkt 2c till punkt 12)": partial presence
		const presence = matchPresence(sub);
		if (presence && presence.length >= sub.trim().length) {
			attach(entry, { kind: 'presence', value: presence.presence, certain: true });
			continue;
		}
		const classified = classifyPart(sub, 'paren');
		const part: PartKind =
			partyList &&
			!classified.certain &&
			classified.kind === 'organization' &&
			shortPartyWord.test(classified.value) &&
			!entry.parts.some((p) => p.kind === 'party')
				? { kind: 'party', value: classified.value.toLocaleUpperCase('sv'), certain: true }
				: classified;
		const hasTitle = entry.parts.some((p) => p.kind === 'title');
		const hasParty = entry.parts.some((p) => p.kind === 'party');
		// an unknown second field, or an unknown field of a party member, is an organisation
		if (!part.certain && (hasTitle || hasParty)) entry.parts.push({ kind: 'organization', value: part.value, certain: false });
		else entry.parts.push(part);
	}
}

function attach(entry: RawEntry, part: PartKind): void {
	if (part.kind === 'presence') entry.presence = entry.presence ? `${entry.presence}, ${part.value}` : part.value;
	else entry.parts.push(part);
}

/** "tjänstgör för", "ersättare för", "ersätter", "i stället för", "för" before the name of the member someone stands in for. */
export const standInPhrase = String.raw`(?:(?:är\s+)?tjänstgör(?:ande)?(?:\s+ersättare)?\s+(?:för|i\s+stället\s+för)|ersättare\s+för|ersätter|i\s+stället\s+för|för)`;
const standIn = new RegExp(`^${standInPhrase}\\s+(?=\\p{Lu})`, 'iu');
/** "(ers Maritha Josefsson (M))", "(tjänstgör för Per Berg, S)": a bracket that names the member someone stands in for. */
const standInBrackets = new RegExp(
	`^(?:ers\\.?|${standInPhrase})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?:\\s*[(,]\\s*(\\p{L}{1,5})\\)?)?$`,
	'iu',
);
/** The same phrase ending the words after a person ("Odet Klaff, ersättare för" + the next name). */
const standInAtEnd = new RegExp(`^(.*?)\\s*(${standInPhrase})$`, 'iu');
/** Role phrases of a table column that lost its layout, in the order the table had them ("ordförande 1:e vice ordförande ledamot …"). */
const rolePhrase =
	/^(?:(?:(?:1:e|2:e|3:e|förste|andre|tredje)\s+)?vice\s+ordförande|ordförande|ledamot|(?:ej\s+|icke\s+)?tjänstgörande\s+ersättare|ersättare|sekreterare|justerare|adjungerad)(?:\s+|$)/iu;

/** Splits a text made only of role phrases into them, or returns `null`. */
function rolePhrases(text: string): string[] | null {
	const phrases: string[] = [];
	let rest = text.trim();
	while (rest !== '') {
		const m = rolePhrase.exec(rest);
		if (!m) return null;
		phrases.push(m[0].trim().toLowerCase());
		rest = rest.slice(m[0].length);
	}
	return phrases;
}

/** "anmält förhinder", "frånvarande", "ej närvarande" after a name: the person did not attend. */
const absentWords = /^(?:anmält\s+förhinder|anmält\s+frånvaro|förhinder|frånvarande|ej\s+närvarande|inte\s+närvarande|absent)$/iu;
/** A mark in a presence column: "X" (present). */
const presentMark = /^[xX✓✔]$/u;

/** "avdelningschef Gatuavdelningen": a title, then the unit the person works in, as two parts; else `null`. */
function titleAndUnit(text: string): [PartKind, PartKind] | null {
	// the title in lower case after its first letter, the unit one capitalised word (not an abbreviation such as "AB")
	const unit = /^(\S+(?:\s+\p{Ll}\S*)*)\s+(\p{Lu}\p{Ll}{3,})$/u.exec(text.trim());
	if (!unit) return null;
	const title = classifyPart(unit[1]!, 'field');
	const organization = classifyPart(unit[2]!, 'field');
	return title.kind === 'title' && title.certain && organization.kind === 'organization' && organization.certain ? [title, organization] : null;
}

/**
 * Words between people that describe the person before them: presence, "tjänstgörande", absence, a role, a title;
 * anything else as `fallback` (an organisation after a comma, partial presence after a parenthesis).
 */
function attachWords(entry: RawEntry, text: string, fallback: 'organization' | 'presence' = 'presence'): void {
	let rest = text.trim();
	// "Ordförande: Camilla Ekholm.": the full stop that ends the line says nothing of the person
	if (presentMark.test(rest) || /^[.;:]$/u.test(rest)) return;
	const mark = /^[xX]\s+(.+)$/u.exec(rest);
	if (mark) rest = mark[1]!;
	if (absentWords.test(rest)) {
		entry.absent = true;
		return;
	}
	const p = matchPresence(rest);
	if (p) {
		attach(entry, { kind: 'presence', value: p.presence, certain: true });
		rest = rest.slice(p.length).trim();
	}
	if (rest === '') return;
	// "kl", "fr", "t o m kl": what a transcript left of a time whose digits it lost, which says nothing of anybody
	if (/^(?:(?:fr(?:\.|ån)?|fr\s?o\s?m|t\s?o\s?m|till|from)\s*)?(?:kl\.?|klockan)?$/iu.test(rest)) return;
	// "delvis": present for part of the meeting, as written
	if (/^delvis$/iu.test(rest)) {
		attach(entry, { kind: 'presence', value: rest, certain: true });
		return;
	}
	// "158", "59, 62, 64", "ej 133", "ekonomichef 133": the paragraphs of a presence column
	const references = matchReferences(rest);
	if (references) {
		if (references.head !== '') attachWords(entry, references.head, fallback);
		attach(entry, { kind: 'presence', value: references.references, certain: true });
		return;
	}
	if (/^tjänstgörande$/iu.test(rest)) {
		attach(entry, { kind: 'role', value: 'tjänstgörande ersättare', certain: true });
		return;
	}
	const m = /^tjänstgörande\s+(.+)$/iu.exec(rest);
	if (m) {
		attach(entry, { kind: 'role', value: 'tjänstgörande ersättare', certain: true });
		attachWords(entry, m[1]!);
		return;
	}
	// "Ånge t o m 2": an organisation, then partial presence
	const words = rest.split(/\s+/u);
	for (let k = 1; k < words.length; k++) {
		const tail = words.slice(k).join(' ');
		const presence = matchPresence(tail);
		if (presence && presence.length >= tail.length) {
			attachWords(entry, words.slice(0, k).join(' '), fallback);
			attach(entry, { kind: 'presence', value: presence.presence, certain: true });
			return;
		}
	}
	const unit = titleAndUnit(rest);
	if (unit) {
		for (const part of unit) attach(entry, part);
		return;
	}
	const part = classifyPart(rest, 'field');
	if (part.certain) {
		attach(entry, part);
		return;
	}
	// "Hasse Karlsson PRO Vivanne Gustavsson PRO …": an abbreviation in capitals after a name is the organisation the person is from
	if (/^[A-ZÅÄÖ]{2,6}$/u.test(rest)) {
		attach(entry, { kind: 'organization', value: rest, certain: false });
		return;
	}
	// "mötesordförande § 94 - § 106": a role, then the paragraphs it held
	const role = rolePhrase.exec(rest) ?? /^(?:mötes)?(?:ordförande|sekreterare)(?:\s+|$)/iu.exec(rest);
	if (role && role[0].trim() !== rest) {
		attach(entry, classifyPart(role[0].trim(), 'field'));
		attachWords(entry, rest.slice(role[0].length), fallback);
		return;
	}
	attach(entry, fallback === 'organization' ? { kind: 'organization', value: rest, certain: false } : { kind: 'presence', value: rest, certain: false });
}

/** Splits a run of capitalised titles ("Miljöchef Enhetschef Hälsoskydd Nämndadministratör") before each capitalised title word; `[]` when it is no such run. */
function titlePhrases(text: string): string[] {
	const phrases: string[][] = [];
	// a page number left at the end of the column is no part of a title
	const words = text.replace(/\s+\d{1,3}$/u, '').split(/\s+/u);
	for (const [k, word] of words.entries()) {
		const title = classifyPart(word, 'field');
		// "Miljö- och hälsoskyddsinspektör": a capitalised compound start opens a title too
		const opens = /^\p{Lu}/u.test(word) && ((title.kind === 'title' && title.certain) || (/-$/u.test(word) && words[k + 1] === 'och'));
		if (opens || phrases.length === 0) phrases.push([word]);
		else phrases[phrases.length - 1]!.push(word);
	}
	return phrases.length >= 2 && phrases.every((phrase) => classifyPart(phrase.join(' '), 'field').kind === 'title')
		? phrases.map((phrase) => phrase.join(' '))
		: [];
}

/** A line of a presence column that lost its layout: "X", "X, § 105 - § 106". */
const markLine = /^[xX✓✔](?:\s*,?\s*(.+))?$/u;

/**
 * A table whose presence column was extracted after its names ("Annah Bergström", "Marianne Blomquist", then "X,
 * § 105 - § 106" twice): as many mark lines right after as many name lines are joined to them in order.
 */
function joinMarkColumn(lines: readonly SourceLine[]): readonly SourceLine[] {
	const isMark = (text: string) => {
		const m = markLine.exec(text.trim());
		return m !== null && (m[1] === undefined || matchPresence(m[1])?.length === m[1].trim().length);
	};
	const out: SourceLine[] = [];
	let i = 0;
	while (i < lines.length) {
		let names = i;
		while (names < lines.length && !isMark(lines[names]!.text) && !/[,;(]/u.test(lines[names]!.text) && isNameLike(lines[names]!.text.trim())) names++;
		let marks = names;
		while (marks < lines.length && isMark(lines[marks]!.text)) marks++;
		const count = names - i;
		if (count >= 2 && marks - names === count) {
			for (let k = 0; k < count; k++) out.push({ text: `${lines[i + k]!.text.trim()} ${lines[names + k]!.text.trim()}`, line: lines[i + k]!.line });
			i = marks;
			continue;
		}
		out.push(lines[i]!);
		i++;
	}
	return out;
}

/**
 * Split the lines of one attendance list into people: one per line, several per line separated only by their
 * parentheses, comma lists wrapped across lines, "Name, Organisation" lines, and tab-separated table rows.
 */
export function splitEntries(given: readonly SourceLine[], options: { labelled?: boolean; partyList?: boolean } = {}): RawEntry[] {
	const entries: RawEntry[] = [];
	if (given.length === 0) return entries;
	const lines = joinMarkColumn(given).map((l) => {
		const text = reorderReversedNames(cleanListText(l.text));
		return text === l.text ? l : { ...l, text };
	});
	const chunkText = lines.map((l) => l.text).join('\n');
	// table rows: one person per line, fields separated by tabs
	if (lines.every((l) => /\S\t+\S/u.test(l.text.trim())) && !chunkText.includes(',')) {
		for (const l of lines) {
			const cells = l.text.trim().split(/\t+/u);
			const first = /^(.*?)\s*\((.*)\)\s*$/u.exec(cells[0]!.trim());
			const entry: RawEntry = { name: (first ? first[1]! : cells[0]!).trim(), line: l.line, parts: [], presence: null };
			if (first) addParen(entry, first[2]!);
			for (const cell of cells.slice(1)) {
				const c = cell.trim();
				const p = matchPresence(c);
				if (p && p.length >= c.length) attach(entry, { kind: 'presence', value: p.presence, certain: true });
				else if (/^\(.*\)$/u.test(c)) addParen(entry, c.slice(1, -1));
				else attach(entry, classifyPart(c, 'field'));
			}
			entries.push(entry);
		}
		return entries;
	}
	// "Jannike, Anna, Agnetha och Kenisha (sekreterare)": given names alone, one person each
	if (splitGivenNames(chunkText.replace(/\([^()]*(?:\)|$)/gu, ''))) {
		for (const tok of tokenize(lines)) {
			const last = entries.at(-1);
			if (tok.type === 'paren' && last) addParen(last, tok.text);
			if (tok.type !== 'text') continue;
			for (const person of splitGivenNames(tok.text, { known: true }) ?? []) {
				const entry: RawEntry = { name: person.name, line: tok.line, parts: [], presence: null };
				// "Karin – kassör": what the person does in the group, a role where it is one
				const part = person.description ? classifyPart(person.description, 'field') : null;
				if (part && person.description) attach(entry, part.certain ? part : { kind: 'title', value: person.description, certain: false });
				entries.push(entry);
			}
		}
		return entries;
	}
	const hasParens = chunkText.includes('(');
	const partyList = options.partyList ?? knownPartyInParens.test(chunkText);
	// "Name, Organisation" on every line (no parentheses, exactly one comma a line, no organisation label before the names)
	const nameOrgLines =
		!options.labelled && !hasParens && lines.length > 1 && lines.every((l) => (l.text.match(/,/gu) ?? []).length === 1 && !/,\s*$/u.test(l.text));
	const tokens = tokenize(lines);
	let current: RawEntry | null = null;
	let previous: RawEntry | null = null;
	let afterParen = false;
	let lastSepComma = false;
	let afterSep = false;
	/** The next name is the member someone stands in for. */
	let replacedNext = false;
	// "Kommundirektör Jan Fransson, kommunsekreterare Linda Mattila": the words before each name are its title
	const firstText = tokens.find((tok) => tok.type === 'text');
	// "C Ulla-Maj Persson, ordförande S Ulf Dahlberg": two or more party letters before given names
	const partiesFirst = (chunkText.match(/(?:^|[\s,])(?:[SMCLV]|KD|SD|MP|FP|MBP)\s+\p{Lu}\p{Ll}/gu) ?? []).length >= 2;
	// the order the whole list writes its names in ("Höglund Roger, ordf. Björkman Torbjörn, …"), not each piece's
	const order = nameOrder(chunkText.split(/[\s,;]+/u).filter((word) => word !== ''));
	const run = (text: string) => splitNameRun(text, { partiesFirst, order });
	const firstSegments = firstText ? run(firstText.text) : [];
	const titleFirst =
		(firstSegments.length >= 2 &&
			firstSegments[0]!.type === 'words' &&
			firstSegments[1]!.type === 'name' &&
			classifyPart(firstSegments[0]!.text, 'field').kind === 'title' &&
			classifyPart(firstSegments[0]!.text, 'field').certain) ||
		writesTitlesFirst(chunkText, run);
	// "C Ulla-Maj Persson, ordförande S Ulf Dahlberg": the party stands before each name
	const partyCode = /^(?:\p{Lu}|[A-ZÅÄÖ]{2,4})$/u;
	const lastWord = (text: string): string => text.split(/\s+/u).at(-1) ?? '';
	const listPartyFirst =
		firstSegments.length >= 2 && firstSegments[0]!.type === 'words' && firstSegments[1]!.type === 'name' && partyCode.test(lastWord(firstSegments[0]!.text));
	const newEntry = (name: string, line: number): RawEntry => {
		const entry: RawEntry = { name, line, parts: [], presence: null, ...(replacedNext ? { replaced: true } : {}) };
		replacedNext = false;
		entries.push(entry);
		return entry;
	};
	/** Words that end in "tjänstgör för" / "ersättare för": the owner stands in, the next name is absent. */
	const standInWords = (owner: RawEntry | null, words: string): string => {
		// "Thomas Bäuml (S) ers Maritha Josefsson (M)": "ers" alone between two people is "ersätter"
		const m = standInAtEnd.exec(words) ?? (/^ers\.?$/iu.test(words.trim()) ? ['', ''] : null);
		if (!m || !owner) return words;
		attach(owner, { kind: 'role', value: 'tjänstgörande ersättare', certain: true });
		replacedNext = true;
		return m[1]!;
	};
	/** Several people in one text without separators, with the words between them. */
	const pushSegments = (
		segments: ReturnType<typeof splitNameRun>,
		owner: RawEntry | null,
		line: number,
		fallback: 'organization' | 'presence' = 'presence',
	): void => {
		let last = owner;
		let title: string | null = null;
		let party: string | null = null;
		// "Eva Engström Sekreterare Fredrik Pahlberg Kommunchef … Ola Tollin Tf stadsarkitekt": a run that starts with a
		// name and ends with a title writes each title after its name, so a title before a name is not that name's
		const end = segments.at(-1);
		const titlesAfter =
			segments[0]?.type === 'name' && end?.type === 'words' && /^\p{Lu}/u.test(end.text.trim()) && classifyPart(end.text, 'field').kind === 'title';
		segments.forEach((segment, k) => {
			if (segment.type === 'name') {
				last = newEntry(segment.text, line);
				if (title) last.parts.push({ kind: 'title', value: title, certain: true });
				if (party) last.parts.push({ kind: 'party', value: party, certain: true });
				title = null;
				party = null;
				return;
			}
			// "Centrala valkretsen Monica Gundahl (S) …": the electoral district a council's list groups its members by, no part of anybody
			let words = standInWords(last, segment.text)
				.replace(/(?:^|\s)(?:\p{Lu}\p{Ll}+\s+valkretsen|valkrets\s+\d+)(?=\s|$)/gu, ' ')
				.trim();
			// a party code right before a name, where the list writes the party first, is that person's
			const code = lastWord(words);
			if (segments[k + 1]?.type === 'name' && partyCode.test(code) && (listPartyFirst || last === null)) {
				party = code;
				words = words.slice(0, words.length - code.length).trim();
			}
			if (words === '') return;
			// "… Jaana Tilles (s) Kommundirektör Kjell Johansson": a capitalised title before a name is that name's
			const capitalTitle =
				!titlesAfter &&
				segments[k + 1]?.type === 'name' &&
				/^\p{Lu}/u.test(words) &&
				classifyPart(words, 'field').kind === 'title' &&
				classifyPart(words, 'field').certain &&
				!/\s/u.test(words.trim());
			if ((titleFirst || capitalTitle) && segments[k + 1]?.type === 'name' && !(last && k === 0 && !owner && !capitalTitle)) {
				const p = matchPresence(words);
				if (p && last) attach(last, { kind: 'presence', value: p.presence, certain: true });
				const rest = p ? words.slice(p.length).trim() : words;
				if (rest !== '') title = rest;
				return;
			}
			if (last) attachWords(last, words, last === owner ? fallback : 'presence');
			else if (segments[k + 1]?.type === 'name') title = words;
		});
		current = last;
		afterParen = false;
		afterSep = false;
	};
	for (const tok of tokens) {
		if (tok.type === 'sep') {
			if (current) previous = current;
			current = null;
			afterParen = false;
			afterSep = true;
			lastSepComma = tok.comma;
			continue;
		}
		if (tok.type === 'paren') {
			const target = current ?? (afterSep ? previous : null);
			// "Thomas Bäuml (M) (ers Maritha Josefsson (M))": in brackets, whom the person stands in for, who is absent
			const replaced = standInBrackets.exec(tok.text.trim());
			if (target && replaced) {
				attach(target, { kind: 'role', value: 'tjänstgörande ersättare', certain: true });
				const member: RawEntry = { name: replaced[1]!, line: tok.line, parts: [], presence: null, replaced: true };
				if (replaced[2]) member.parts.push(classifyPart(replaced[2], 'paren'));
				entries.push(member);
				afterParen = true;
				afterSep = false;
				continue;
			}
			if (target) addParen(target, tok.text, partyList);
			else {
				current = newEntry('', tok.line);
				addParen(current, tok.text, partyList);
			}
			afterParen = true;
			afterSep = false;
			continue;
		}
		let s = tok.text.replace(/\s+/gu, ' ').trim();
		// "… Christina Forsling (SD).": the full stop that ends the list
		if (s === '' || /^[.;:]$/u.test(s)) continue;
		// "… tjänstgör för Per Berg (S)": the person before stands in for a member who is absent
		const owner = current ?? (afterSep ? previous : null);
		const stand = standIn.exec(s);
		if (stand && owner) {
			attach(owner, { kind: 'role', value: 'tjänstgörande ersättare', certain: true });
			replacedNext = true;
			pushSegments(run(s.slice(stand[0].length)), null, tok.line);
			continue;
		}
		if (current && afterParen) {
			// text right after a parenthesis: partial presence ("(S) § 12", "(S) 8-13"), then the next person's name
			const p = matchPresence(s);
			const leadingNumbers = /^[^\p{Lu}]*?(?=\s+\p{Lu}|$)/u.exec(s)?.[0] ?? '';
			const references = p ? null : matchReferences(leadingNumbers);
			if (p) {
				attach(current, { kind: 'presence', value: p.presence, certain: true });
				s = s.slice(p.length).trim();
			} else if (references?.head === '' && leadingNumbers.trim() !== '') {
				attach(current, { kind: 'presence', value: references.references, certain: true });
				s = s.slice(leadingNumbers.length).trim();
			}
			if (s === '') continue;
			if (/^\p{Ll}/u.test(s)) {
				const segments = run(s);
				if (segments.some((segment) => segment.type === 'name')) pushSegments(segments, current, tok.line);
				else attachWords(current, s);
				continue;
			}
			previous = current;
		} else if (afterSep && lastSepComma && previous) {
			// ", 59", ", kulturchef 115.2": the paragraphs (and the title) of the person before
			const references = matchReferences(s);
			if (references && !run(references.head).some((segment) => segment.type === 'name')) {
				if (references.head !== '') attachWords(previous, references.head, 'organization');
				attach(previous, { kind: 'presence', value: references.references, certain: true });
				continue;
			}
			const p = matchPresence(s);
			if (p) {
				// ", dag 1 Next Name": the presence of the person before, then the next person
				attach(previous, { kind: 'presence', value: p.presence, certain: true });
				s = s.slice(p.length).trim();
				if (s === '') continue;
			}
			// ", mötesordförande § 94 - § 106", ", vice ordförande": the role of the person before, and the paragraphs it held
			if (
				/^(?:mötes)?(?:ordförande|sekreterare|justerare)\b|^(?:\d:e\s+|förste\s+|andre\s+)?vice\s+ordförande\b/iu.test(s) &&
				!run(s).some((segment) => segment.type === 'name')
			) {
				attachWords(previous, s, 'organization');
				continue;
			}
			// "Lars Rosander, C Åke Nilsson, KD ej 133 Gunilla Aronsson": the party of the person before, then the next person
			const partyFirst = /^(S|M|C|L|V|KD|SD|MP|FP|PP|SPI)(?=\s+\S)\s+/u.exec(s);
			if (partyFirst && !listPartyFirst && !previous.parts.some((q) => q.kind === 'party')) {
				attach(previous, { kind: 'party', value: partyFirst[1]!, certain: true });
				s = s.slice(partyFirst[0].length);
				const presence = matchPresence(s);
				if (presence) {
					attach(previous, { kind: 'presence', value: presence.presence, certain: true });
					s = s.slice(presence.length).trim();
				}
				if (s === '') continue;
			}
			// ", kommunchef Rune Tessin Bertil Jonsson": the words describe the person before, the names are new people
			const leading = run(s);
			if (leading.length > 1 && leading[0]!.type === 'words' && leading.some((segment) => segment.type === 'name')) {
				pushSegments(leading, titleFirst ? null : previous, tok.line, 'organization');
				continue;
			}
			// ", Hans Boman stadsarkitekt Torvald Kullendorff ekonom": people with their titles, not a title of the person before
			if (leading.length >= 2 && leading[0]!.type === 'name' && leading.some((segment) => segment.type === 'words')) {
				pushSegments(leading, null, tok.line);
				continue;
			}
			const prefix = orgPrefix.exec(s);
			const part = classifyPart(s, 'field');
			const unit = titleAndUnit(s);
			if (unit) {
				for (const piece of unit) attach(previous, piece);
				continue;
			}
			if (prefix && !previous.parts.some((q) => q.kind === 'organization')) {
				attach(previous, { kind: 'organization', value: prefix[1]!, certain: true });
				s = prefix[2]!;
			} else if (part.certain) {
				attach(previous, part);
				continue;
			} else if (nameOrgLines || (!isNameLike(s) && s.split(' ').length <= 3)) {
				attach(previous, part);
				continue;
			}
		}
		// several names in one text, or words before the name ("Ordförande Astrid Lönn Jern", "S Marcus Danielsson")
		const segments = run(s);
		if (segments.length > 1 && segments.some((segment) => segment.type === 'name')) {
			pushSegments(segments, titleFirst ? null : afterSep || afterParen ? (previous ?? current) : current, tok.line);
			continue;
		}
		current = newEntry(s, tok.line);
		afterParen = false;
		afterSep = false;
	}
	// an organisation column that lost its layout: as many one-word organisations after the last person as there are
	// people ("Charlie Wallin … Ulrika Åberg Kommunförbundet Kommunförbundet Landstinget …")
	const last = entries.at(-1);
	const trailing = last?.parts.filter((part) => part.kind === 'organization').at(-1);
	const columnWords = trailing?.value.split(/\s+/u) ?? [];
	if (
		last &&
		trailing &&
		columnWords.length === entries.length &&
		entries.length >= 3 &&
		columnWords.every((word) => /^\p{Lu}/u.test(word)) &&
		entries.slice(0, -1).every((entry) => !entry.parts.some((part) => part.kind === 'organization'))
	) {
		last.parts.splice(last.parts.indexOf(trailing), 1);
		entries.forEach((entry, k) => {
			entry.parts.push({ kind: 'organization', value: columnWords[k]!, certain: false });
		});
	}
	// a title column that lost its layout ("Anna Billgren … Sara Björkman Miljöchef Enhetschef Hälsoskydd … Nämndadministratör"):
	// one title after each capitalised title word, as many as there are people
	const titled = entries.at(-1);
	const trailingTitle = titled?.parts.filter((part) => part.kind === 'title' || part.kind === 'organization').at(-1);
	const titleColumn = trailingTitle ? titlePhrases(trailingTitle.value) : [];
	if (
		titled &&
		trailingTitle &&
		titleColumn.length === entries.length &&
		entries.length >= 3 &&
		entries.slice(0, -1).every((entry) => !entry.parts.some((part) => part.kind === 'title'))
	) {
		titled.parts.splice(titled.parts.indexOf(trailingTitle), 1);
		entries.forEach((entry, k) => {
			entry.parts.push({ kind: 'title', value: titleColumn[k]!, certain: true });
		});
	}
	// a role column that lost its layout: as many role phrases after the last person as there are people
	const tail = entries.at(-1);
	const column = tail?.presence ? rolePhrases(tail.presence) : null;
	if (tail && column && column.length === entries.length && column.length >= 2) {
		tail.presence = null;
		entries.forEach((entry, k) => {
			const role = column[k]!;
			if (role !== 'ledamot') entry.parts.push({ kind: 'role', value: role, certain: true });
		});
	}
	placeColumn(entries);
	return entries;
}

/**
 * Whether a list writes each title before its name further on ("…, och Maria Blomberg (L) samt sekreterare Patrik
 * Skanser, socialchef Lillemor Quist, områdeschef Jari Heikkinen"): a conjunction before a title and a name turns it
 * so, two or more of its pieces open with words in lower case and go on with a name, and the list ends with a name. A
 * list that writes "Name, title" ends with a title.
 */
function writesTitlesFirst(text: string, run: (text: string) => ReturnType<typeof splitNameRun>): boolean {
	const pieces = andAsComma(text.replace(/\([^()]*\)/gu, ' '))
		.split(/[,;\n]/u)
		.map((piece) => piece.trim())
		.filter((piece) => piece !== '');
	const last = pieces.at(-1);
	// the list turns to titles before names with a conjunction ("samt sekreterare Patrik Skanser")
	if (!/(?:^|\s)(?:samt|och)\s+\p{Ll}[\p{Ll}-]+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text)) return false;
	if (!last || run(last).at(-1)?.type !== 'name') return false;
	const titled = pieces.filter((piece) => {
		const segments = run(piece);
		return /^\p{Ll}/u.test(piece) && segments.length >= 2 && segments[0]!.type === 'words' && segments[1]!.type === 'name';
	});
	return titled.length >= 2 && pieces.every((piece) => /^\p{Lu}/u.test(piece) || run(piece).some((segment) => segment.type === 'name'));
}

/**
 * A list's text as a reader takes it: a party in brackets written with a space inside or left open closed ("( C)",
 * "(L )", "(KD Ulrika …", "Daniel Ek (KD" at a line's end), and a mark before a name (a footnote of the list,
 * "*Hilkka Andersson") left out.
 */
export function cleanListText(text: string): string {
	return text
		.replace(/(^|\s)\*(?=\p{Lu}\p{Ll})/gu, '$1')
		.replace(/\(\s*(\p{Lu}{1,4})\s*\)/gu, '($1)')
		.replace(/\((\p{Lu}{1,4})\s+(?=\p{Lu}\p{Ll})/gu, '($1) ')
		.replace(/(\p{Ll}\s*)\((\p{Lu}{1,4})\s*$/u, '$1($2)');
}

/** How many people, one a line, a list needs before a third word on every line is read as a column of its own. */
const placeColumnSize = 4;

/**
 * "Margareta Johansson Indal", "Bengt Wiklund Alnö", …: a list whose every name has three words, the first a known
 * given name on most lines, writes the place or the organisation each person comes from in a column after the name.
 */
function placeColumn(entries: RawEntry[]): void {
	if (entries.length < placeColumnSize) return;
	const words = entries.map((entry) => entry.name.trim().split(/\s+/u));
	if (words.some((w) => w.length !== 3 || isGiven(w[2]!)) || entries.some((entry) => entry.parts.some((part) => part.kind === 'organization'))) return;
	if (words.filter((w) => isGiven(w[0]!)).length * 4 < entries.length * 3) return;
	entries.forEach((entry, k) => {
		entry.name = words[k]!.slice(0, 2).join(' ');
		entry.parts.push({ kind: 'organization', value: words[k]![2]!, certain: false });
	});
}

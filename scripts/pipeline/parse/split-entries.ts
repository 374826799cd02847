import type { SourceLine } from '../types.ts';
import { joinWords } from '../segment/join-words.ts';
import { type PartKind, classifyPart } from './classify-part.ts';
import { isNameLike } from './is-name-like.ts';
import { matchPresence } from './match-presence.ts';

/** One person as split from an attendance list, before the section gives group and status. */
export interface RawEntry {
	name: string;
	line: number;
	parts: PartKind[];
	presence: string | null;
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
			const wraps = depth > 0 || /\p{L}-$/u.test(prev) || /^\s*\p{Ll}/u.test(l.text) || (commaList && !/[,;]$/u.test(prev));
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

function addParen(entry: RawEntry, text: string): void {
	const subs = text.split(/,\s*/u).filter((s) => s.trim() !== '');
	if (subs.length === 0) return;
	for (const sub of subs) {
		const part = classifyPart(sub, 'paren');
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

/**
 * Split the lines of one attendance list into people: one per line, several per line separated only by their
 * parentheses, comma lists wrapped across lines, "Name, Organisation" lines, and tab-separated table rows.
 */
export function splitEntries(lines: readonly SourceLine[], options: { labelled?: boolean } = {}): RawEntry[] {
	const entries: RawEntry[] = [];
	if (lines.length === 0) return entries;
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
	const hasParens = chunkText.includes('(');
	// "Name, Organisation" on every line (no parentheses, exactly one comma a line, no organisation label before the names)
	const nameOrgLines =
		!options.labelled && !hasParens && lines.length > 1 && lines.every((l) => (l.text.match(/,/gu) ?? []).length === 1 && !/,\s*$/u.test(l.text));
	const tokens = tokenize(lines);
	let current: RawEntry | null = null;
	let previous: RawEntry | null = null;
	let afterParen = false;
	let lastSepComma = false;
	let afterSep = false;
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
			if (target) addParen(target, tok.text);
			else {
				current = { name: '', line: tok.line, parts: [], presence: null };
				entries.push(current);
				addParen(current, tok.text);
			}
			afterParen = true;
			afterSep = false;
			continue;
		}
		let s = tok.text.replace(/\s+/gu, ' ').trim();
		if (s === '') continue;
		if (current && afterParen) {
			// text right after a parenthesis: partial presence, then the next person's name
			const p = matchPresence(s);
			if (p) {
				attach(current, { kind: 'presence', value: p.presence, certain: true });
				s = s.slice(p.length).trim();
			}
			if (s === '') continue;
			if (/^\p{Ll}/u.test(s)) {
				attach(current, { kind: 'presence', value: s, certain: false });
				continue;
			}
			previous = current;
		} else if (afterSep && lastSepComma && previous) {
			const p = matchPresence(s);
			if (p) {
				// ", dag 1 Next Name": the presence of the person before, then the next person
				attach(previous, { kind: 'presence', value: p.presence, certain: true });
				s = s.slice(p.length).trim();
				if (s === '') continue;
			}
			const prefix = orgPrefix.exec(s);
			const part = classifyPart(s, 'field');
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
		current = { name: s, line: tok.line, parts: [], presence: null };
		entries.push(current);
		afterParen = false;
		afterSep = false;
	}
	return entries;
}

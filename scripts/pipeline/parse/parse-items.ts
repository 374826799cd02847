import type { AgendaEntry, Block, LocalProblem, ParsedItem, ParsedParticipant, SourceLine } from '../types.ts';
import { matchDayHeading } from './match-day-heading.ts';
import { type ItemHeading, matchItemHeading } from './match-item-heading.ts';
import { matchSignatureStart } from './match-signature-start.ts';
import { parseBlocks } from './parse-blocks.ts';
import { parseCaseNumbers } from './parse-case-numbers.ts';
import { parseParticipants } from './parse-participants.ts';
import { splitGluedTitle } from './split-glued-title.ts';

/** The items of the minutes body, the lines before the first item, and the closing signature. */
export interface ItemsResult {
	items: ParsedItem[];
	/** Lines before the first item that belong to no item. */
	preamble: Block[];
	/** The signature block, non-blank lines as written joined by `\n`, or `null`. */
	signature: string | null;
	/** Source lines of the signature block. */
	signatureLines: SourceLine[];
	/** Lines kept only as structure (participant lines with their label). */
	structure: SourceLine[];
	problems: LocalProblem[];
}

interface Heading {
	index: number;
	number: number | null;
	label: string | null;
	/** Case numbers written on the heading line. */
	caseNumbers: string[];
	title: string;
	/** Text of the heading line after the title (the agenda title was a prefix of it). */
	rest: string;
	/** Whether the title is on the next line (`§ 12` alone), which is then consumed. */
	titleLine: number | null;
	basis: ParsedItem['basis'];
}

const closing = /^\s*(?:avslutning|mötets avslutande|mötet avslutas|sammanträdets avslutande|sammanträdet avslutas|avslutande)\s*\.?\s*$/iu;

function norm(text: string): string {
	return text
		.replace(/\*\*|__/gu, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLowerCase();
}

function isCaseNumberLine(text: string): boolean {
	const t = text.trim();
	if (t === '') return false;
	const found = parseCaseNumbers(t);
	if (found.length === 0) return false;
	let rest = t;
	for (const f of found) rest = rest.replace(f, ' ');
	return /^[\s,;:]*(?:(?:dnr|diarienummer|ärendenummer)[\s,;:.]*)?$/iu.test(rest);
}

function blank(lines: readonly SourceLine[], i: number): boolean {
	return i >= lines.length || lines[i]!.text.trim() === '';
}

/** A line that gives only a register's number or code: `Diariekod: 609`, `Dnr 2019/45`, `Diarienummer: KS 2018/124`. */
const registerLine = /^\s*(?:dnr|diarienr|diarienummer|diariekod|diarieplan|ärendenummer|ärendenr)\.?\s*:?\s*\S*\d\S*(?:\s+\S*\d\S*)?\s*$/iu;

/** A line that states an item's decision or proposal under its label: `Beslut: …`, `Beslut`, `Förslag till beslut:`. */
const decisionLine = /^\s*(?:beslut|beslutet|beslutsförslag|förslag\s+till\s+beslut|[\p{L}-]+s\s+beslut)\s*(?::|$)/iu;

/** Split the minutes body into numbered items (confirmed by the agenda or by their layout), their text and the closing signature. */
export function parseItems(lines: readonly SourceLine[], agenda: readonly AgendaEntry[], marked: ReadonlySet<number> = new Set()): ItemsResult {
	const problems: LocalProblem[] = [];
	const structure: SourceLine[] = [];
	const headings: Heading[] = [];
	let last: number | null = null;
	const used = new Set<AgendaEntry>();
	const agendaTitles = new Map<AgendaEntry, string>(agenda.map((e) => [e, norm(e.title)]));
	const longestAgendaTitle = Math.max(0, ...agenda.map((e) => e.title.length));

	// minutes that number their items with "§" use numbered lines for lists inside an item, never for items
	const paragraphs = lines.filter((l) => matchItemHeading(l.text)?.strong).length >= 2;
	const labels = new Set<string>();
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.text.trim();
		if (t === '') continue;
		const found: ItemHeading | null = matchItemHeading(lines[i]!.text);
		// a line segmentation confirmed (a number of a run counting on by one) is a heading whatever its form
		const confirmed = lines[i]!.heading === true && found !== null;
		const c = found && paragraphs && !found.strong && !confirmed ? null : found;
		// "2.1 Mötets behörighet" after "2. Formalia": a sub-item, numbered with its group
		const subItem = c !== null && c.label !== null && !labels.has(c.label) && last !== null && (c.number === last || c.number === last + 1);
		if (c && (last === null || c.number > last || subItem)) {
			const entry = c.label ? undefined : agenda.find((e) => e.number === c.number && !used.has(e));
			const title = norm(c.title);
			const agendaTitle = entry ? agendaTitles.get(entry)! : '';
			const exact = entry !== undefined && title === agendaTitle;
			const prefix = entry !== undefined && agendaTitle !== '' && title.startsWith(`${agendaTitle} `);
			const shaped = (blank(lines, i + 1) || isCaseNumberLine(lines[i + 1]!.text)) && c.title.length <= 160 && !/[,;]$/u.test(c.title);
			const nextInSequence = c.number === (last === null ? 1 : last + 1);
			// "3. Ekonomi" directly followed by its text: a short title, the next number, and no list line after it
			const compact =
				nextInSequence &&
				!c.bare &&
				c.title.split(/\s+/u).length <= 10 &&
				!/[.,;:]$/u.test(c.title) &&
				!blank(lines, i + 1) &&
				!/^\s*(?:[-•*–\u2022\uf0b7]|\d{1,3}[.)])\s/u.test(lines[i + 1]!.text);
			// the number is confirmed when the next number follows as a heading later ("188 Justering" … "189 …")
			const continues = shaped && !nextInSequence && lines.slice(i + 1).some((l) => matchItemHeading(l.text)?.number === c.number + 1);
			// "1. Ordförande … förklarade mötet öppnat." "2. Val av …": numbered paragraphs, one after another, each an item
			const paragraphsRun =
				nextInSequence &&
				!c.bare &&
				agenda.length === 0 &&
				(last === null ? c.number === 1 : true) &&
				lines.slice(i + 1, i + 4).some((l) => {
					const n = matchItemHeading(l.text);
					return n !== null && !n.bare && n.number === c.number + 1;
				});
			// "7. Slutrapport kemikaliestrategin" directly followed by "Beslut: Enligt förslag": a page of decisions, which
			// may start at any number (the formalities left out); the next number must follow in the same way or come later
			const decided =
				!c.bare &&
				c.title.length <= 160 &&
				!/[.,;:]$/u.test(c.title) &&
				!blank(lines, i + 1) &&
				decisionLine.test(lines[i + 1]!.text) &&
				(c.number === (last ?? -1) + 1 || lines.slice(i + 2).some((l) => matchItemHeading(l.text)?.number === c.number + 1));
			// "1. Upprop och val av justerare." listed without its number in a table of contents ("Upprop och val av justerare 3")
			const listed = agenda.some((e) => e.number === null && agendaTitles.get(e) === title.replace(/[.:]$/u, ''));
			const accept =
				confirmed ||
				exact ||
				prefix ||
				listed ||
				c.strong ||
				compact ||
				paragraphsRun ||
				decided ||
				marked.has(lines[i]!.line) ||
				(shaped && (!c.bare || nextInSequence || continues));
			if (accept) {
				let title = c.title.replace(/\s+/gu, ' ');
				let rest = '';
				if (prefix && !exact) {
					const words = entry!.title.split(/\s+/u).length;
					const all = title.split(' ');
					rest = all.slice(words).join(' ');
					title = all.slice(0, words).join(' ');
				}
				if (paragraphsRun && !compact && !shaped && !exact && !prefix && !c.strong) {
					// the paragraph's first sentence is its title, the rest its text
					const sentence = /^(.+?[.!?])\s+(?=\p{Lu})(.*)$/u.exec(title);
					if (sentence) [title, rest] = [sentence[1]!, sentence[2]!];
				}
				let titleLine: number | null = null;
				if (title === '') {
					// "§ 12" alone: the title is the next non-blank line
					let j = i + 1;
					// "Diariekod: 609", "Dnr 2019/45": a register line between the heading and its title
					while (j < lines.length && (blank(lines, j) || registerLine.test(lines[j]!.text))) {
						if (!blank(lines, j)) structure.push(lines[j]!);
						j++;
					}
					if (j < lines.length) {
						title = lines[j]!.text.trim();
						titleLine = j;
					} else title = `§ ${c.number}`;
				}
				// "Allmänhetens frågestund Inga frågor ställs.": a flattened page glued the item's text to its title
				const glued = exact || prefix || rest !== '' ? null : splitGluedTitle(title);
				if (glued) [title, rest] = [glued.title, glued.rest];
				if (entry) used.add(entry);
				// a heading word before the number ("Punkt 3.", "Ärende 3:") is kept with the line as structure
				// so is a number glued to its title ("7.Mötet avslutas"), one word as written
				if (c.prefixed || /^\s*(?:punkt|ärende|paragraf|p\.)\s*\d|^\s*\p{Lu}[\p{L}-]{0,9}\s+§|^\s*#?\d+[.):]\S/iu.test(lines[i]!.text))
					structure.push(lines[i]!);
				if (c.label) labels.add(c.label);
				headings.push({
					index: i,
					number: c.number,
					label: c.label,
					caseNumbers: c.caseNumbers,
					title,
					rest,
					titleLine,
					basis: c.strong ? 'paragraph' : exact || prefix ? 'agenda' : 'numbered',
				});
				last = c.number;
				if (titleLine !== null) i = titleLine;
				continue;
			}
		}
		// a heading the file's format marks (Markdown `##`), without a number: an item of its own
		if (marked.has(lines[i]!.line) && !(c && (last === null || c.number > last))) {
			// "• Talmannens inledning": a heading written as a list bullet
			headings.push({
				index: i,
				number: null,
				label: null,
				caseNumbers: [],
				title: t.replace(/^[•▪●◦\uf0b7]\s+/u, '').replace(/\s+/gu, ' '),
				rest: '',
				titleLine: null,
				basis: 'heading',
			});
			continue;
		}
		// an unnumbered line equal to an agenda title
		const key = agenda.length > 0 && t.length <= longestAgendaTitle + 8 ? norm(t) : null;
		const byTitle =
			key === null ? undefined : agenda.find((e) => !used.has(e) && agendaTitles.get(e) === key && (e.number === null || last === null || e.number > last));
		if (byTitle && blank(lines, i + 1) && blank(lines, i - 1)) {
			used.add(byTitle);
			headings.push({ index: i, number: byTitle.number, label: null, caseNumbers: [], title: t, rest: '', titleLine: null, basis: 'agenda' });
			if (byTitle.number !== null) last = byTitle.number;
			continue;
		}
		// a closing line ("Avslutning") after the last item becomes an unnumbered item of its own
		if (headings.length > 0 && closing.test(t) && blank(lines, i + 1)) {
			headings.push({ index: i, number: null, label: null, caseNumbers: [], title: t, rest: '', titleLine: null, basis: 'closing' });
		}
	}

	// the signature block: after the last heading
	let sigStart = lines.length;
	const from = headings.length > 0 ? headings[headings.length - 1]!.index + 1 : 0;
	for (let i = from; i < lines.length; i++) {
		if (matchSignatureStart(lines[i]!.text) && (i === 0 || blank(lines, i - 1) || headings.some((h) => h.index === i - 1))) {
			sigStart = i;
			break;
		}
	}
	const signatureLines = lines.slice(sigStart).filter((l) => l.text.trim() !== '');
	const signature = signatureLines.length > 0 ? signatureLines.map((l) => l.text.trim()).join('\n') : null;

	// day headings between items set the day of the items after them
	const dayAt = new Map<number, string>();
	const firstHeading = headings[0]?.index ?? sigStart;
	const lastHeading = headings[headings.length - 1]?.index ?? -1;
	const days: number[] = [];
	for (let i = 0; i < sigStart; i++) {
		const t = lines[i]!.text.trim();
		if (t !== '' && i < lastHeading && matchDayHeading(t) && !headings.some((h) => h.index === i)) days.push(i);
	}
	// a day heading is read as the day of the items after it only when an item follows before the next day heading
	days.forEach((i, k) => {
		const next = days[k + 1] ?? sigStart;
		if (headings.some((h) => h.index > i && h.index < next)) dayAt.set(i, lines[i]!.text.trim().replace(/\s*:$/u, ''));
	});

	const items: ParsedItem[] = [];
	let day: string | null = null;
	const bodyOf = (from: number, to: number): SourceLine[] => {
		const out: SourceLine[] = [];
		for (let i = from; i < to; i++) {
			const d = dayAt.get(i);
			if (d !== undefined) {
				day = d;
				continue;
			}
			out.push(lines[i]!);
		}
		return out;
	};
	const preambleLines = bodyOf(0, Math.min(firstHeading, sigStart));
	for (let h = 0; h < headings.length; h++) {
		const heading = headings[h]!;
		if (heading.index >= sigStart) break;
		const itemDay: string | null = day;
		const start = (heading.titleLine ?? heading.index) + 1;
		const end = Math.min(headings[h + 1]?.index ?? sigStart, sigStart);
		const body = bodyOf(start, end);
		const caseNumbers: string[] = [...heading.caseNumbers];
		const participants: ParsedParticipant[] = [];
		const kept: SourceLine[] = [];
		let leading = true;
		for (const l of body) {
			const t = l.text.trim();
			if (t === '') {
				kept.push(l);
				continue;
			}
			// a line of case numbers right after the heading is read into `caseNumbers` (kept as text if it repeats one)
			if (leading && isCaseNumberLine(t) && parseCaseNumbers(t).every((n) => !caseNumbers.includes(n))) {
				caseNumbers.push(...parseCaseNumbers(t));
				continue;
			}
			leading = false;
			const people = parseParticipants(l);
			if (people) {
				participants.push(...people);
				structure.push(l);
				// the text on either side of a participant line is not one wrapped line: keep it apart
				kept.push({ text: '', line: l.line });
				continue;
			}
			kept.push(l);
		}
		const blocks = parseBlocks(kept);
		if (heading.rest !== '') blocks.unshift({ type: 'paragraph', text: heading.rest, line: lines[heading.titleLine ?? heading.index]!.line });
		const collect = (bs: readonly Block[]): void => {
			for (const b of bs) {
				if (b.type === 'list') {
					for (const it of b.items) {
						for (const n of parseCaseNumbers(it.text)) if (!caseNumbers.includes(n)) caseNumbers.push(n);
						collect(it.children);
					}
				} else for (const n of parseCaseNumbers(b.text)) if (!caseNumbers.includes(n)) caseNumbers.push(n);
			}
		};
		collect(blocks);
		items.push({
			number: heading.number,
			label: heading.label,
			title: heading.title,
			day: itemDay,
			caseNumbers,
			participants,
			blocks,
			line: lines[heading.index]!.line,
			basis: heading.basis,
		});
	}
	return { items, preamble: parseBlocks(preambleLines), signature, signatureLines, structure, problems };
}

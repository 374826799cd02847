import { applyStatedRoles } from './parse/apply-stated-roles.ts';
import { assessReading } from './parse/assess-reading.ts';
import { findMeetingDate } from './parse/find-meeting-date.ts';
import { findUnnumberedHeadings } from './parse/find-unnumbered-headings.ts';
import { matchAgendaHeading } from './parse/match-agenda-heading.ts';
import { matchAttendanceHeading } from './parse/match-attendance-heading.ts';
import { matchDayHeading } from './parse/match-day-heading.ts';
import { matchItemHeading } from './parse/match-item-heading.ts';
import { mergeRepeatedNames } from './parse/merge-repeated-names.ts';
import { parseAgenda } from './parse/parse-agenda.ts';
import { parseAttendance } from './parse/parse-attendance.ts';
import { parseBlocks } from './parse/parse-blocks.ts';
import { parseExtract } from './parse/parse-extract.ts';
import { isBareHeaderLabel, parseHeader } from './parse/parse-header.ts';
import { parseItems } from './parse/parse-items.ts';
import { parsePresenceTable } from './parse/parse-presence-table.ts';
import { parseStatedRoles } from './parse/parse-stated-roles.ts';
import { rejoinPageBreaks } from './segment/rejoin-page-breaks.ts';
import { removeFurniture } from './segment/remove-furniture.ts';
import { splitFlattenedLines } from './segment/split-flattened-lines.ts';
import { splitInlineItems } from './segment/split-inline-items.ts';
import { splitLines } from './segment/split-lines.ts';
import { stripPageNumberEnds } from './segment/strip-page-number-ends.ts';
import type { AgendaEntry, Block, LocalProblem, ParsedAttendee, ParsedMinutes, ParseOptions, SourceLine } from './types.ts';

function startsAttendance(text: string): boolean {
	const h = matchAttendanceHeading(text);
	return h !== null;
}

/** A line that names the kind of document on its own: the start of a protokoll's header. */
const documentKind = /^(?:sammanträdesprotokoll|protokoll|protokollsutdrag|utdrag ur protokoll|mötesprotokoll)$/iu;

function startsBody(text: string): boolean {
	const heading = matchItemHeading(text);
	// "91 Organ: Plats och tid: …": a number before a label of the first page (what a transcript left of a range) opens no item
	if (heading && !heading.strong && (/^\p{L}+:$/u.test(heading.title) || isBareHeaderLabel(heading.title))) return matchDayHeading(text);
	return heading !== null || matchDayHeading(text);
}

/**
 * The lines as written (before a flattened page was split into fields, so that its labels stay in their order) up to
 * the first line of the body, and of the line the body starts in only what comes before it.
 */
function firstPage(written: readonly SourceLine[], bodyStart: SourceLine | undefined): SourceLine[] {
	if (!bodyStart) return [...written];
	const before = written.filter((l) => l.line < bodyStart.line);
	const shared = written.find((l) => l.line === bodyStart.line);
	const at = shared ? shared.text.indexOf(bodyStart.text.trim().slice(0, 30)) : -1;
	return at > 0 && shared ? [...before, { ...shared, text: shared.text.slice(0, at) }] : before;
}

/**
 * Parse the decoded text of one minutes file into header, attendance, agenda, items, preamble and signature.
 * Pure: no I/O. Every word of the text ends up in the result, or in `removed` when it is page furniture.
 */
export function parseMinutes(text: string, options: ParseOptions): ParsedMinutes {
	const problems: LocalProblem[] = [];
	const pages = stripPageNumberEnds(splitLines(text));
	const furniture = removeFurniture(splitInlineItems(splitFlattenedLines(pages.lines)));
	furniture.removed.push(...pages.removed);
	furniture.removed.sort((a, b) => a.line - b.line);
	const lines = rejoinPageBreaks(furniture.lines, furniture.breaks);

	// headings the file's format marks (Markdown `##`) open the body once no attendance part is left to read
	const marked = new Set(options.headings ?? []);
	const attendanceAfter = (from: number): boolean => marked.size > 0 && lines.slice(from).some((l) => startsAttendance(l.text));
	// the header zone: everything before the first attendance heading, agenda heading or item heading
	let zoneEnd = lines.length;
	let previous = '';
	const pageTitles: SourceLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.text;
		if (t.trim() === '') continue;
		// "DATUM" / "Tisdagen den 5 februari 2019": the value of a label, not the heading of a day
		const labelValue = isBareHeaderLabel(previous);
		const first = previous === '';
		previous = t;
		// a web page's title that repeats the item heading above the document's own header ("§ 104 Motion …", then
		// "SAMMANTRÄDESPROTOKOLL", the body, the date): part of the header, not the start of the body
		if (first && startsBody(t) && lines.slice(i + 1, i + 8).some((l) => documentKind.test(l.text.trim()))) {
			pageTitles.push(lines[i]!);
			continue;
		}
		if (startsAttendance(t) || matchAgendaHeading(t) || (!labelValue && startsBody(t)) || (marked.has(lines[i]!.line) && !attendanceAfter(i))) {
			zoneEnd = i;
			break;
		}
	}
	const head = parseHeader(
		lines.slice(0, zoneEnd).filter((l) => !pageTitles.includes(l)),
		text,
		options.fileName,
	);
	problems.push(...head.problems);
	const structure: SourceLine[] = [...pageTitles, ...head.structure];
	// preamble lines come from several places: a blank line between lines that were not next to each other keeps them apart
	const indexOf = new Map<SourceLine, number>(lines.map((l, i) => [l, i]));
	const preambleLines: SourceLine[] = [];
	let lastPreamble = -1;
	const pushPreamble = (l: SourceLine): void => {
		const i = indexOf.get(l) ?? -1;
		if (preambleLines.length > 0 && i !== lastPreamble + 1) preambleLines.push({ text: '', line: l.line });
		preambleLines.push(l);
		lastPreamble = i;
	};
	for (const l of head.rest) pushPreamble(l);

	const attendees: ParsedAttendee[] = [];
	let agenda: AgendaEntry[] = [];
	let pos = zoneEnd;
	while (pos < lines.length) {
		const l = lines[pos]!;
		const t = l.text;
		if (t.trim() === '') {
			pushPreamble(l);
			pos++;
			continue;
		}
		if (startsAttendance(t)) {
			const result = parseAttendance(lines, pos, attendees);
			if (result.end > pos && (result.attendees.length > 0 || result.structure.length > 0)) {
				attendees.push(...result.attendees);
				structure.push(...result.structure);
				problems.push(...result.problems);
				pos = result.end;
				continue;
			}
		}
		if (matchAgendaHeading(t) && agenda.length === 0) {
			const result = parseAgenda(lines, pos);
			if (result.entries.length > 0) {
				agenda = result.entries;
				structure.push(l, ...result.structure);
				// entries written with a heading word ("Punkt 1. …") or a year after the number ("§ 63/20 …") keep their line as structure
				for (const e of agenda) {
					const source = lines.find((x) => x.line === e.line);
					if (source && /^\s*(?:[-•*–]\s*)?(?:(?:punkt|ärende|paragraf|p\.)\s*\d|§\s*\d+\/\d)/iu.test(source.text)) structure.push(source);
				}
				pos = result.end;
				continue;
			}
		}
		if (startsBody(t) || (marked.has(l.line) && !attendanceAfter(pos))) break;
		pushPreamble(l);
		pos++;
	}

	// no date in the header zone: a flattened first page runs the date into the attendance part, a notice of posting
	// states it after the body's name ("Organ Kommunstyrelsen 31 oktober 2011"), a heading that looked like an item names it
	if (head.header.date === null) {
		const opening = lines.slice(pos, pos + 4).filter((l) => /^\p{L}*(?:protokoll|anteckningar)(?![\p{L}])/iu.test(l.text.trim()));
		const found = findMeetingDate([...firstPage(pages.lines, lines[pos]), ...opening]);
		if (found) {
			const { mention } = found;
			const day = (d: number): string => `${mention.year}-${String(mention.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
			head.header.date = day(mention.day);
			head.header.endDate = mention.endDay === null ? null : day(mention.endDay);
			head.header.dateSource = 'text';
			if (head.header.startTime === null && found.time) {
				head.header.startTime = found.time.start;
				head.header.endTime = found.time.end;
			}
			problems.splice(0, problems.length, ...problems.filter((problem) => problem.code !== 'date-missing'));
		}
	}

	let body = parseItems(lines.slice(pos), agenda, marked);
	// no numbered items: a body whose headings carry no numbers (a Riksdag committee's, a parliament's plenary)
	// (a register of attendance after the signature may hold "§ 1", "§ 2" alone: no headings with titles)
	if (body.items.every((item) => /^[§\d\s–-]*$/u.test(item.title)) && agenda.length === 0 && marked.size === 0) {
		// a parliament's plenary may open with them right under its heading, before any attendance part
		const unnumbered = findUnnumberedHeadings(lines.filter((l) => !attendees.some((a) => a.line === l.line) && !structure.includes(l)));
		const first = lines.findIndex((l) => l.line === unnumbered[0]);
		if (first >= 0) {
			body = parseItems(lines.slice(first), agenda, new Set(unnumbered));
			const kept = preambleLines.filter((l) => (indexOf.get(l) ?? -1) < first && (l.text.trim() !== '' || preambleLines.indexOf(l) > 0));
			preambleLines.splice(0, preambleLines.length, ...kept);
		}
	}
	structure.push(...body.structure);
	problems.push(...body.problems);
	let preamble: Block[] = [...parseBlocks(preambleLines), ...body.preamble];
	// no item headings: a protokollsutdrag, one item under a heading of its own
	const extract =
		body.items.length === 0 && agenda.length === 0
			? parseExtract([...preambleLines, ...(body.preamble.length > 0 ? lines.slice(pos) : [])], { title: head.header.title, lines: head.structure })
			: null;
	if (extract) {
		body.items.push(...extract.items);
		preamble = extract.preamble;
	}

	for (const item of body.items) {
		if (item.day === null && item.number !== null) item.day = agenda.find((e) => e.number === item.number)?.day ?? null;
	}
	for (const entry of agenda) {
		if (!body.items.some((it) => it.number === entry.number && (entry.number !== null || it.title === entry.title))) {
			problems.push({
				line: entry.line,
				severity: 'warning',
				message: `Agenda item ${entry.number ?? ''} "${entry.title}" has no heading in the minutes body. Check that the item is written as "${entry.number ?? ''}. ${entry.title}" on a line of its own.`,
			});
		}
	}
	// what the text itself says: "Vid protokollet Eva Lind", "Till justerare valdes …", "Anna Berg anmäler förhinder"
	// no attendance before the items: a list that an item opens ("§ 7 Röstlängd … Följande var närvarande vid mötet:")
	if (attendees.length === 0) {
		for (let i = pos; i < lines.length; i++) {
			const heading = matchAttendanceHeading(lines[i]!.text);
			if (heading?.rest !== '' || !/:\s*$/u.test(lines[i]!.text)) continue;
			const result = parseAttendance(lines, i, attendees);
			attendees.push(...result.attendees);
			if (result.attendees.length > 0) break;
		}
	}
	// an attendance register kept as a bilaga ("Närvarande: Se bilaga" … "NÄRVAROFÖRTECKNING")
	attendees.push(...parsePresenceTable(lines));
	const repeated = mergeRepeatedNames(attendees);
	// the words of a listing folded into an earlier one stay with its line
	for (const listing of repeated.merged) {
		// the listing may run on to the lines below it, up to the next person listed
		const next = Math.min(...attendees.map((a) => a.line ?? Infinity).filter((line) => line > (listing.line ?? Infinity)), (listing.line ?? 0) + 3);
		for (const l of lines) if (listing.line !== null && l.line >= listing.line && l.line < next && !structure.includes(l)) structure.push(l);
		// and the heading of its section, whose word only the folded listing held
		const heading = listing.section
			? lines.filter((l) => l.line <= (listing.line ?? 0) && l.text.trim().startsWith(listing.section as string)).at(-1)
			: undefined;
		if (heading && !structure.includes(heading)) structure.push(heading);
	}
	const everyone = applyStatedRoles(repeated.attendees, parseStatedRoles(lines));
	attendees.splice(0, attendees.length, ...everyone);
	if (attendees.length === 0) {
		problems.push({
			line: null,
			severity: 'warning',
			message:
				'No attendance list found. If the minutes list who took part, put a heading such as "Närvarande", "Politiker" or "Deltagare" on a line of its own before the names.',
		});
	}
	if (body.items.length === 0) {
		problems.push({
			line: null,
			severity: 'warning',
			message: 'No items found; all text is kept as one block. Number the item headings ("1. Title" or "§ 1 Title"), each on a line of its own.',
		});
	}
	const reading = assessReading(attendees, body.items);
	if (reading.attendance.level === 'unsure') {
		const shown = reading.attendance.suspect
			.slice(0, 3)
			.map((name) => `"${name}"`)
			.join(', ');
		problems.push({
			line: null,
			severity: 'warning',
			code: 'attendance-unsure',
			message: `Attendance unsure: ${reading.attendance.suspect.length} of ${attendees.length} names read from the list do not look like a person's name (${shown}), so nobody in this list gets a person page. Put each person on a line of their own as "Name (Party), role" under a heading such as "Beslutande", "Närvarande" or "Övriga deltagande".`,
		});
	}
	if (reading.items.level === 'unsure') {
		problems.push({
			line: null,
			severity: 'warning',
			code: 'items-unsure',
			message:
				'Items unsure: the items were read from numbered lines alone, with no "§" and no agenda to confirm them, and their numbers skip, so some may be misread. Write item headings as "§ 12 Title", or list the agenda under "Dagordning".',
		});
	}
	structure.sort((a, b) => a.line - b.line);
	return {
		header: head.header,
		attendees,
		agenda,
		preamble,
		items: body.items,
		signature: body.signature,
		removed: furniture.removed,
		structure,
		reading,
		problems,
	};
}

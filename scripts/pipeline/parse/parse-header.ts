import type { LocalProblem, ParsedHeader, SourceLine } from '../types.ts';
import { dateFromFileName } from './date-from-file-name.ts';
import { inferYear } from './infer-year.ts';
import { type DateMention, parseDates } from './parse-dates.ts';
import { parseTimes } from './parse-times.ts';

/** The header as parsed, the lines it was read from, and the lines of the header zone that are not header. */
export interface HeaderResult {
	header: ParsedHeader;
	/** Lines read as header (title, labels and their values), as written. */
	structure: SourceLine[];
	/** Lines of the header zone that are not header (they go to the preamble). */
	rest: SourceLine[];
	problems: LocalProblem[];
}

type LabelKind = 'placeTime' | 'place' | 'time' | 'date';

const labels: Array<[RegExp, LabelKind, boolean]> = [
	[
		/^((?:plats och tid|tid och plats|plats,? datum och tid)(?: för sammanträdet| för mötet)?|tid och rum|plats och datum|datum och tid|datum, tid och plats|datum och plats)/iu,
		'placeTime',
		true,
	],
	[/^(sammanträdesdatum|mötesdatum|datum)/iu, 'date', false],
	[/^(sammanträdestid|mötestid|tid|klockan)/iu, 'time', false],
	[/^(sammanträdesplats|mötesplats|plats|lokal)/iu, 'place', false],
];

/** A letterhead in capitals that names only the organisation (and the kind of document), never the body that met. */
const letterheadLine =
	/^(?:RIKSDAGEN|(?:REGION|LANDSTINGET)\s+[\p{Lu}\s-]+|[\p{Lu}-]+(?:\s+[\p{Lu}-]+)?\s+(?:KOMMUN|KOMMUNS|LANDSTING|STAD|STADS))(?:\s+(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|PROTOKOLLSUTDRAG))?$/u;

const docType = /^(justerat protokoll|\p{L}*protokoll|protokollsutdrag|\p{L}*anteckningar|\p{L}*anteckning)(?![\p{L}])/iu;

/** Whether a line is a header label whose value is on the next line ("DATUM", "Plats och tid"). */
export function isBareHeaderLabel(text: string): boolean {
	return matchLabel(text)?.value === '';
}

function matchLabel(text: string): { kind: LabelKind; value: string } | null {
	const t = text.trim();
	for (const [re, kind, multiword] of labels) {
		const m = re.exec(t);
		if (!m) continue;
		const after = t.slice(m[0].length);
		if (after === '' || /^\s*:?\s*$/u.test(after)) return { kind, value: '' };
		const sep = /^(\s*:\s*|\t+\s*|\s+)/u.exec(after);
		if (!sep) continue;
		const value = after.slice(sep[0].length);
		// a one-word label followed only by a space must be followed by a number ("Datum 2019-03-12", "Klockan 9.00")
		if (!multiword && !/[:\t]/u.test(sep[0]) && !/^\d/u.test(value)) continue;
		return { kind, value };
	}
	return null;
}

function stripMentions(text: string): string {
	let out = text;
	const spans = [...parseDates(text), ...parseTimes(text)].sort((a, b) => b.index - a.index);
	for (const s of spans) out = `${out.slice(0, s.index)} ${out.slice(s.index + s.length)}`;
	return out;
}

function isDateOrTimeOnly(text: string): boolean {
	if (parseDates(text).length === 0 && parseTimes(text).length === 0) return false;
	return /^[\s,.–\-:]*(?:(?:den|kl\.?|klockan|till|och)[\s,.–\-:]*)*$/iu.test(stripMentions(text));
}

/** The place in a "Plats och tid" value: the text before the first date or time, else after the last. */
function placeOf(value: string): string | null {
	const spans = [...parseDates(value), ...parseTimes(value)].sort((a, b) => a.index - b.index);
	const clean = (s: string): string | null => {
		// "Kommunhuset, kl" (a transcript lost the time): the dangling "kl", "den" or weekday is no part of the place
		const t = s
			// a label of the next field glued to the place ("… Hotell & Konferens Omfattning 1-13", "…, kl ande Enligt förteckning")
			.replace(/\s+(?:Omfattning|Beslutande|Deltagande|Närvarande|Enligt\s+förteckning)(?![\p{L}]).*$/u, '')
			// the agenda that follows on a kallelse ("… kommunkansli, Åva 1. LAGLIGHET OCH BESLUTFÖRHET. 2. …")
			.replace(/\s+1\.\s+\p{Lu}.*$/u, '')
			// what a transcript left of a time whose digits it lost: "kl ,", ":15", "ajournering", the end of "Beslutande"
			.replace(/,?\s*ajournering(?![\p{L}]).*$/iu, '')
			.replace(/(^|[\s,])(?:kl\.?|klockan)\s*(?=,|$|\s+\p{Lu}|\s+ande(?![\p{L}]))/gu, '$1')
			.replace(/(^|\s)(?:ande|:\d{2})(?=\s|$)/gu, '$1')
			.replace(/[\s,]+(?:kl\.?|klockan|den|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\s*$/iu, '')
			.replace(/^(?:kl\.?|klockan)\s+(?=\p{Lu})/iu, '')
			.replace(/^[\s,;–\-:.]+|[\s,;–\-:.]+$/gu, '')
			.replace(/\s+/gu, ' ');
		return t === '' ? null : t;
	};
	if (spans.length === 0) return clean(value);
	const before = clean(
		value
			.slice(0, spans[0]!.index)
			.replace(/\s*(?:den|kl\.?|klockan)\s*$/iu, '')
			.replace(/[\s,]*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)?[\s,]*$/iu, ''),
	);
	if (before) return before;
	const last = spans[spans.length - 1]!;
	return clean(value.slice(last.index + last.length));
}

function iso(y: number, m: number, d: number): string {
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Read the header zone: body name, title, document type, date, end date, start and end time, place. */
export function parseHeader(lines: readonly SourceLine[], fullText: string, fileName: string): HeaderResult {
	const header: ParsedHeader = {
		bodyName: null,
		title: null,
		documentType: null,
		date: null,
		endDate: null,
		startTime: null,
		endTime: null,
		location: null,
		dateSource: null,
	};
	const structure: SourceLine[] = [];
	const rest: SourceLine[] = [];
	const problems: LocalProblem[] = [];
	const sidecar = `${fileName.replace(/^.*[/\\]/u, '').replace(/\.[^.]+$/u, '')}.yml`;
	/** Strings that may hold the date and time, with their line, in order. */
	const dateSources: Array<{ text: string; line: number; labelled?: boolean }> = [];
	let titleCandidates = 0;
	/** The organisation's letterhead ("LULEÅ KOMMUN"), the title only where nothing else names the body. */
	let letterhead: string | null = null;

	let comment = false;
	const inComment = new Set<SourceLine>();
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i]!;
		const t = l.text.trim();
		// an HTML comment in Markdown minutes (front matter of a blog engine) is not shown: no title or date in it
		if (t.startsWith('<!--')) comment = true;
		if (t === '' || comment || !/\p{L}\p{L}|\d/u.test(t)) {
			if (comment) inComment.add(l);
			if (comment && t.includes('-->')) comment = false;
			rest.push(l);
			continue;
		}
		const label = matchLabel(t);
		if (label) {
			structure.push(l);
			let value = label.value;
			let j = i + 1;
			if (value === '') {
				// the value is the next paragraph
				while (j < lines.length && lines[j]!.text.trim() === '') j++;
				while (j < lines.length && lines[j]!.text.trim() !== '' && !matchLabel(lines[j]!.text)) {
					value = value === '' ? lines[j]!.text.trim() : `${value} ${lines[j]!.text.trim()}`;
					structure.push(lines[j]!);
					j++;
					if (!/,$/u.test(value) && !(j < lines.length && /^\p{Ll}/u.test(lines[j]!.text.trim()))) break;
				}
			} else {
				// a value that ends with a comma, or a next line in lower case, continues on the next line
				while (
					j < lines.length &&
					lines[j]!.text.trim() !== '' &&
					!matchLabel(lines[j]!.text) &&
					(/,$/u.test(value.trim()) || /^\p{Ll}/u.test(lines[j]!.text.trim()))
				) {
					value = `${value.trim()} ${lines[j]!.text.trim()}`;
					structure.push(lines[j]!);
					j++;
				}
			}
			i = j - 1;
			// a flattened page puts the values of "Tid" and "Plats" after both labels: the place may start with the time
			if (label.kind === 'place' || label.kind === 'placeTime') header.location ??= placeOf(value);
			dateSources.push({ text: value, line: l.line, labelled: true });
			// "Sammanträdesdatum 2019-03-25 Kommunfullmäktige": the body's name beside the date
			if (label.kind === 'date' && header.title === null) {
				const beside = stripMentions(value).replace(/\s+/gu, ' ').trim();
				if (/^\p{Lu}[\p{L}-]+(?:\s+(?:och|för|i|\p{Lu}[\p{L}-]*|\p{Ll}+[\p{L}-]*)){0,5}$/u.test(beside) && !docType.test(beside)) {
					header.title = beside;
					header.bodyName = beside;
				}
			}
			continue;
		}
		const dt = docType.exec(t);
		if (dt && header.documentType === null) {
			header.documentType = dt[1]!;
			structure.push(l);
			const body = t
				.slice(dt[0].length)
				.replace(/^[\s:–\-,]+/u, '')
				.replace(/^(?:från|fört vid|förda vid|vid|för)\s+/iu, '');
			const bodyName = stripMentions(body)
				.replace(/\s+/gu, ' ')
				.replace(/^[\s,–\-:]+|[\s,–\-:]+$/gu, '');
			if (bodyName !== '' && header.title === null) {
				header.title = t.replace(/\s+/gu, ' ');
				header.bodyName = bodyName;
			}
			if (!otherOccasion.test(t)) dateSources.push({ text: t, line: l.line });
			continue;
		}
		if (isDateOrTimeOnly(t)) {
			structure.push(l);
			if (!otherOccasion.test(t)) dateSources.push({ text: t, line: l.line });
			continue;
		}
		const words = t.split(/\s+/u).length;
		// "LULEÅ KOMMUN", "RIKSDAGEN", "NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL": the organisation's letterhead above the body's name
		if (header.title === null && letterheadLine.test(t)) {
			structure.push(l);
			letterhead ??= t.replace(/\s+/gu, ' ');
			continue;
		}
		// "Utskrivet från: http://…", a web address: what printed the page, never the meeting's title
		if (header.title === null && titleCandidates === 0 && words <= 12 && !/[.!?]$/u.test(t) && !/\bhttps?:\/\/|\bwww\./iu.test(t)) {
			titleCandidates++;
			structure.push(l);
			// cells separated by tabs can hold the document type or the date ("Kommunstyrelsen<TAB>PROTOKOLL<TAB>2019-03-12")
			const cells = t.split(/\t+/u).map((c) => c.trim());
			header.title = cells
				.filter((c, k) => k === 0 || !docType.test(c))
				.join(' ')
				.replace(/\s+/gu, ' ');
			for (const c of cells.slice(1)) {
				const d = docType.exec(c);
				if (d && header.documentType === null) header.documentType = d[1]!;
			}
			const body = stripMentions(cells.filter((c, k) => k === 0 || !docType.test(c)).join(' '))
				.replace(/\s+/gu, ' ')
				.replace(/^[\s,–\-:]+|[\s,–\-:]+$/gu, '');
			header.bodyName = body === '' ? null : body;
			if (!otherOccasion.test(t)) dateSources.push({ text: t, line: l.line });
			continue;
		}
		rest.push(l);
	}
	// only a letterhead names anybody: better than no title
	header.title ??= letterhead;

	// no labelled or heading date: a line of the header zone that states one ("Sektionsmöte den 8 oktober 2014",
	// "2017-09-21 klockan 19:30 i Q24."), but never one that speaks of another meeting or of the signing
	if (!dateSources.some((source) => parseDates(source.text).length > 0)) {
		const stated = rest.find((l) => parseDates(l.text).length > 0 && !otherOccasion.test(l.text) && !inComment.has(l));
		if (stated) dateSources.push({ text: stated.text, line: stated.line });
	}
	// date and time
	let first: { m: DateMention; source: { text: string; line: number } } | null = null;
	let second: DateMention | null = null;
	// a date a label gives ("Tid: 8 maj 2011") is the meeting's even where a heading above it says otherwise
	for (const s of [...dateSources.filter((source) => source.labelled), ...dateSources.filter((source) => !source.labelled)]) {
		for (const m of parseDates(s.text)) {
			if (!first) first = { m, source: s };
			else if (!second && s === first.source) second = m;
		}
	}
	// no labelled time: a header line that says when the meeting began ("… klockan 19:30 på …"), never another occasion's
	const timeSources = dateSources.some((source) => parseTimes(source.text).length > 0)
		? dateSources
		: [
				...dateSources,
				...rest
					// (a paragraph of text, "Hon lämnade sammanträdet … kl. 18.48.", tells of something during the meeting)
					.filter((l) => /\b(?:kl\.?|klockan)\s*\d/iu.test(l.text) && !otherOccasion.test(l.text) && !inComment.has(l) && !/\p{Ll}[.!?]\s+\p{Lu}/u.test(l.text))
					.map((l) => ({ text: l.text, line: l.line })),
			];
	for (const s of timeSources) {
		const times = parseTimes(s.text);
		if (times.length === 0) continue;
		header.startTime = times[0]!.start;
		// "kl. 10.00–12.00, 13.00–16.15", "09.03–10.16 och 10.20–10.34": a meeting held in parts ends when the last part
		// ends; a break inside it ("ajournering 14.00–14.15") ends earlier and changes nothing
		const ends = times.flatMap((time) => (time.end !== null && time.start >= times[0]!.start ? [time.end] : [])).sort();
		header.endTime = ends.at(-1) ?? times[1]?.start ?? null;
		break;
	}
	const fromFile = dateFromFileName(fileName);
	if (first) {
		const { m, source } = first;
		const written = source.text.slice(m.index, m.index + m.length).trim();
		let year = m.year;
		if (year === null && second?.year != null) year = second.year;
		if (year !== null) {
			header.date = iso(year, m.month, m.day);
			header.dateSource = 'text';
		} else if (m.weekday !== null) {
			const inferred = inferYear(m.month, m.day, m.weekday, fullText);
			const fileMatches = fromFile !== null && fromFile.length === 10 && Number(fromFile.slice(5, 7)) === m.month && Number(fromFile.slice(8)) === m.day;
			if (fileMatches) {
				// The file name gives the full date and agrees with the text's day and month.
				year = Number(fromFile.slice(0, 4));
				header.date = fromFile;
				header.dateSource = 'filename';
			} else if (inferred.year !== null) {
				year = inferred.year;
				header.date = iso(year, m.month, m.day);
				header.dateSource = 'inferred';
				if (fromFile !== header.date)
					problems.push({
						line: source.line,
						severity: 'warning',
						code: 'year-inferred',
						message: `Year inferred: "${written}" has no year; of the years the text mentions, only ${year} fits the weekday, so the date is ${header.date}. Add \`date: ${header.date}\` to the sidecar file ${sidecar} to confirm it.`,
					});
			} else if (fromFile && fromFile.length === 10 && Number(fromFile.slice(5, 7)) === m.month && Number(fromFile.slice(8)) === m.day) {
				year = Number(fromFile.slice(0, 4));
				header.date = fromFile;
				header.dateSource = 'filename';
			} else {
				problems.push({
					line: source.line,
					severity: 'warning',
					code: 'date-missing',
					message: `Date missing: "${written}" has no year${inferred.candidates.length > 1 ? ` and the weekday fits several years (${inferred.candidates.join(', ')})` : ''}. Add \`date: YYYY-MM-DD\` to the sidecar file ${sidecar}.`,
				});
			}
		}
		if (year !== null && header.date !== null) {
			if (m.endDay !== null) header.endDate = iso(year, m.month, m.endDay);
			else if (second && (second.year ?? year) === year) {
				const end = iso(year, second.month, second.day);
				if (end > header.date) header.endDate = end;
			}
		}
	}
	// "STYRELSEMÖTESPROTOKOLL 950912", "Protokoll fört vid Skypemöte 18 05 02": a six-digit date beside the document type in the heading
	if (header.date === null && !first) {
		const heading = lines.find((l) => /\p{L}*(?:protokoll|anteckningar)(?![\p{L}])/iu.test(l.text));
		const compact = heading ? /(?<!\d)(?<!\d )(\d{2}) ?(\d{2}) ?(\d{2})(?!\d)(?! \d)/u.exec(heading.text) : null;
		if (compact) {
			const [yy, mm, dd] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
			const year = yy <= 40 ? 2000 + yy : 1900 + yy;
			const candidate = iso(year, mm, dd);
			const parsed = new Date(`${candidate}T00:00:00Z`);
			if (mm >= 1 && mm <= 12 && parsed.getUTCDate() === dd && parsed.getUTCMonth() === mm - 1) {
				header.date = candidate;
				header.dateSource = 'text';
			}
		}
	}
	if (header.date === null && fromFile && !first) {
		header.date = fromFile;
		header.dateSource = 'filename';
	}
	if (header.date === null && !problems.some((p) => p.message.startsWith('Date missing'))) {
		problems.push({
			line: null,
			severity: 'warning',
			code: 'date-missing',
			message: `Date missing: the minutes give no date and the file name has none. Add \`date: YYYY-MM-DD\` to the sidecar file ${sidecar}.`,
		});
	}
	header.title = withoutPageNumber(header.title);
	header.bodyName = withoutPageNumber(header.bodyName);
	// no place label: the place the heading names after the date ("… styrgrupp den 4 februari 2015 i Fotbollförbundets Lokaler i Solna")
	if (header.location === null && first) {
		const after = first.source.text.slice(first.m.index + first.m.length);
		const place = /^[,\s]+(?:(?:kl\.?|klockan)\s*[\d.:–-]+\s+)?(?:i|på)\s+(\p{Lu}[^.;]{1,80}?)[.:]?\s*$/u.exec(after);
		if (place) header.location = place[1]!.trim();
	}
	// no heading names the body, or only the kind of document does: the notice of posting names it ("ANSLAG/BEVIS … Organ Kommunstyrelsen …")
	if (header.title === null || (header.documentType !== null && header.title.toLowerCase() === header.documentType.toLowerCase())) {
		const organ = noticeOrgan.exec(fullText);
		if (organ) header.title = header.bodyName = organ[1]!.trim();
	}
	return { header, structure, rest, problems };
}

/** Words of a line whose date is not the meeting's: the next meeting, the signing, the posting, a deadline. */
const otherOccasion = /\b(?:nästa|kommande|följande|föregående|senaste)\s+(?:möte|sammanträde)|\bjuster(?:as|at|ing|ades)|\banslag|\bsenast\b|\bsista\s+dag/iu;

/** The body named by the "Organ" field of a protokoll's notice of posting, up to the next field of the notice. */
const noticeOrgan =
	/(?<![\p{L}])Organ:?\s+(\p{Lu}[\p{L}-]*(?:\s+(?:och|för|i|\p{L}[\p{L}-]*)){0,6}?)(?=\s+(?:Sammanträdesdatum|Datum|Förvaringsplats|Anslag|Underskrift|Paragrafer|Protokollet|Justering)|\s*$)/mu;

/** A title without the page number a page header put beside it ("Sammanträdesprotokoll 1 (35)", "Sida 1 av 3"). */
function withoutPageNumber(title: string | null): string | null {
	if (title === null) return null;
	const t = title
		.replace(/(?:^|\s)(?:sida|sid\.?|s\.|page)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3}))?(?=\s|$)/giu, ' ')
		.replace(/(?:^|\s)\d{1,3}\s*[([]\s*\d{1,3}\s*[)\]](?=\s|$)/gu, ' ')
		.replace(/^\s*[([]\d{1,3}[)\]]\s*$/u, '')
		.replace(/\s+/gu, ' ')
		.trim();
	return t === '' ? null : t;
}

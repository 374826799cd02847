import { isNameLike } from '../parse/is-name-like.ts';
import { isPersonName } from '../parse/is-person-name.ts';
import { opensWithPerson } from '../parse/opens-with-person.ts';
import { signatureWords } from '../parse/signature-words.ts';
import type { SourceLine } from '../types.ts';
import { inlineItemStarts } from './split-inline-items.ts';

/**
 * The labels of the formal protokoll template (the first page's two-column table and the signature block), longest
 * first so that `Justeringens plats och tid` wins over `Justering`. Each must stand with a capital letter.
 */
const labels = [
	'Förteckning över övriga deltagande',
	'Förteckning över övriga närvarande',
	'Förteckning över beslutande',
	'Förteckning över närvarande',
	'Justeringens plats och tid',
	'Plats och tid för justering',
	'Plats, datum och tid för mötet',
	'Plats datum och tid för mötet',
	'Plats, datum och tid',
	'Plats datum och tid',
	'Tid och plats för sammanträdet',
	'Plats och tid för sammanträdet',
	'Tid och plats',
	'Plats och tid',
	'Plats och datum',
	'Sammanträdesdatum',
	'Sammanträdesplats',
	'Sammanträdestid',
	'Mötesplats',
	'Övriga beslutande ledamöter',
	'Övriga beslutande',
	'Övriga ledamöter',
	'Beslutande ledamöter',
	'Beslutande',
	'Närvarande ledamöter',
	'Närvarande ersättare',
	'Närvarande, ej tjänstgörande ersättare',
	'Närvarande ej tjänstgörande ersättare',
	'Ej tjänstgörande ersättare',
	'Icke tjänstgörande ersättare',
	'Inte tjänstgörande ersättare',
	'Ej beslutande',
	'Ersättare inte tjänstgörande',
	'Ersättare ej tjänstgörande',
	'Tjänstgörande ersättare',
	'Personliga ersättare',
	'Personlig ersättare',
	'Ej tjänstgörande',
	'Ledamöter',
	'Ersättare',
	'Övriga närvarande',
	'Övriga deltagande',
	'Övriga deltagare',
	'Övriga förtroendevalda',
	'Tjänstemän',
	'Tjänstepersoner',
	'Politiker',
	'Närvarorätt',
	'Insynsplatser',
	'Insynsplats',
	'Anmält förhinder',
	'Meddelat förhinder',
	'NÄRVARANDE',
	'BESLUTANDE',
	'FRÅNVARANDE',
	'ERSÄTTARE',
	'LEDAMÖTER',
	'ÖVRIGA NÄRVARANDE',
	'Inte närvarande',
	'Ej närvarande',
	'Adjungerade',
	'Suppleanter',
	'Sekretariatet',
	'Utses att justera',
	'Justerares signatur',
	'Justerare signatur',
	'Justerare',
	'Justering',
	'Underskrifter',
	'Underskrift',
	'Sekreterare',
	'Ordförande',
	'Justerande',
	'Protokollet innehåller paragraferna',
	'Paragrafer',
	'Utdragsbestyrkande',
	'Justerandes signatur',
	'Justerares signatur',
	'Justerare signatur',
	'ANSLAG/BEVIS',
	'Anslag/Bevis',
	'Anslag/bevis',
	'ANSLAGSBEVIS',
	'Anslagsbevis',
	'BEVIS OM ANSLAG',
	'BEVIS',
	'Innehållsförteckning',
	'INNEHÅLLSFÖRTECKNING',
];
/** Labels that are ordinary words too: only a label when a capitalised word or a number follows. */
const shortLabels = [
	'Upprop',
	'Plats',
	'Tid',
	'Datum',
	'Lokal',
	'Närvarande',
	'Frånvarande',
	'Förhinder',
	'Deltagande',
	'Övriga',
	'Inbjudna',
	'Inbjuden',
	'Gäster',
	'Kansliet',
	'Föredragande',
	'Ordföranden',
	'Ordinarie',
	// what a transcript that drops every word with a digit in it leaves of "kl 13.00-16.00Beslutande": "kl ande Ledamöter …"
	'ande',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Each label as written and in capitals ("BESLUTANDE", "JUSTERINGENS PLATS OCH TID": many templates set them so), longest first. */
const withCapitals = (list: readonly string[]): string[] =>
	[...new Set(list.flatMap((label) => [label, label.toLocaleUpperCase('sv')]))].sort((a, b) => b.length - a.length);
/** Labels that never describe one person, so a comma before them ("… Magnus Carlberg (S) 8-13, Ej tjänstgörande ersättare …") does not make them part of an entry. */
const sectionLabels = [
	'Ej tjänstgörande ersättare',
	'Inte tjänstgörande ersättare',
	'Icke tjänstgörande ersättare',
	'Övriga närvarande',
	'Övriga deltagande',
	'Övriga deltagare',
	'Utses att justera',
	'Justeringens plats och tid',
	'Beslutande ledamöter',
	'Närvarande ersättare',
	'Närvarande ledamöter',
	'Närvarande tjänstemän',
];
const labelPattern = new RegExp(
	`(?<![\\p{L}\\d-])(?:${withCapitals(sectionLabels).map(escapeRegExp).join('|')})(?![\\p{L}\\d])|` +
		// "Kommunernas ledamöter", "Regionens ersättare": a body's name in the genitive before a section word
		`(?<![\\p{L}\\d-]|[,(]\\s{0,2})\\p{Lu}\\p{Ll}+(?:ens|ets|nas|ns)\\s+(?:ledamöter|ersättare|tjänstepersoner|tjänstemän)(?![\\p{L}])|` +
		`(?<![\\p{L}\\d-]|[,(]\\s{0,2})(?:${withCapitals(labels).map(escapeRegExp).join('|')})(?![\\p{L}\\d]|\\.+\\p{L})|(?<![\\p{L}\\d-]|[,(]\\s{0,2})(?:${shortLabels.join('|')})(?=:?\\s+(?:\\p{Lu}|\\d))`,
	'gu',
);
/** {@link labelPattern} at the start of a text. */
const labelAtStart = new RegExp(`^(?:${labelPattern.source})`, 'u');
/** {@link labelPattern} for a single test (without its global flag's state). */
const labelWithin = new RegExp(labelPattern.source, 'u');
/** Labels that open the attendance part: a line without one of these is not a flattened protokoll header. */
const attendanceLabel = new RegExp(
	`(?<![\\p{L}])(?:${withCapitals(['Beslutande', 'Övriga beslutande', 'Förteckning över', 'Upprop', 'Ledamöter', 'Närvarande', 'Utses att justera', 'Tjänstgörande ersättare', 'Övriga deltagande', 'Övriga deltagare', 'Övriga närvarande', 'Deltagare', 'Deltagande', 'Ej tjänstgörande ersättare', 'Ersättare', 'ande', 'Ordinarie', 'Personlig ersättare', 'Personliga ersättare']).join('|')})(?![\\p{L}])`,
	'u',
);
/** A short line of fields, one of them the attendance: each written with a colon ("Plats: Café Skogen. Deltagande: Lars Berg, …"), or the labels of the template in a row. */
function colonFields(text: string): boolean {
	// (every short line of every file comes here: first what is cheap to rule out, a line with no attendance label, or
	// with fewer than two colons and no label at its start)
	if (!attendanceLabel.test(text) || (!/:.*:/su.test(text) && !labelAtStart.test(text))) return false;
	const found = [...text.matchAll(labelPattern)];
	const colons = found.filter((m) => text[m.index + m[0].length] === ':');
	if (colons.length >= 2 && colons.some((m) => attendanceLabel.test(m[0]))) return true;
	// "Beslutande Se förteckning Övriga deltagande Arne Hedebark, förvaltningschef": the template's labels in a row, no sentence
	return found.length >= 2 && found[0]!.index === 0 && found.slice(1).some((m) => attendanceLabel.test(m[0])) && !/\p{Ll}[.!?]\s/u.test(text);
}

/** The signature block's labels, each before a capitalised name ("Ordförande Hans Karlsson (S) Justerare Ulf Ström (S) …"). */
const signatureLabel = /(?<![\p{L},(]\s?)(Ordförande|Sekreterare|Justerare|Justerande|Utses att justera)\s+(?=\p{Lu}\p{Ll})/gu;
/** Whether a line holds the signature block of a page that goes on from the first: three different labels, each with its name. */
function holdsSignatures(text: string): boolean {
	return new Set([...text.matchAll(signatureLabel)].map((m) => m[1]!.replace('Justerande', 'Justerare'))).size >= 3;
}
/** After this the rest of the page is the notice of posting, not the header. */
const noticeLabel = /^(?:ANSLAG\/BEVIS|BEVIS OM ANSLAG|BEVIS|ANSLAGSBEVIS)$/iu;
/** The label of those present who are not in an attendance register's table. */
const othersLabel = /(?<![\p{L}])(?:Övriga närvarande|Övriga deltagande|Övriga deltagare|Tjänstemän|Tjänstepersoner)(?![\p{L}])/u;
/** An attendance register's heading, not a referral to one ("Enligt särskild närvarolista"). */
const register =
	/(?<!(?:enligt|se)\s+(?:särskild\s+|bifogad\s+|bilagd\s+)?)(?:närvarolista|närvaroförteckning|omröstningsprotokoll|närvaro-\s*och\s*(?:omröstnings|voterings)lista)/iu;
/** A line this long that holds labels was flattened: a web page or a text extraction put a whole page on one line. */
const flattenedLength = 160;

/** A person's name and then a parenthesis or a comma at the start of a text ("Andréas Eriksson (Enhetschef) 119 …"). */
const nameFirst = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:\([^()]{1,40}\)|,)/u;
/** Whether a text opens with a person, with a party, a title or an organisation after the name: a list of people. */
function opensWithPeople(text: string): boolean {
	const match = nameFirst.exec(text.trim());
	return (opensWithPerson(text) || (match !== null && isPersonName(match[1]!))) && !signatureWords.test(text);
}

/**
 * Splits a line that holds the whole first page of a protokoll (label, value, label, value … as a web page or a PDF
 * transcript flattened them: "Plats och tid Kommunhuset, kl 13.00 Beslutande Anna Ek (S) … Utses att justera …") into
 * one line per label, `Label<TAB>value`, each with the number of the line it came from. A role word inside an entry
 * ("Anna Ek, Ordförande", "(ordförande)") is not a label: it follows a comma or a parenthesis, or is in lower case.
 * Lines that hold no attendance label, and every line of a text whose lines are not flattened, stay as they are.
 */
export function splitFlattenedLines(lines: readonly SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	const pages = transcriptPages(lines);
	const header = runningHeader([...pages].map(pageText));
	/** The last label of a list of people on the pages so far: a page that opens with people goes on with that list. */
	let lastPeopleLabel: string | null = null;
	/** "Övriga närvarande<TAB>Andréas Eriksson …": people at the top of a page, under the list they continue. */
	const continued = (text: string): string => (lastPeopleLabel !== null && opensWithPeople(text) ? `${lastPeopleLabel}\t${text}` : text);
	for (const original of lines) {
		let line = original;
		if (pages.has(original)) {
			// the page number a transcript puts before each page's text is a line of its own (furniture)
			const number = pageNumberOf(original.text);
			out.push({ text: number.trim(), line: original.line });
			line = { text: original.text.slice(number.length), line: original.line };
			// so is the body's name it repeats at the top of every page after the first ("2 Kommunfullmäktige Tamas Lakatos (M) …")
			if (header !== null && !/^1\s/u.test(original.text) && line.text.startsWith(`${header} `)) {
				out.push({ text: header, line: original.line, runningHeader: true });
				line = { text: line.text.slice(header.length).trimStart(), line: original.line };
			}
		}
		// an attendance register flattened into one line is read as a whole (parse-presence-table.ts)
		// a page that opens with people ("Tamas Lakatos (M) Björn Hult (M) …") goes on with the list of the page before
		const peopleGoOn = pages.has(original) && opensWithPerson(line.text);
		const othersGoOn = pages.has(original) && /^(?:\d+(?:\s*\(\d+\))?\s+)?Övriga\s+\p{Lu}\p{Ll}/u.test(line.text);
		// "Närvarolista Namn Parti … Hans-Inge Smetana KD - Övriga närvarande Mona-Lisa Fjellström, nämndsekreterare, …":
		// the others present after the register's table are a list of their own
		const othersAfter = register.test(line.text) ? othersLabel.exec(line.text) : null;
		if (othersAfter && othersAfter.index > 0) {
			out.push({ text: line.text.slice(0, othersAfter.index).trimEnd(), line: line.line });
			out.push({ text: `${othersAfter[0]}\t${line.text.slice(othersAfter.index + othersAfter[0].length).trim()}`, line: line.line });
			continue;
		}
		if (
			(line.text.length < flattenedLength && !colonFields(line.text)) ||
			!(attendanceLabel.test(line.text) || peopleGoOn || othersGoOn || holdsSignatures(line.text)) ||
			register.test(line.text)
		) {
			out.push(pages.has(original) ? { ...line, text: continued(line.text) } : line);
			continue;
		}
		// the header ends where the page's items begin ("… Närvarande: … 1:Mötet öppnas …"): no labels in the items
		const itemsAt = inlineItemStarts(line.text)[0] ?? line.text.length;
		const found = [...line.text.slice(0, itemsAt).matchAll(labelPattern)];
		// one label is enough when a run of items follows it, or when a page opens with it ("2 Övriga deltagare Lena …"):
		// the line is a flattened page, not prose
		// (after the page's number, where the page prints it twice: "2 Förteckning över övriga deltagande: …")
		// (or after a bilaga's heading: "(40) Bilaga 1. Kommunfullmäktiges protokoll Beslutande Olov Säfström …")
		const before = found[0] === undefined ? '' : line.text.slice(0, found[0].index);
		const afterLabel =
			found[0] === undefined
				? ''
				: line.text
						.slice(found[0].index + found[0][0].length)
						.replace(/^\s*:/u, '')
						.trim();
		const namesFollow = isNameLike(
			afterLabel
				.split(/[\s,]+/u)
				.slice(0, 2)
				.join(' '),
		);
		const opensPage =
			pages.has(original) &&
			found[0] !== undefined &&
			// "2 (35) Övriga Seppo Timonen, ersättare, …": the others present go on from the page before
			(attendanceLabel.test(found[0][0]) || (found[0][0] === 'Övriga' && namesFollow)) &&
			(/^(?:\d+(?:\s*\(\d+\))?\s+)?$/u.test(before) || (/^(?:\d+\s*)?(?:\(\d+\)\s*)?Bilaga\b/u.test(before) && before.length < 80 && namesFollow));
		// "Protokoll från samordningsgruppens möte den 1 april 2004 i Västerås Närvarande: Anna-Lena Sörenson, …": an
		// attendance label with its colon and people after it, after the heading
		const listAfterHeading =
			found[0] !== undefined && attendanceLabel.test(found[0][0]) && /^\s*:/u.test(line.text.slice(found[0].index + found[0][0].length)) && namesFollow;
		if (found.length < (itemsAt < line.text.length || opensPage || listAfterHeading ? 1 : 2)) {
			out.push(pages.has(original) ? { ...line, text: continued(line.text) } : line);
			continue;
		}
		let notice = false;
		const pieces: string[] = [];
		const first = found[0]!.index;
		if (line.text.slice(0, first).trim() !== '')
			pieces.push(pages.has(original) ? continued(line.text.slice(0, first).trim()) : line.text.slice(0, first).trim());
		for (let k = 0; k < found.length; k++) {
			const match = found[k]!;
			const end = found[k + 1]?.index ?? itemsAt;
			const label = match[0];
			const value = line.text
				.slice(match.index + label.length, end)
				.replace(/^\s*:\s*/u, '')
				.trim();
			if (notice) {
				// the notice of posting is one piece: its field labels are no attendance
				pieces[pieces.length - 1] += ` ${label}${value ? ` ${value}` : ''}`;
				continue;
			}
			pieces.push(value ? `${label}\t${value}` : label);
			if (peopleLabel.test(label) && value !== '' && opensWithPeople(value)) lastPeopleLabel = label;
			if (noticeLabel.test(label)) notice = true;
		}
		if (itemsAt < line.text.length) pieces.push(line.text.slice(itemsAt).trim());
		for (const text of peopleAfterPlace(roleWordsInLists(regroupLabelRows(pieces)))) out.push({ text, line: line.line });
	}
	return out;
}

/** Labels whose value is the place and time of the meeting. */
const placeTimeLabel = /^(?:plats och tid|tid och plats)/iu;
/** Labels that open the people of the first page. */
const peopleLabel = /^(?:beslutande|ledamöter|närvarande|ej tjänstgörande|inte tjänstgörande|tjänstgörande ersättare|övriga|deltagande|ande$)/iu;
/** "Ersättare inte tjänstgörande": written so, the label heads a column of a table beside `Beslutande`. */
const ersättareLabel = /^ersättare\s+(?:inte|ej)\s+tjänstgörande$/iu;

/**
 * A first page whose labels were extracted in a row before all their values ("Plats och tid Beslutande Övriga
 * deltagare Utses att justera Justeringens plats och tid <place, time> <people> …"): the value that followed the last
 * label of the row goes back to the first ones, the place and time to "Plats och tid" and the people to the first
 * label that lists people. Which list each person was in cannot be told, so the people stay together.
 */
function regroupLabelRows(pieces: readonly string[]): string[] {
	const out = [...pieces];
	for (let end = 0; end < out.length; end++) {
		if (!out[end]!.includes('\t')) continue;
		let start = end;
		while (start > 0 && labelOnly(out[start - 1]!)) start--;
		// two labels are a row too where both list people ("Beslutande Ersättare inte tjänstgörande Lena Språng (C) …")
		const twoPeopleLabels = end - start === 1 && peopleLabel.test(out[start]!) && ersättareLabel.test(out[end]!.split('\t')[0]!);
		// and "Plats och tid Beslutande <place and time> <people>": the template's two first labels before their values
		const placeThenPeople = end - start === 1 && placeTimeLabel.test(out[start]!) && peopleLabel.test(out[end]!.split('\t')[0]!);
		if (end - start < 2 && !twoPeopleLabels && !placeThenPeople) continue;
		const row = out.slice(start, end + 1).map((piece) => piece.split('\t')[0]!);
		const people = row.findIndex((label) => peopleLabel.test(label));
		if (people < 0) continue;
		let value = out[end]!.slice(out[end]!.indexOf('\t') + 1);
		out[end] = row[row.length - 1]!;
		const place = row.findIndex((label) => placeTimeLabel.test(label));
		if (place >= 0 && place < people) {
			// the place and time end with "kl 13.00–15.30", or with a bare "kl" where a transcript lost the digits
			const m = /^(.*?\bkl\.?(?:\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?)[.,]?\s+(?=\p{Lu})/u.exec(value);
			if (m) {
				out[start + place] = `${row[place]}\t${m[1]}`;
				value = value.slice(m[0].length);
			} else if (!opensWithPeople(value) && !/\(\p{L}{1,5}\)/u.test(value)) {
				// "Tingssalen Storgatan 26, Ljungby, måndagen den 30 mars 2015, kl": only the place and time, no people
				out[start + place] = `${row[place]}\t${value}`;
				value = '';
			}
		}
		out[start + people] = value === '' ? row[people]! : `${row[people]}\t${value}`;
	}
	return out;
}

/** Signature labels that are also role words of a person in a list ("Eva Engström Sekreterare Fredrik Pahlberg Kommunchef …"). */
const roleLabel = /^(?:Sekreterare|Ordförande|Justerare|Justerande)$/u;
/** Labels whose values are lists of people. */
const listLabel =
	/^(?:beslutande|ledamöter|närvarande|ej tjänstgörande|inte tjänstgörande|tjänstgörande ersättare|övriga|ersättare|tjänstemän|tjänstepersoner|deltagande|ande$)/iu;

/**
 * A signature label inside a list of people is the role of the person before it: "Övriga deltagande Eva Engström
 * Sekreterare Fredrik Pahlberg Kommunchef Malin Ruthström Verksamhetschef …" lists people with their titles after
 * them, the first a secretary. It is one when the list goes on after it with names and titles (more than two
 * capitalised words), rather than with the one or two words of the secretary's own name.
 */
function roleWordsInLists(pieces: readonly string[]): string[] {
	const out: string[] = [];
	for (const piece of pieces) {
		const [label = '', value] = piece.split('\t');
		const previous = out.at(-1);
		const previousLabel = previous?.split('\t')[0] ?? '';
		const capitalised = (value ?? '').split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length;
		if (previous?.includes('\t') && roleLabel.test(label) && value !== undefined && capitalised > 4 && listLabel.test(previousLabel)) {
			out[out.length - 1] = `${previous} ${label} ${value}`;
			continue;
		}
		out.push(piece);
	}
	return out;
}

/** The time that ends the place and time of a meeting: "kl. 16:00-19:00", "kl 13.00–15.30". */
const meetingTime = /(?<![\p{L}])kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?/u;
/** Labels that list the deciding members. */
const decidingLabel = /^(?:beslutande|ledamöter|närvarande|tjänstgörande\s+ersättare)/iu;
/** Two people with their parties in brackets, one after the other. */
const twoPeople =
	/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+\([\p{L}]{1,5}\)[^()]{0,40}?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+\([\p{L}]{1,5}\)/u;

/**
 * A first page whose people label was lost in the transcript ("Plats och tid ande Sammanträdesrummet …, kl.
 * 16:00-19:00 Pär-Ove Lindqvist (M) ordf Bengt Evertsson (V) …"): people with their parties after the time of the
 * meeting, while no label of the page lists the deciding members, are its deciding members (`Beslutande`).
 */
function peopleAfterPlace(pieces: readonly string[]): string[] {
	if (pieces.some((piece) => decidingLabel.test(piece))) return [...pieces];
	return pieces.flatMap((piece) => {
		const [label, value] = piece.split('\t');
		if (!label || value === undefined || !placeTimeLabel.test(label)) return [piece];
		const time = meetingTime.exec(value);
		if (!time) return [piece];
		const after = value.slice(time.index + time[0].length).trim();
		if (!twoPeople.test(after)) return [piece];
		return [`${label}\t${value.slice(0, time.index + time[0].length).trim()}`, `Beslutande\t${after}`];
	});
}

/** Whether a piece is a label with no value. */
function labelOnly(piece: string): boolean {
	return !piece.includes('\t') && labelAlone.test(piece);
}
const labelAlone = new RegExp(`^(?:${labels.map(escapeRegExp).join('|')})$`, 'u');

/** "1 1 Kommunstyrelsens arbetsutskott": the page number a transcript puts before a page's text, written once or twice. */
function pageNumberOf(text: string): string {
	// "2 2 Jonas …", "2 2 av 22 Jonas …", "4 4 av Mötet öppnas" (a total the transcript lost): the page printed twice
	return /^(\d{1,3})\s+(?:\1(?:\s+av(?:\s+\d{1,3})?)?\s+(?=\p{Lu}))?/u.exec(text)?.[0] ?? '';
}

/** A page's text after its page number. */
function pageText(line: SourceLine): string {
	return line.text.slice(pageNumberOf(line.text).length);
}

/**
 * The running header of a transcript's pages: the words (one to four, capitalised, no label of the template) that open
 * most pages after the first (two at least), or open one and stand on the first page before its first label ("KALMAR KOMMUN
 * KOMMUNFULLMÄKTIGE PROTOKOLL Sammanträdesdag …" and "2 Kommunfullmäktige Tamas Lakatos (M) …"); `null` when none.
 */
function runningHeader(texts: readonly string[]): string | null {
	if (texts.length < 2) return null;
	const firstPage = texts[0] ?? '';
	const beforeLabels = firstPage.slice(0, [...firstPage.matchAll(labelPattern)][0]?.index ?? 0).toLocaleLowerCase('sv');
	const starts = new Map<string, number>();
	for (const text of texts.slice(1)) {
		const words = text.split(/\s+/u).slice(0, 5);
		// a header with its page number ("SAMMANTRÄDESPROTOKOLL Sida 2 …") is the page's own, left to the furniture
		if (words.some((word) => /^(?:sida|sid\.?|page)$/iu.test(word))) continue;
		for (let size = 1; size <= Math.min(4, words.length); size++) {
			const part = words.slice(0, size);
			if (!/^\p{Lu}/u.test(part[0] ?? '') || !part.every((word) => /^\p{Lu}[\p{L}-]*$|^\p{Ll}+$/u.test(word))) break;
			const prefix = part.join(' ');
			if (labelAlone.test(prefix) || labelWithin.test(prefix)) break;
			starts.set(prefix, (starts.get(prefix) ?? 0) + 1);
		}
	}
	const onFirstPage = (prefix: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(prefix.toLocaleLowerCase('sv'))}(?![\\p{L}])`, 'u').test(beforeLabels);
	// the words most pages open with; of as many, the longest
	const candidates = [...starts].filter(([prefix, count]) => count >= Math.max(2, (texts.length - 1) / 2) || onFirstPage(prefix));
	candidates.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
	return candidates[0]?.[0] ?? null;
}

/**
 * The lines of a transcript that put each page on one line after its page number ("1 Plats och tid …", "2 ANSLAG/BEVIS
 * …", "3 § 12 …"): lines that start with 1, 2, 3 … in order, at least two of them long; or a single long first page.
 */
function transcriptPages(lines: readonly SourceLine[]): Set<SourceLine> {
	// the page numbers count 1, 2, 3 … at the start of lines; most pages are long, a short one (a title page) may be among them
	const pages: SourceLine[] = [];
	for (const line of lines) {
		const m = /^(\d{1,3})\s+\S/u.exec(line.text);
		if (m && Number(m[1]) === pages.length + 1) pages.push(line);
	}
	const long = pages.filter((line) => line.text.length >= flattenedLength);
	if (long.length >= 2) return new Set(pages);
	// a transcript of one page: "1 PROTOKOLL 1 (6) … Närvarande: …"
	if (long.length === 1 && pages.length === 1 && /^1\s+\p{Lu}/u.test(long[0]!.text) && attendanceLabel.test(long[0]!.text)) return new Set(long);
	return new Set();
}

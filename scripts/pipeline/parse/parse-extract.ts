import type { Block, ParsedItem, SourceLine } from '../types.ts';
import { matchAttendanceHeading } from './match-attendance-heading.ts';
import { parseBlocks } from './parse-blocks.ts';
import { parseCaseNumbers } from './parse-case-numbers.ts';

/** Words of how a decision was made: an extract of one item has them, a letter or a list of names has not. */
const proceedings =
	/(?<![\p{L}])(?:yrkar|yrkade|yrkande|yrkanden|reserverar|reserverade|reservation|reservationer|omröstning|omröstningen|votering|voteringen|ja-röster|nej-röster|röstade|propositionsordning|jäv|beslutar|beslutade|beslöt)(?![\p{L}])/iu;
const date =
	/\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/iu;
/** Furniture above or below an extract's heading: the document kind, a page header, a signature, a case number line. */
const furniture =
	/^(?:protokoll|sammanträdesprotokoll|protokollsutdrag|utdrag|utdrag ur protokoll|justerandes sign(?:atur)?|utdragsbestyrkande|sida|dnr|diarienummer|kommunstyrelsen|kommunfullmäktige|regionstyrelsen|regionfullmäktige|underskrift(?:er)?|sekreterare|ordförande|justerande|paragrafer|anslag|bevis|plats och tid|beslutande|närvarande|justeringens|justering)\b|^(?:beslutsförslag|förslag till beslut|beslut|behandling|ärendet|sammanfattning|bakgrund|yttrande)\s*:?$|\.{4}|\bprotokoll\b|sammanträdesdag|sammanträdesdatum/iu;
/** "Utdrag ur protokoll för landstingsfullmäktiges möte den 14-15 oktober 2003 § 134: Motion från …" */
const extractLine = /(?:utdrag|protokollsutdrag)[^§]*§\s*(?<number>\d{1,4})\s*[:.]\s*(?<title>\S.{2,200})$/iu;
const paragraphNumber = /(?:§|\bparagraf)\s*(\d{1,4})(?![\d/])/giu;

/** The title of a heading line: short, no full stop at its end, not a date line, furniture or a sentence of the proceedings. */
function titleOf(text: string): string | null {
	const trimmed = text.trim();
	if (trimmed.length < 3 || trimmed.length > 160 || /[.:;,]$/u.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) return null;
	// a label of the first page with its value ("Övriga närvarande<TAB>Enligt närvarolista") is no title either
	if (date.test(trimmed) || furniture.test(trimmed) || /§/u.test(trimmed) || proceedings.test(trimmed) || matchAttendanceHeading(trimmed)) return null;
	// a case number line (`HEL 2022-004006`, `Dnr KS 2018/124`) or a line of few words is no title
	const words = trimmed.split(/\s+/u).filter((word) => /^\p{L}{2,}/u.test(word));
	if (words.length < 2 || (/\d{2,}[-/:.]\d/u.test(trimmed) && words.length < 3)) return null;
	return trimmed;
}

/**
 * Reads a text without item headings as an extract of one item (a protokollsutdrag, a decision published alone):
 * the first short heading-like line is its title (else the header's title), a `§` number in the lines around it (the
 * header's included) its number, and the text below it its text. Only a text that tells how a decision was made (yrkanden, beslut,
 * reservation, omröstning) is read so; otherwise `null`.
 */
export function parseExtract(
	lines: readonly SourceLine[],
	header: { title: string | null; lines: readonly SourceLine[] },
): { items: ParsedItem[]; preamble: Block[] } | null {
	const headerTitle = header.title;
	const first = lines.findIndex((line) => proceedings.test(line.text));
	if (first < 0) return null;
	for (let index = 0; index < first; index++) {
		const line = lines[index] as SourceLine;
		const heading = extractLine.exec(line.text.trim());
		const title = heading?.groups?.title?.trim() ?? titleOf(line.text);
		if (title === null) continue;
		const rest = lines.slice(index + 1);
		// a § number above the heading, or on a line of furniture (a date, the body) right below it
		const around = [
			...header.lines,
			...lines.slice(0, index + 1),
			...rest.slice(0, 3).filter((below) => date.test(below.text) && !proceedings.test(below.text)),
		];
		const numbers = heading?.groups?.number
			? [heading.groups.number]
			: around.flatMap((near) => [...near.text.matchAll(paragraphNumber)].map((match) => match[1] ?? ''));
		const number = numbers.length > 0 ? Number(numbers.at(-1)) : null;
		// a page of several decisions ("Stadsstyrelsens beslut …"): each further heading standing alone opens the next item
		const starts = rest.flatMap((_line, at) => (isStandaloneHeading(rest, at) ? [at] : []));
		const opening: ParsedItem = {
			number,
			label: null,
			title,
			day: null,
			caseNumbers: parseCaseNumbers(around.map((near) => near.text).join('\n')),
			participants: [],
			blocks: parseBlocks(rest.slice(0, starts[0] ?? rest.length)),
			line: line.line,
			basis: 'extract',
		};
		const more = starts.map((at, k): ParsedItem => {
			const heading = rest[at] as SourceLine;
			const text = rest.slice(at + 1, starts[k + 1] ?? rest.length);
			return {
				number: null,
				label: null,
				title: heading.text.trim(),
				day: null,
				caseNumbers: [],
				participants: [],
				blocks: parseBlocks(text),
				line: heading.line,
				basis: 'extract',
			};
		});
		return {
			items: [opening, ...more],
			// a heading written into a sentence ("Utdrag ur protokoll … § 134: Motion …") stays whole in the preamble
			preamble: parseBlocks(lines.slice(0, heading ? index + 1 : index)),
		};
	}
	// the document's own heading, read as the header's title, is the heading of its one item
	const start = lines[0]?.line;
	if (headerTitle === null || start === undefined || headerTitle.length > 160 || date.test(headerTitle) || furniture.test(headerTitle)) return null;
	return {
		items: [
			{
				number: null,
				label: null,
				title: headerTitle,
				day: null,
				caseNumbers: [],
				participants: [],
				blocks: parseBlocks(lines),
				line: start,
				basis: 'extract',
			},
		],
		preamble: [],
	};
}

/** A heading line on its own between blank lines, followed by a paragraph of sentences: the next item of a page of decisions. */
function isStandaloneHeading(lines: readonly SourceLine[], at: number): boolean {
	const line = lines[at];
	if (!line || titleOf(line.text) === null) return false;
	const before = lines[at - 1];
	const after = lines[at + 1];
	const next = lines.slice(at + 1).find((below) => below.text.trim() !== '');
	return (
		(before === undefined || before.text.trim() === '') &&
		after !== undefined &&
		after.text.trim() === '' &&
		next !== undefined &&
		/[.!?:]$/u.test(next.text.trim())
	);
}

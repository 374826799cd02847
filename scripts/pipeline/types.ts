/**
 * Types that flow between the pure pipeline stages:
 * read → decode and normalise → segment → parse → resolve → emit.
 * The meeting that leaves the pipeline is described by `src/schema/meeting.ts`.
 */
import type { Attendee, ItemParticipant, Reading } from '../../src/schema/meeting.ts';

/** A problem found in a file, reported by `check:content` and the build. */
export interface Problem {
	/** Path of the file under the content folder (`minutes/krf/2023-02-01.txt`). */
	source: string;
	/** 1-based line, or `null` when the problem concerns the whole file. */
	line: number | null;
	severity: 'error' | 'warning';
	/** Plain-language message that says what is wrong and what to do. */
	message: string;
	/** Stable code of the kind of problem, for tools (`date-missing`, `year-inferred`, …). */
	code?: string;
}

/** A problem before the stage that knows the file name adds `source`. */
export type LocalProblem = Omit<Problem, 'source'>;

/** Text of a minutes file after decoding: NFC, `\n` line ends, no byte-order mark. */
export interface DecodedText {
	text: string;
	/** The encoding that was detected (`utf-8`, `utf-16le`, `windows-1252`, …). */
	encoding: string;
	/** Warnings about the decoding (an ambiguous encoding and the choice made). */
	problems: LocalProblem[];
}

/** One line of a decoded file, with its 1-based number in the source. */
export interface SourceLine {
	text: string;
	line: number;
	/** Set when segmentation found the line to be an item heading (a number of a run counting on by one). */
	heading?: true;
	/** Set when segmentation found the line to be a page's running header (the body's name a transcript put before each page's text). */
	runningHeader?: true;
}

/** A line removed as page furniture, listed in the report. */
export interface Removal {
	line: number;
	text: string;
	/** Why it was removed (`signature footer`, `page number`, `repeated header`). */
	reason: string;
}

/** A block of item text, before it becomes mdast. Text is exactly as written, joined where lines were wrapped. */
export type Block =
	| { type: 'paragraph'; text: string; line: number }
	| { type: 'heading'; text: string; line: number }
	| { type: 'list'; ordered: boolean; start: number | null; items: ListItem[]; line: number };

/** One entry of a list block; `children` holds nested lists or paragraphs. */
export interface ListItem {
	text: string;
	line: number;
	children: Block[];
}

/** An attendee as parsed, before identity resolution gives it a person id. */
export type ParsedAttendee = Omit<Attendee, 'person'>;

/** An item participant as parsed, before identity resolution. */
export type ParsedParticipant = Omit<ItemParticipant, 'person'>;

/** An agenda entry as listed before the items (`Ärenden`, `Dagordning`). */
export interface AgendaEntry {
	number: number | null;
	title: string;
	day: string | null;
	line: number;
}

/** One item of the minutes body, as parsed. */
export interface ParsedItem {
	number: number | null;
	/** The number as written for a sub-item (`2.1`, `2a`), whose `number` is its group's; else `null`. */
	label: string | null;
	/** Title exactly as written. */
	title: string;
	day: string | null;
	caseNumbers: string[];
	participants: ParsedParticipant[];
	/** The item's text: sub-section headings, paragraphs and lists. */
	blocks: Block[];
	line: number;
	/** What made the line an item heading: a `§`/`Punkt` heading, the agenda, a numbered line alone, a heading of the file's format (Markdown `##`), a closing line, or the heading of an extract of one item (a protokollsutdrag). */
	basis: 'paragraph' | 'agenda' | 'numbered' | 'heading' | 'closing' | 'extract';
}

/** Header fields as parsed from the text (before the sidecar is applied). */
export interface ParsedHeader {
	bodyName: string | null;
	title: string | null;
	documentType: string | null;
	date: string | null;
	endDate: string | null;
	startTime: string | null;
	endTime: string | null;
	location: string | null;
	/** Where the date came from: the text, the file name, or inferred (year from a weekday). */
	dateSource: 'text' | 'filename' | 'inferred' | null;
}

/** Everything the parser understood of one minutes file. */
export interface ParsedMinutes {
	header: ParsedHeader;
	attendees: ParsedAttendee[];
	agenda: AgendaEntry[];
	/** Text between the header/attendance and the first item that belongs to no item. */
	preamble: Block[];
	items: ParsedItem[];
	/** The signature block as written (`Antecknat av\nGunnel Rydberg, Förbundssekreterare`), or `null`. */
	signature: string | null;
	/** Page furniture that was removed, for the report. */
	removed: Removal[];
	/**
	 * Lines read only as structure, as written: the header lines (title, "Plats och tid" and their values), the agenda
	 * heading, attendance headings with nobody under them, lines that only added a role to someone listed before,
	 * item participant lines ("Medverkande: …") and headings written with a word ("Punkt 3.", "Ärende 3:"). Kept so that
	 * no word of the minutes is lost.
	 */
	structure: SourceLine[];
	/** How sure the parser is of the attendance and the items. */
	reading: Reading;
	problems: LocalProblem[];
}

/** What the parser is told about a file besides its text. */
export interface ParseOptions {
	/** File name without folders (`2023-02-01.txt`): a date in it is used when the text has none. */
	fileName: string;
	/** Line numbers the file's format marks as item headings (Markdown `##`): items even without a number. */
	headings?: readonly number[];
}

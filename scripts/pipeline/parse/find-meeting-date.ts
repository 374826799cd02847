import type { SourceLine } from '../types.ts';
import { type DateMention, parseDates } from './parse-dates.ts';
import { parseTimes, type TimeMention } from './parse-times.ts';

/** A date of the meeting found outside the header, with the line that states it and the time written after it. */
export interface FoundMeetingDate {
	mention: DateMention;
	line: SourceLine;
	/** The time range written right after the date ("Måndagen den 15 augusti 2016 kl. 10:00–17:20"), else `null`. */
	time: TimeMention | null;
}

/**
 * Words after which a date is the meeting's: the fields of the notice of posting ("Organ Kommunstyrelsen 31 oktober
 * 2011", "Sammanträdesdatum 2016-08-15"), the labels of the first page and the document's own heading.
 */
const meetingWord =
	/(?<![\p{L}])(?:sammanträdesdatum|sammanträdesdag|mötesdatum|sammanträdet|plats och tid|tid och plats|tid|datum|organ|nämnd|\p{L}*protokoll|\p{L}*anteckningar|mötet|\p{L}*möte)(?![\p{L}])/giu;

/**
 * Words after which a date is another occasion's: the signing and its place, the posting of the notice, a deadline,
 * the next or the previous meeting (with the word after it: "nästa möte"), a letter.
 */
const otherWord =
	/(?<![\p{L}])(?:juster\p{L}*(?:\s+(?:plats och tid|tid och plats|plats\/tid))?|anslag\p{L}*|uppsättande|nedtagande|sätts upp|satts upp|tas (?:ned|ner)|senast|sista dag|(?:nästa|kommande|följande|föregående|senaste|tidigare)(?:\s+\p{L}+)?|kungj\p{L}*|kungör\p{L}*|överklag\p{L}*|sista\s+datum|daterad\p{L}*|inkom\p{L}*|skrivelse\p{L}*|kallelse\p{L}*|beslutade?)(?![\p{L}])/giu;

/**
 * Labels of the signing (`Justeringens plats och tid`, `Plats och tid för justering`, `Underskrifter`, `Paragrafer`):
 * a flattened first page writes every label before the values, so a date after one of them, however far, is the
 * signing's until a label of the meeting comes.
 */
const signingLabel =
	/(?<![\p{L}])(?:justeringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats)|(?:plats\s+och\s+tid|plats\/tid|tid\s+och\s+plats)\s+för\s+justering|justering(?:en)?|justerare|justerande|utses\s+att\s+justera|protokolljuster\p{L}*|underskrift(?:er)?|paragrafer)(?![\p{L}])/giu;

/** Labels of the meeting that end the signing part: the notice's body and date, the place and time, who took part. */
const meetingLabel =
	/(?<![\p{L}])(?:organ|nämnd|sammanträdesdatum|sammanträdesdag|mötesdatum|sammanträdestid|plats\s+och\s+tid|tid\s+och\s+plats|beslutande|närvarande|ledamöter)(?![\p{L}])/giu;

/** How far before a date its context word may stand (a flattened page runs many fields into one line). */
const reach = 60;

/** The kind of the context word nearest before offset `index` of `text`: the meeting's, another occasion's or none. */
function contextOf(text: string, index: number): 'meeting' | 'other' | null {
	const window = text.slice(Math.max(0, index - reach), index);
	let nearest: { at: number; kind: 'meeting' | 'other' } | null = null;
	for (const [re, kind] of [
		[meetingWord, 'meeting'],
		[otherWord, 'other'],
	] as const) {
		for (const m of window.matchAll(re)) {
			// the end of a word decides which is nearer; "nästa möte" is one word of another occasion
			const at = m.index + m[0].length;
			if (!nearest || at > nearest.at || (at === nearest.at && kind === 'other')) nearest = { at, kind };
		}
	}
	return nearest?.kind ?? null;
}

type Event = { at: number; kind: 'signing' | 'meeting' } | { at: number; kind: 'date'; mention: DateMention };

/** The labels and dates of a line in order; a meeting label inside a signing label ("Justeringens plats och tid") is none. */
function eventsOf(text: string): Event[] {
	const signing = [...text.matchAll(signingLabel)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
	const events: Event[] = [
		...signing.map((m) => ({ at: m.at, kind: 'signing' as const })),
		...[...text.matchAll(meetingLabel)]
			.filter((m) => !signing.some((s) => m.index >= s.at && m.index < s.end))
			.map((m) => ({ at: m.index, kind: 'meeting' as const })),
		...parseDates(text).map((mention) => ({ at: mention.index, kind: 'date' as const, mention })),
	];
	return events.sort((a, b) => a.at - b.at);
}

/**
 * The meeting's date where the header states none: the first full date of the first page (the lines before the
 * items) that is neither in the signing part nor preceded by a word of the posting or of another meeting. A date
 * that a word of the meeting or a weekday introduces comes before one without context ("Beslutande Tisdagen den 27
 * april 2010, kl …").
 */
export function findMeetingDate(lines: readonly SourceLine[]): FoundMeetingDate | null {
	let plain: FoundMeetingDate | null = null;
	let signing = false;
	for (const line of lines) {
		for (const event of eventsOf(line.text)) {
			if (event.kind !== 'date') {
				signing = event.kind === 'signing';
				continue;
			}
			const { mention } = event;
			if (signing || mention.year === null) continue;
			const context = contextOf(line.text, mention.index);
			if (context === 'other') continue;
			const after = line.text.slice(mention.index + mention.length, mention.index + mention.length + 40);
			const time = /^[\s,]*(?:kl\.?|klockan)?\s*\d/iu.test(after) ? (parseTimes(after)[0] ?? null) : null;
			const found = { mention, line, time };
			if (context === 'meeting' || mention.weekday !== null) return found;
			plain ??= found;
		}
	}
	return plain;
}

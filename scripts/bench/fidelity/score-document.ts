import type { LabelledAttendee, Labels, Reading } from './labels.ts';
import { fold, foldCaseNumber, foldName, foldPresence, foldRoles, titleWords } from './normalize.ts';

/** A count of right answers out of how many were asked. */
export interface Tally {
	right: number;
	of: number;
}

/** The fields of an attendee that are scored, each over all labelled attendees (a missed attendee counts as wrong). */
export const attendeeFields = ['party', 'organization', 'title', 'roles', 'status', 'presence'] as const;

/** The header fields that are scored. */
export const headerFields = ['title', 'date', 'time', 'place'] as const;

/** How well the converter read one document, as counts that add up across documents. */
export interface Score {
	attendees: { labelled: number; read: number; matched: number };
	fields: Record<(typeof attendeeFields)[number], Tally>;
	items: { labelled: number; read: number; matched: number; caseNumbers: Tally };
	header: Record<(typeof headerFields)[number], Tally>;
	/** Dates where the text states one. */
	statedDates: Tally;
	/** What was missed or invented, for `--verbose`. */
	misses: string[];
}

/** An empty score, to add documents to. */
export function emptyScore(): Score {
	const tally = (): Tally => ({ right: 0, of: 0 });
	return {
		attendees: { labelled: 0, read: 0, matched: 0 },
		fields: { party: tally(), organization: tally(), title: tally(), roles: tally(), status: tally(), presence: tally() },
		items: { labelled: 0, read: 0, matched: 0, caseNumbers: tally() },
		header: { title: tally(), date: tally(), time: tally(), place: tally() },
		statedDates: tally(),
		misses: [],
	};
}

const same = {
	party: (a: LabelledAttendee, b: LabelledAttendee) => fold(a.party).toUpperCase() === fold(b.party).toUpperCase(),
	organization: (a: LabelledAttendee, b: LabelledAttendee) => fold(a.organization) === fold(b.organization),
	title: (a: LabelledAttendee, b: LabelledAttendee) => fold(a.title) === fold(b.title),
	roles: (a: LabelledAttendee, b: LabelledAttendee) => foldRoles(a.roles) === foldRoles(b.roles),
	status: (a: LabelledAttendee, b: LabelledAttendee) => a.status === b.status,
	presence: (a: LabelledAttendee, b: LabelledAttendee) => foldPresence(a.presence) === foldPresence(b.presence),
};

/** Whether two item titles name the same item: most words of each are in the other. */
function sameTitle(labelled: string, read: string): boolean {
	const a = titleWords(labelled);
	const b = new Set(titleWords(read));
	if (a.length === 0 || b.size === 0) return a.length === 0 && b.size === 0;
	const common = a.filter((word) => b.has(word)).length;
	return common / a.length >= 0.6 && common / b.size >= 0.6;
}

function tallyHeader(tally: Tally, labelled: string | null, read: string | null, equal: (a: string, b: string) => boolean): boolean {
	if (labelled === null && read === null) return true;
	tally.of++;
	const right = labelled !== null && read !== null && equal(labelled, read);
	if (right) tally.right++;
	return right;
}

/** Scores what the converter read of one document against its hand labels. */
export function scoreDocument(labels: Labels, reading: Reading, into: Score = emptyScore()): Score {
	const misses = into.misses;
	// attendees: matched by name, each reading used once
	const unused = new Map<string, LabelledAttendee[]>();
	for (const attendee of reading.attendees) {
		const key = foldName(attendee.name);
		unused.set(key, [...(unused.get(key) ?? []), attendee]);
	}
	into.attendees.labelled += labels.attendees.length;
	into.attendees.read += reading.attendees.length;
	for (const labelled of labels.attendees) {
		const candidates = unused.get(foldName(labelled.name)) ?? [];
		const read = candidates.shift();
		for (const field of attendeeFields) into.fields[field].of++;
		if (!read) {
			misses.push(`missed attendee ${labelled.name}`);
			continue;
		}
		into.attendees.matched++;
		for (const field of attendeeFields) {
			if (same[field](labelled, read)) into.fields[field].right++;
			else misses.push(`${labelled.name}: ${field} ${JSON.stringify(read[field])}, labelled ${JSON.stringify(labelled[field])}`);
		}
	}
	for (const rest of unused.values()) for (const attendee of rest) misses.push(`invented attendee ${attendee.name}`);

	// items: matched by number and title
	into.items.labelled += labels.items.length;
	into.items.read += reading.items.length;
	const readItems = [...reading.items];
	for (const labelled of labels.items) {
		const index = readItems.findIndex((read) => read.number === labelled.number && sameTitle(labelled.title, read.title));
		if (index < 0) {
			misses.push(`missed item ${labelled.number ?? '–'} ${labelled.title}`);
			continue;
		}
		const [read] = readItems.splice(index, 1);
		into.items.matched++;
		into.items.caseNumbers.of++;
		const key = (numbers: readonly string[]) => numbers.map(foldCaseNumber).sort().join('|');
		if (read && key(read.caseNumbers) === key(labelled.caseNumbers)) into.items.caseNumbers.right++;
		else misses.push(`item ${labelled.number}: case numbers ${JSON.stringify(read?.caseNumbers)}, labelled ${JSON.stringify(labelled.caseNumbers)}`);
	}
	for (const read of readItems) misses.push(`invented item ${read.number ?? '–'} ${read.title}`);

	// header
	const header = into.header;
	if (labels.title !== null) {
		header.title.of++;
		const [a, b] = [fold(labels.title), fold(reading.title)];
		if (a === b || (b.length > 0 && (a.includes(b) || b.includes(a)))) header.title.right++;
		else misses.push(`title ${JSON.stringify(reading.title)}, labelled ${JSON.stringify(labels.title)}`);
	}
	const dateRight = tallyHeader(header.date, labels.date, reading.date, (a, b) => a === b);
	if (!dateRight) misses.push(`date ${reading.date}, labelled ${labels.date}`);
	if (labels.date !== null) {
		into.statedDates.of++;
		if (dateRight) into.statedDates.right++;
	}
	const time = (start: string | null, end: string | null) => (start === null && end === null ? null : `${start}–${end}`);
	if (!tallyHeader(header.time, time(labels.startTime, labels.endTime), time(reading.startTime, reading.endTime), (a, b) => a === b))
		misses.push(`time ${time(reading.startTime, reading.endTime)}, labelled ${time(labels.startTime, labels.endTime)}`);
	if (!tallyHeader(header.place, labels.location, reading.location, (a, b) => fold(a) === fold(b)))
		misses.push(`place ${JSON.stringify(reading.location)}, labelled ${JSON.stringify(labels.location)}`);
	return into;
}

/** Adds one score to another (documents to a family, families to the total). */
export function addScore(into: Score, score: Score): Score {
	into.attendees.labelled += score.attendees.labelled;
	into.attendees.read += score.attendees.read;
	into.attendees.matched += score.attendees.matched;
	for (const field of attendeeFields) add(into.fields[field], score.fields[field]);
	into.items.labelled += score.items.labelled;
	into.items.read += score.items.read;
	into.items.matched += score.items.matched;
	add(into.items.caseNumbers, score.items.caseNumbers);
	for (const field of headerFields) add(into.header[field], score.header[field]);
	add(into.statedDates, score.statedDates);
	return into;
}

function add(into: Tally, tally: Tally): void {
	into.right += tally.right;
	into.of += tally.of;
}

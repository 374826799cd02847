import type { JsonReport } from '../../pipeline/report/json-report.ts';

type ReportedMeeting = JsonReport['meetings'][number];

/** One attendee as labelled by hand: the `check:content --json` attendee without the person id. */
export type LabelledAttendee = Omit<ReportedMeeting['attendees'][number], 'person'>;

type ReportedItem = ReportedMeeting['items'][number];
type Person = { name: string; party: string | null };

/** How an item's decision was made, as labelled: the `check:content --json` fields without person ids; absent where not labelled. */
export interface LabelledProceedings {
	proposals?: { by: Person[]; text: string }[];
	votes?: (Omit<ReportedItem['votes'][number], 'named'> & { named: (Person & { vote: ReportedItem['votes'][number]['named'][number]['vote'] })[] })[];
	reservations?: (Person & { inFavourOf: string | null })[];
	conflicts?: Person[];
}

/** One item as labelled by hand: the number as written (`"12"`, `"2.1"`) or `null`. */
export interface LabelledItem extends LabelledProceedings {
	number: string | null;
	title: string;
	caseNumbers: string[];
}

/** The hand labels of one real minutes document (`test/fixtures/real/<family>/<id>/expected.json`). */
export interface Labels extends Pick<ReportedMeeting, 'date' | 'endDate' | 'startTime' | 'endTime' | 'location'> {
	title: string | null;
	attendees: LabelledAttendee[];
	items: LabelledItem[];
}

/** What the converter produced for the same document, in the shape of the labels. */
export interface Reading extends Pick<ReportedMeeting, 'title' | 'date' | 'endDate' | 'startTime' | 'endTime' | 'location'> {
	attendees: LabelledAttendee[];
	items: LabelledItem[];
}

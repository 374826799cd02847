/** The hand labels of one real minutes document (`test/fixtures/real/<family>/<id>/expected.json`). */
export interface Labels {
	title: string | null;
	date: string | null;
	endDate: string | null;
	startTime: string | null;
	endTime: string | null;
	location: string | null;
	attendees: LabelledAttendee[];
	items: LabelledItem[];
}

/** One attendee as labelled by hand. */
export interface LabelledAttendee {
	name: string;
	party: string | null;
	organization: string | null;
	title: string | null;
	roles: string[];
	group: 'politician' | 'official' | 'other';
	status: 'present' | 'absent';
	presence: string | null;
}

/** One item as labelled by hand: the number as written (`"12"`, `"2.1"`) or `null`. */
export interface LabelledItem {
	number: string | null;
	title: string;
	caseNumbers: string[];
}

/** What the converter produced for the same document, in the shape of the `check:content --json` contract. */
export interface Reading {
	title: string;
	date: string | null;
	endDate: string | null;
	startTime: string | null;
	endTime: string | null;
	location: string | null;
	attendees: Omit<LabelledAttendee, never>[];
	items: { number: string | null; title: string; caseNumbers: string[] }[];
}

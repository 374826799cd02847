/** A hand-written expectation for one query (test/fixtures/search/queries.json). */
export interface SearchExpectation {
	query: string;
	kind: string;
	/** Meetings (`body/slug`) that must be found, each with the item anchors that must be among its matched items. */
	expect: { meeting: string; anchors: string[] }[];
	/** The meeting that must rank first. */
	first?: string;
	/** The expectation is the complete set of relevant meetings: nothing else may be found. */
	only?: boolean;
	/** A regular expression no highlighted word may match (`^[äå]` for the query `ar`). */
	notMarked?: string;
}

/** What a search returned: meetings in rank order, with their matched item anchors and highlighted words. */
export interface ObservedResult {
	meeting: string;
	anchors: string[];
	marked: string[];
}

/** The verdict on one query and the counts precision and recall are computed from. */
export interface QueryScore {
	query: string;
	kind: string;
	failures: string[];
	/** Expected meetings found, expected meetings missed, meetings found that were not expected (only for `only`). */
	found: number;
	missed: number;
	extra: number;
	itemsFound: number;
	itemsMissed: number;
}

/** Scores one query's results against its expectation: what is missing, what ranks wrongly, what should not be there. */
export function scoreSearch(expectation: SearchExpectation, results: readonly ObservedResult[]): QueryScore {
	const failures: string[] = [];
	const byMeeting = new Map(results.map((r) => [r.meeting, r]));
	let found = 0;
	let missed = 0;
	let itemsFound = 0;
	let itemsMissed = 0;
	for (const { meeting, anchors } of expectation.expect) {
		const result = byMeeting.get(meeting);
		if (!result) {
			missed++;
			itemsMissed += anchors.length;
			failures.push(`missing ${meeting}`);
			continue;
		}
		found++;
		for (const anchor of anchors) {
			if (result.anchors.includes(anchor)) itemsFound++;
			else {
				itemsMissed++;
				failures.push(`${meeting}: item ${anchor} not among the matched items [${result.anchors.join(', ')}]`);
			}
		}
	}
	const expected = new Set(expectation.expect.map((e) => e.meeting));
	const extras = expectation.only ? results.filter((r) => !expected.has(r.meeting)).map((r) => r.meeting) : [];
	if (extras.length > 0) failures.push(`unexpected ${extras.join(', ')}`);
	if (expectation.first && results[0]?.meeting !== expectation.first) failures.push(`first is ${results[0]?.meeting ?? 'nothing'}, not ${expectation.first}`);
	if (expectation.notMarked) {
		const pattern = new RegExp(expectation.notMarked, 'iu');
		const wrong = [...new Set(results.flatMap((r) => r.marked).filter((w) => pattern.test(w)))];
		if (wrong.length > 0) failures.push(`highlighted ${wrong.slice(0, 5).join(', ')}`);
	}
	return { query: expectation.query, kind: expectation.kind, failures, found, missed, extra: extras.length, itemsFound, itemsMissed };
}

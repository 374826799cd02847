import { compareOrganizations } from './compare-organizations.ts';

/** What is known about one person (or one written mention) besides the name. */
export interface PersonContext {
	/** Party abbreviations, upper-case. */
	parties: ReadonlySet<string>;
	/** Organisations as written. */
	organizations: ReadonlySet<string>;
	/** Titles, lower-case. */
	titles: ReadonlySet<string>;
	bodies: ReadonlySet<string>;
	/** Meetings the person is listed in as an attendee: two different spellings in one attendance list are two people. */
	meetings: ReadonlySet<string>;
	/** Earliest and latest meeting date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), `null` when unknown. */
	first: string | null;
	last: string | null;
}

/** What two contexts share and where they clash. */
export interface ContextComparison {
	/** Shared values, e.g. `{ field: 'party', value: 'S' }`. */
	agreements: { field: 'party' | 'organization' | 'title' | 'body'; value: string }[];
	/** Clashing values: a different party, or a different organisation of the same (or unknown) kind. */
	contradictions: { field: 'party' | 'organization'; values: [string, string] }[];
	/** Both are listed in the attendance of one meeting. */
	sameMeeting: boolean;
	/** The years the two are seen in overlap. */
	sameTime: boolean;
}

/** Compares what is known about two people besides their names: party, organisation, title, body, meetings and time. */
export function compareContexts(a: PersonContext, b: PersonContext): ContextComparison {
	const agreements: ContextComparison['agreements'] = [];
	const contradictions: ContextComparison['contradictions'] = [];
	if (a.parties.size > 0 && b.parties.size > 0) {
		const party = shared(a.parties, b.parties);
		if (party) agreements.push({ field: 'party', value: party });
		else contradictions.push({ field: 'party', values: [first(a.parties), first(b.parties)] });
	}
	if (a.organizations.size > 0 && b.organizations.size > 0) {
		let same: string | null = null;
		let clash: [string, string] | null = null;
		for (const x of a.organizations) {
			for (const y of b.organizations) {
				const comparison = compareOrganizations(x, y);
				if (comparison === 'same') same ??= x;
				else if (comparison === 'different') clash ??= [x, y];
			}
		}
		if (same) agreements.push({ field: 'organization', value: same });
		else if (clash) contradictions.push({ field: 'organization', values: clash });
	}
	const title = shared(a.titles, b.titles);
	if (title) agreements.push({ field: 'title', value: title });
	const body = shared(a.bodies, b.bodies);
	if (body) agreements.push({ field: 'body', value: body });
	return {
		agreements,
		contradictions,
		sameMeeting: shared(a.meetings, b.meetings) !== null,
		sameTime: overlaps(a, b),
	};
}

/** A value in both sets (the first of the smaller set's order), or `null`. */
function shared(x: ReadonlySet<string>, y: ReadonlySet<string>): string | null {
	const [small, large] = x.size <= y.size ? [x, y] : [y, x];
	for (const value of small) if (large.has(value)) return value;
	return null;
}

function first(values: ReadonlySet<string>): string {
	return values.values().next().value as string;
}

function overlaps(a: PersonContext, b: PersonContext): boolean {
	if (!a.first || !a.last || !b.first || !b.last) return false;
	const year = (date: string) => date.slice(0, 4);
	return year(a.first) <= year(b.last) && year(b.first) <= year(a.last);
}

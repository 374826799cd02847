import { slugify } from '../slugify.ts';

/** A person that needs an id, described by its first appearance. */
export interface IdCandidate {
	/** The name as written at the person's first appearance. */
	name: string;
	/** Date of the first appearance (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), `null` when unknown. */
	date: string | null;
	/** Source file of the first appearance. */
	source: string;
	line: number | null;
	/** Values that tell the person apart from a namesake, best first: organisation, party, title, body. */
	distinguishers: readonly string[];
}

/**
 * Gives every person a stable id. THE ID RULE: the id is the slug of the name as written at the person's
 * first appearance (earliest date, then source path, then line). When two people would get the same id,
 * the one seen first keeps it and the later one gets a suffix from its organisation (then party, title,
 * body, year of first appearance), e.g. `per-persson-falkenbergs-kommun`; a counter (`-2`) only when all of
 * these collide. Because "first" is decided by the meetings' dates and paths, not by the order files are
 * added, adding newer minutes never renames an existing page. Only back-filled minutes older than a
 * person's first appearance can; pin such ids in `content/people.yml`, whose ids (`reserved`) always win.
 * Returns the ids in the order of `candidates`.
 */
export function assignPersonIds(candidates: readonly IdCandidate[], reserved: ReadonlySet<string>): string[] {
	const taken = new Set(reserved);
	const ids: string[] = new Array<string>(candidates.length);
	const order = candidates.map((_, index) => index).sort((a, b) => compare(candidates[a] as IdCandidate, candidates[b] as IdCandidate) || a - b);
	for (const index of order) {
		const candidate = candidates[index] as IdCandidate;
		const base = slugify(candidate.name) || 'person';
		const year = candidate.date?.slice(0, 4);
		const options = [
			base,
			...candidate.distinguishers.map((value) => join(base, value)),
			...(year ? [join(base, year)] : []),
			...candidate.distinguishers.slice(0, 1).map((value) => join(join(base, value), year ?? '')),
		];
		let id = options.find((option) => option !== '' && !taken.has(option));
		for (let n = 2; !id; n++) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
		taken.add(id);
		ids[index] = id;
	}
	return ids;
}

function join(base: string, value: string): string {
	const suffix = slugify(value);
	return suffix ? `${base}-${suffix}` : base;
}

function compare(a: IdCandidate, b: IdCandidate): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? -1 : 1;
	}
	if (a.source !== b.source) return a.source < b.source ? -1 : 1;
	return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

import type { LabelledItem, LabelledProceedings } from './labels.ts';
import { foldName, titleWords } from './normalize.ts';

/** Matched, labelled and read counts of one kind of thing (proposals, reservations, conflicts, named votes). */
export interface Match {
	labelled: number;
	read: number;
	matched: number;
}

/** How well the converter read how decisions were made, as counts that add up across documents. */
export interface ProceedingsScore {
	/** Documents labelled with proposals, votes, reservations or conflicts. */
	documents: number;
	proposals: Match;
	/** Proposals matched by proposers whose text shares most words with the label. */
	proposalTexts: Match;
	/** Votes matched by their totals (yes, no, abstain and absent all as labelled). */
	totals: Match;
	/** Named votes right (the member and the vote), out of labelled and read. */
	named: Match;
	reservations: Match;
	conflicts: Match;
	/** Votes, reservations and conflicts read in documents that have none (associations, forum notes). */
	inventedWhereNone: number;
	misses: string[];
}

const match = (): Match => ({ labelled: 0, read: 0, matched: 0 });

/** An empty score, to add documents to. */
export function emptyProceedingsScore(): ProceedingsScore {
	return {
		documents: 0,
		proposals: match(),
		proposalTexts: match(),
		totals: match(),
		named: match(),
		reservations: match(),
		conflicts: match(),
		inventedWhereNone: 0,
		misses: [],
	};
}

const kinds = ['proposals', 'votes', 'reservations', 'conflicts'] as const;

/** Whether any item of a document's labels says how its decisions were made. */
export function hasProceedingsLabels(items: readonly LabelledItem[]): boolean {
	return items.some((item) => kinds.some((kind) => item[kind] !== undefined));
}

type Entries<K extends (typeof kinds)[number]> = NonNullable<LabelledProceedings[K]>[number];

/** Every entry of one kind across a document's items. */
function all<K extends (typeof kinds)[number]>(items: readonly LabelledProceedings[], kind: K): Entries<K>[] {
	return items.flatMap((item): Entries<K>[] => item[kind] ?? []);
}

/** Pairs labelled with read things by a key, each read one used once; adds the counts and names the misses. */
function pair<T>(into: Match, labelled: readonly T[], read: readonly T[], key: (value: T) => string, misses: string[], what: string): [T, T][] {
	into.labelled += labelled.length;
	into.read += read.length;
	const unused = [...read];
	const pairs: [T, T][] = [];
	for (const wanted of labelled) {
		const index = unused.findIndex((candidate) => key(candidate) === key(wanted));
		if (index < 0) {
			misses.push(`missed ${what} ${key(wanted)}`);
			continue;
		}
		into.matched++;
		pairs.push([wanted, unused.splice(index, 1)[0] as T]);
	}
	for (const rest of unused) misses.push(`invented ${what} ${key(rest)}`);
	return pairs;
}

const people = (list: readonly { name: string }[]) =>
	list
		.map((person) => foldName(person.name))
		.sort()
		.join(' + ');
const totalsKey = (vote: { yes: number | null; no: number | null; abstain: number | null; absent: number | null }) =>
	`${vote.yes}/${vote.no}/${vote.abstain}/${vote.absent}`;

/**
 * Scores what the converter read of how decisions were made against the labels of one document, over the whole
 * document (item detection is scored on its own). A document without such labels only counts what was invented in it,
 * and only when `noneExpected` (associations and forum notes decide nothing by vote or reservation).
 */
export function scoreProceedings(
	labels: readonly LabelledItem[],
	read: readonly LabelledProceedings[],
	noneExpected: boolean,
	into: ProceedingsScore = emptyProceedingsScore(),
): ProceedingsScore {
	const misses = into.misses;
	if (!hasProceedingsLabels(labels)) {
		if (noneExpected) {
			// an association's members propose things too ("yrkade på att …"): only votes, reservations and jäv are invented there
			const invented = all(read, 'votes').length + all(read, 'reservations').length + all(read, 'conflicts').length;
			into.inventedWhereNone += invented;
			if (invented > 0) misses.push(`invented ${invented} votes, reservations or conflicts in a document that has none`);
		}
		return into;
	}
	into.documents++;
	const proposals = pair(into.proposals, all(labels, 'proposals'), all(read, 'proposals'), (proposal) => people(proposal.by), misses, 'proposal by');
	into.proposalTexts.labelled += proposals.length;
	into.proposalTexts.read += proposals.length;
	for (const [wanted, got] of proposals) {
		const a = titleWords(wanted.text);
		const b = new Set(titleWords(got.text));
		const common = a.filter((word) => b.has(word)).length;
		if (a.length > 0 && common / a.length >= 0.5) into.proposalTexts.matched++;
		else misses.push(`proposal by ${people(wanted.by)}: text ${JSON.stringify(got.text)}, labelled ${JSON.stringify(wanted.text)}`);
	}
	const votes = pair(into.totals, all(labels, 'votes'), all(read, 'votes'), totalsKey, misses, 'vote with totals');
	// named votes: of the votes paired by totals, or else in order
	const labelledVotes = all(labels, 'votes');
	const readVotes = all(read, 'votes');
	into.named.labelled += labelledVotes.reduce((sum, vote) => sum + vote.named.length, 0);
	into.named.read += readVotes.reduce((sum, vote) => sum + vote.named.length, 0);
	labelledVotes.forEach((wanted, index) => {
		const got = votes.find(([labelled]) => labelled === wanted)?.[1] ?? readVotes[index];
		for (const voter of wanted.named) {
			const cast = got?.named.find((candidate) => foldName(candidate.name) === foldName(voter.name));
			if (cast?.vote === voter.vote) into.named.matched++;
			else misses.push(`named vote ${voter.name}: ${cast?.vote ?? 'not read'}, labelled ${voter.vote}`);
		}
	});
	pair(into.reservations, all(labels, 'reservations'), all(read, 'reservations'), (person) => foldName(person.name), misses, 'reservation by');
	pair(into.conflicts, all(labels, 'conflicts'), all(read, 'conflicts'), (person) => foldName(person.name), misses, 'conflict (jäv) of');
	return into;
}

/** Adds one score to another. */
export function addProceedingsScore(into: ProceedingsScore, score: ProceedingsScore): ProceedingsScore {
	into.documents += score.documents;
	for (const key of ['proposals', 'proposalTexts', 'totals', 'named', 'reservations', 'conflicts'] as const) {
		into[key].labelled += score[key].labelled;
		into[key].read += score[key].read;
		into[key].matched += score[key].matched;
	}
	into.inventedWhereNone += score.inventedWhereNone;
	return into;
}

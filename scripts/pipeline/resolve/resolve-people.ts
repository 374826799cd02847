/**
 * Identity resolution: which attendees and item participants, across all meetings and bodies, are the same
 * real person. Conservative, because a wrong merge is worse than a missed one:
 *
 * 1. The registry (`content/people.yml`) wins: a name or alias in it gives that person's id. Two entries
 *    with one name (namesakes) are told apart by their dated parties and organisations.
 * 2. The same normalised name is the same person unless the contexts clash (another party, or another
 *    organisation of the same kind); clashing namesakes are kept apart and reported.
 * 3. Different spellings of a name (middle name left out, first-name spelling variants, initials, a hyphen)
 *    are merged only when the surname is the same, the first names are variants, at least one of party,
 *    organisation, title or body agrees (two of party, organisation and title for initials and short first
 *    names) and nothing clashes; two spellings in one meeting's attendance are two people. Otherwise the
 *    pair is reported as a probable duplicate, once per pair, with the lines to add to `people.yml`.
 * 4. Ids follow the rule in `assign-person-ids.ts`.
 */
import type { PeopleRegistry, RegistryPerson } from '../../../src/schema/registries.ts';
import type { Problem } from '../types.ts';
import { assignPersonIds, type IdCandidate } from './assign-person-ids.ts';
import { type ContextComparison, compareContexts, type PersonContext } from './compare-contexts.ts';
import { type DuplicateSide, describeProbableDuplicate, type ProbableDuplicate } from './describe-probable-duplicate.ts';
import { displayName } from './display-name.ts';
import { nameKey } from './name-key.ts';
import { type NameVariant, nameVariants } from './name-variants.ts';
import { validatePeopleRegistry } from './validate-people-registry.ts';

export { nameKey };

/** One place where a person is written in the minutes: an attendee or an item participant. */
export interface PersonMention {
	/** Meeting id (`<body>/<slug>`). */
	meeting: string;
	body: string;
	date: string | null;
	name: string;
	party: string | null;
	organization: string | null;
	title: string | null;
	group: 'politician' | 'official' | 'other';
	/** Path of the minutes file (`minutes/krf/2023-02-01.txt`), for the report; the meeting id is used when absent. */
	source?: string;
	/** 1-based line of the mention in the file, for the report. */
	line?: number | null;
	/** `attendee` (default) or item `participant`: two different spellings among one meeting's attendees are two people. */
	kind?: 'attendee' | 'participant';
}

/** A person as decided by identity resolution. */
export interface ResolvedPerson {
	id: string;
	name: string;
	/** Every spelling seen, the display name included. */
	aliases: string[];
	/** The registry leaves this person without a public page. */
	private: boolean;
}

/** The outcome of identity resolution. */
export interface IdentityResult {
	/** Person id for each mention, in the order given. */
	ids: string[];
	people: ResolvedPerson[];
	/** Probable duplicates and registry problems, for `check:content`. */
	problems: Problem[];
}

/** What the resolver is told besides the mentions and the registry. */
export interface ResolveOptions {
	/** The text of `content/people.yml`, so that registry problems carry line numbers. */
	registryText?: string;
}

interface Cluster {
	members: number[];
	entry: RegistryPerson | null;
}

interface Pair {
	a: number;
	b: number;
	variant: NameVariant;
	comparison: ContextComparison;
	status: 'merge' | 'report';
	reason: string;
}

/** Decides which mentions are the same person (see the rules at the top of this file) and reports probable duplicates. */
export function resolvePeople(mentions: readonly PersonMention[], registry: PeopleRegistry, options: ResolveOptions = {}): IdentityResult {
	const problems: Problem[] = validatePeopleRegistry(registry, options.registryText);
	const rank = rankMentions(mentions);
	const written = mentions.map((mention) => mention.name.normalize('NFC').replace(/\s+/g, ' ').trim());
	const keys = written.map(nameKey);

	// 1. The registry.
	const entries = uniqueEntries(registry.people);
	const entryIds = new Set(entries.map((entry) => entry.id));
	const clusters: Cluster[] = entries.map((entry) => ({ members: [], entry }));
	const registryIndex = indexRegistry(entries);
	const unassigned: number[] = [];
	for (const index of byRank(
		mentions.map((_, i) => i),
		rank,
	)) {
		const candidates = registryIndex.get(keys[index] as string);
		if (!candidates) {
			unassigned.push(index);
			continue;
		}
		const choice = chooseEntry(
			mentions[index] as PersonMention,
			candidates.map((i) => entries[i] as RegistryPerson),
		);
		if (choice.ambiguous) {
			problems.push({
				source: sourceOf(mentions[index] as PersonMention),
				line: mentions[index]?.line ?? null,
				severity: 'warning',
				message: `${written[index]} matches ${candidates.length} people in people.yml (${candidates.map((i) => entries[i]?.id).join(', ')}) and nothing here (party, organisation, date) tells which; it is linked to ${entries[candidates[choice.index] as number]?.id}. Give those entries \`organizations:\` or \`parties:\` with \`from:\`/\`to:\` dates that tell them apart.`,
			});
		}
		clusters[candidates[choice.index] as number]?.members.push(index);
	}

	// 2. The same name, kept apart where the contexts clash.
	const groups = new Map<string, number[]>();
	for (const index of unassigned) {
		const group = groups.get(keys[index] as string);
		if (group) group.push(index);
		else groups.set(keys[index] as string, [index]);
	}
	for (const members of groups.values()) {
		const local: { cluster: Cluster; context: PersonContext; first: number }[] = [];
		const richness = (index: number) => Number(Boolean(mentions[index]?.party)) + Number(Boolean(mentions[index]?.organization));
		for (const index of [...members].sort((a, b) => richness(b) - richness(a) || (rank[a] as number) - (rank[b] as number))) {
			const own = contextOf([index], mentions, null);
			let best: (typeof local)[number] | null = null;
			let bestScore = -1;
			for (const candidate of local) {
				const comparison = compareContexts(own, candidate.context);
				if (comparison.contradictions.length > 0) continue;
				const score = comparison.agreements.length;
				if (score > bestScore || (score === bestScore && best && candidate.first < best.first)) {
					best = candidate;
					bestScore = score;
				}
			}
			if (best) {
				best.cluster.members.push(index);
				best.context = joinContexts(best.context, own);
				best.first = Math.min(best.first, rank[index] as number);
			} else local.push({ cluster: { members: [index], entry: null }, context: own, first: rank[index] as number });
		}
		clusters.push(...local.map(({ cluster }) => cluster));
	}

	// 3. Spelling variants.
	const contexts = clusters.map((cluster) => contextOf(cluster.members, mentions, cluster.entry));
	const spellings = clusters.map((cluster) => spellingsOf(cluster, written));
	const pairs = variantPairs(clusters, spellings, contexts);
	const parent = clusters.map((_, index) => index);
	const find = (index: number): number => {
		if (parent[index] === index) return index;
		const root = find(parent[index] as number);
		parent[index] = root;
		return root;
	};
	const groupOf = new Map(clusters.map((_, index) => [index, [index]]));
	const rankOfCluster = (index: number) => firstRank(clusters[index] as Cluster, rank);
	for (const pair of [...pairs].sort(
		(x, y) => Math.max(rankOfCluster(x.a), rankOfCluster(x.b)) - Math.max(rankOfCluster(y.a), rankOfCluster(y.b)) || x.a - y.a || x.b - y.b,
	)) {
		if (pair.status !== 'merge') continue;
		const [rootA, rootB] = [find(pair.a), find(pair.b)];
		if (rootA === rootB) continue;
		const groupA = groupOf.get(rootA) as number[];
		const groupB = groupOf.get(rootB) as number[];
		const refusal = mergeRefusal(groupA, groupB, clusters, mentions, spellings);
		if (refusal) {
			pair.status = 'report';
			pair.reason = refusal;
			continue;
		}
		const registered = [rootA, rootB].find((root) => clusters[root]?.entry);
		const [keep, drop] = registered === rootB ? [rootB, rootA] : [rootA, rootB];
		parent[drop] = keep;
		groupOf.set(keep, [...groupA, ...groupB]);
		groupOf.delete(drop);
	}

	// 4. People and ids.
	const partsOf = new Map<number, number[]>();
	clusters.forEach((_, index) => {
		const parts = partsOf.get(find(index));
		if (parts) parts.push(index);
		else partsOf.set(find(index), [index]);
	});
	const people = [...partsOf]
		.map(([root, parts]) => {
			const members = byRank(
				parts.flatMap((index) => (clusters[index] as Cluster).members),
				rank,
			);
			const entry = parts.map((index) => clusters[index]?.entry).find((value) => value) ?? null;
			return { root, members, entry };
		})
		.filter((person) => person.members.length > 0);
	const automatic = people.filter((person) => !person.entry);
	const automaticIds = assignPersonIds(
		automatic.map((person): IdCandidate => idCandidate(person.members, mentions, written)),
		new Set(entryIds),
	);
	const idOfRoot = new Map<number, string>();
	automatic.forEach((person, index) => {
		idOfRoot.set(person.root, automaticIds[index] as string);
	});
	for (const person of people) if (person.entry) idOfRoot.set(person.root, person.entry.id);

	const resolved = people.map((person): ResolvedPerson & { root: number; members: number[] } => {
		const counts = new Map<string, { name: string; count: number; order: number }>();
		person.members.forEach((index, order) => {
			const name = written[index] as string;
			const seen = counts.get(name) ?? { name, count: 0, order };
			seen.count++;
			counts.set(name, seen);
		});
		const name = person.entry?.name ?? displayName([...counts.values()]);
		const aliases = [...new Set([name, ...counts.keys(), ...(person.entry?.aliases ?? [])])];
		return { id: idOfRoot.get(person.root) as string, name, aliases, private: person.entry?.private ?? false, root: person.root, members: person.members };
	});
	const byRoot = new Map(resolved.map((person) => [person.root, person]));

	// 5. Probable duplicates, one warning per pair of people.
	const clusterOfMention = new Map<number, number>();
	clusters.forEach((cluster, index) => {
		cluster.members.forEach((member) => {
			clusterOfMention.set(member, index);
		});
	});
	const reported = new Set<string>();
	const duplicates: Problem[] = [];
	const report = (a: number, b: number, kind: ProbableDuplicate['kind'], evidence: string[], reason: string) => {
		const [x, y] = [byRoot.get(find(a)), byRoot.get(find(b))];
		if (!x || !y || x === y) return;
		const key = [x.id, y.id].sort().join('\u0000');
		if (reported.has(key)) return;
		reported.add(key);
		const [earlier, later] = (rank[x.members[0] as number] as number) <= (rank[y.members[0] as number] as number) ? [x, y] : [y, x];
		const side = (person: typeof x, cited: number): DuplicateSide => {
			const mention = mentions[cited] as PersonMention;
			const context = contextOf(person.members, mentions, null);
			return {
				id: person.id,
				name: person.name,
				spellings: person.aliases,
				written: written[cited] as string,
				details: [mention.party, mention.title, mention.organization].filter((value): value is string => Boolean(value)),
				source: sourceOf(mention),
				line: mention.line ?? null,
				registered: entryIds.has(person.id),
				parties: [...context.parties],
				organizations: [...context.organizations],
			};
		};
		const mergedName = displayName([
			{ name: earlier.name, count: earlier.members.length, order: 0 },
			{ name: later.name, count: later.members.length, order: 1 },
		]);
		duplicates.push(
			describeProbableDuplicate({
				kind,
				earlier: side(earlier, earlier.members.at(-1) as number),
				later: side(later, later.members[0] as number),
				evidence,
				reason,
				mergedName,
			}),
		);
	};
	for (const pair of pairs) {
		if (pair.status === 'report') report(pair.a, pair.b, 'variant', evidenceOf(pair.variant, pair.comparison), pair.reason);
	}
	for (const members of groups.values()) {
		const split = [...new Set(members.map((index) => find(clusterOfMention.get(index) as number)))];
		for (let i = 0; i < split.length; i++) {
			for (let j = i + 1; j < split.length; j++) {
				const [x, y] = [byRoot.get(split[i] as number), byRoot.get(split[j] as number)];
				if (!x || !y) continue;
				const comparison = compareContexts(contextOf(x.members, mentions, null), contextOf(y.members, mentions, null));
				const clash =
					comparison.contradictions.map((c) => `the ${c.field === 'party' ? 'parties' : 'organisations'} differ (${c.values.join(', ')})`).join(' and ') ||
					'the minutes do not tell whether they are one person';
				report(split[i] as number, split[j] as number, 'namesake', agreementsText(comparison), clash);
			}
		}
	}
	duplicates.sort((a, b) => a.source.localeCompare(b.source) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
	problems.push(...duplicates);

	const idOfMention = new Map<number, string>();
	for (const person of resolved) for (const index of person.members) idOfMention.set(index, person.id);
	return {
		ids: mentions.map((_, index) => idOfMention.get(index) as string),
		people: resolved
			.map(({ id, name, aliases, private: hidden }) => ({ id, name, aliases, private: hidden }))
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		problems,
	};
}

/** Rank of each mention by date (unknown last), source path, line and input order. */
function rankMentions(mentions: readonly PersonMention[]): number[] {
	const order = mentions
		.map((mention, index) => ({ mention, index }))
		.sort((x, y) => {
			const [a, b] = [x.mention.date, y.mention.date];
			if (a !== b) {
				if (a === null) return 1;
				if (b === null) return -1;
				return a < b ? -1 : 1;
			}
			const [sa, sb] = [sourceOf(x.mention), sourceOf(y.mention)];
			if (sa !== sb) return sa < sb ? -1 : 1;
			return (x.mention.line ?? Number.MAX_SAFE_INTEGER) - (y.mention.line ?? Number.MAX_SAFE_INTEGER) || x.index - y.index;
		});
	const rank = new Array<number>(mentions.length);
	order.forEach(({ index }, position) => {
		rank[index] = position;
	});
	return rank;
}

function byRank(indexes: readonly number[], rank: readonly number[]): number[] {
	return [...indexes].sort((a, b) => (rank[a] as number) - (rank[b] as number));
}

function firstRank(cluster: Cluster, rank: readonly number[]): number {
	return cluster.members.reduce((min, index) => Math.min(min, rank[index] as number), Number.MAX_SAFE_INTEGER);
}

function sourceOf(mention: PersonMention): string {
	return mention.source ?? mention.meeting;
}

/** Registry entries with a unique id (a duplicate id is reported by the validation and its later entry ignored). */
function uniqueEntries(people: readonly RegistryPerson[]): RegistryPerson[] {
	const seen = new Set<string>();
	return people.filter((person) => !seen.has(person.id) && Boolean(seen.add(person.id)));
}

/** Name key → indexes of registry entries: names of every entry, then aliases that are nobody's name and nobody else's alias. */
function indexRegistry(entries: readonly RegistryPerson[]): Map<string, number[]> {
	const index = new Map<string, number[]>();
	entries.forEach((entry, i) => {
		index.set(nameKey(entry.name), [...(index.get(nameKey(entry.name)) ?? []), i]);
	});
	const names = new Set(index.keys());
	entries.forEach((entry, i) => {
		for (const alias of entry.aliases) {
			const key = nameKey(alias);
			if (names.has(key) || index.has(key)) continue;
			index.set(key, [i]);
		}
	});
	return index;
}

/** Picks the registry entry a mention belongs to when several share its name: the one whose dated parties and organisations fit best. */
function chooseEntry(mention: PersonMention, candidates: readonly RegistryPerson[]): { index: number; ambiguous: boolean } {
	if (candidates.length === 1) return { index: 0, ambiguous: false };
	const own = contextOf([0], [mention], null);
	const scores = candidates.map((entry) => {
		const at = (values: RegistryPerson['parties']) => values.filter((value) => within(mention.date, value.from, value.to)).map((value) => value.value);
		const context: PersonContext = {
			parties: new Set(at(entry.parties).map((p) => p.toUpperCase())),
			organizations: new Set(at(entry.organizations)),
			titles: new Set(),
			bodies: new Set(),
			meetings: new Set(),
			first: null,
			last: null,
		};
		const comparison = compareContexts(own, context);
		if (comparison.contradictions.length > 0) return -1;
		const known = entry.parties.length + entry.organizations.length > 0;
		const current = context.parties.size + context.organizations.size > 0;
		// An entry whose every party and organisation lies outside the mention's date fits less well.
		return comparison.agreements.length + (known && !current ? -0.5 : 0);
	});
	const best = Math.max(...scores);
	const index = scores.indexOf(best);
	return { index, ambiguous: scores.filter((score) => score === best).length > 1 };
}

function within(date: string | null, from: string | undefined, to: string | undefined): boolean {
	if (!date) return true;
	if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
	if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
	return true;
}

function contextOf(members: readonly number[], mentions: readonly PersonMention[], entry: RegistryPerson | null): PersonContext {
	const parties = new Set<string>();
	const organizations = new Set<string>();
	const titles = new Set<string>();
	const bodies = new Set<string>();
	const meetings = new Set<string>();
	let first: string | null = null;
	let last: string | null = null;
	for (const index of members) {
		const mention = mentions[index];
		if (!mention) continue;
		if (mention.party?.trim()) parties.add(mention.party.trim().toUpperCase());
		if (mention.organization?.trim()) organizations.add(mention.organization.trim().replace(/\s+/g, ' '));
		if (mention.title?.trim()) titles.add(mention.title.trim().toLocaleLowerCase('sv'));
		bodies.add(mention.body);
		if ((mention.kind ?? 'attendee') === 'attendee') meetings.add(mention.meeting);
		if (mention.date) {
			if (!first || mention.date < first) first = mention.date;
			if (!last || mention.date > last) last = mention.date;
		}
	}
	for (const party of entry?.parties ?? []) parties.add(party.value.trim().toUpperCase());
	for (const organization of entry?.organizations ?? []) organizations.add(organization.value.trim());
	return { parties, organizations, titles, bodies, meetings, first, last };
}

/** Adds what `b` knows to `a` (whose sets are the resolver's own). */
function joinContexts(a: PersonContext, b: PersonContext): PersonContext {
	const add = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
		for (const value of y) (x as Set<string>).add(value);
	};
	add(a.parties, b.parties);
	add(a.organizations, b.organizations);
	add(a.titles, b.titles);
	add(a.bodies, b.bodies);
	add(a.meetings, b.meetings);
	const first = a.first === null ? b.first : b.first === null || a.first <= b.first ? a.first : b.first;
	const last = a.last === null ? b.last : b.last === null || a.last >= b.last ? a.last : b.last;
	return { ...a, first, last };
}

function spellingsOf(cluster: Cluster, written: readonly string[]): string[] {
	const names = cluster.members.map((index) => written[index] as string);
	if (cluster.entry) names.push(cluster.entry.name, ...cluster.entry.aliases);
	const byKey = new Map<string, string>();
	for (const name of names) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
	return [...byKey.values()];
}

/** Pairs of clusters whose names are variants of each other, each with its decision. */
function variantPairs(clusters: readonly Cluster[], spellings: readonly string[][], contexts: readonly PersonContext[]): Pair[] {
	// Candidates share a surname, or one's surname is a part of the other's double surname.
	const bySurname = new Map<string, number[]>();
	const byOtherPart = new Map<string, number[]>();
	const add = (map: Map<string, number[]>, key: string, index: number) => {
		const list = map.get(key);
		if (!list) map.set(key, [index]);
		else if (list.at(-1) !== index) list.push(index);
	};
	spellings.forEach((names, index) => {
		for (const name of names) {
			const words = nameKey(name)
				.split(/[\s-]+/)
				.slice(1);
			add(bySurname, words.at(-1) ?? '', index);
			for (const word of words.slice(0, -1)) add(byOtherPart, word, index);
		}
	});
	const pairs: Pair[] = [];
	const seen = new Set<string>();
	const consider = (a: number, b: number) => {
		if (a === b) return;
		const [x, y] = a < b ? [a, b] : [b, a];
		if (seen.has(`${x},${y}`)) return;
		seen.add(`${x},${y}`);
		const pair = judge(x, y, clusters, spellings, contexts);
		if (pair) pairs.push(pair);
	};
	for (const [surname, list] of bySurname) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) consider(list[i] as number, list[j] as number);
			for (const other of byOtherPart.get(surname) ?? []) consider(list[i] as number, other);
		}
	}
	// A name that could belong to two different people is not merged with either.
	const partners = new Map<number, number[]>();
	for (const pair of pairs) {
		if (pair.status !== 'merge') continue;
		partners.set(pair.a, [...(partners.get(pair.a) ?? []), pair.b]);
		partners.set(pair.b, [...(partners.get(pair.b) ?? []), pair.a]);
	}
	const merging = (a: number, b: number) => pairs.some((pair) => pair.status === 'merge' && ((pair.a === a && pair.b === b) || (pair.a === b && pair.b === a)));
	for (const [cluster, list] of partners) {
		const rival = list.find((x) => list.some((y) => x < y && !merging(x, y)));
		if (rival === undefined) continue;
		for (const pair of pairs) {
			if (pair.status === 'merge' && (pair.a === cluster || pair.b === cluster)) {
				const other = pair.a === cluster ? pair.b : pair.a;
				const alternative = list.find((x) => x !== other) as number;
				pair.status = 'report';
				pair.reason = `the name may just as well be ${spellings[alternative]?.[0]}`;
			}
		}
	}
	return pairs;
}

function judge(a: number, b: number, clusters: readonly Cluster[], spellings: readonly string[][], contexts: readonly PersonContext[]): Pair | null {
	const namesA = spellings[a] as string[];
	const namesB = spellings[b] as string[];
	if (namesA.some((x) => namesB.some((y) => nameKey(x) === nameKey(y)))) return null;
	let variant: NameVariant | null = null;
	for (const x of namesA) {
		for (const y of namesB) {
			const candidate = nameVariants(x, y);
			if (candidate && (!variant || better(candidate, variant))) variant = candidate;
		}
	}
	if (!variant) return null;
	const [entryA, entryB] = [clusters[a]?.entry ?? null, clusters[b]?.entry ?? null];
	if (entryA && entryB && (entryA.notSameAs.includes(entryB.id) || entryB.notSameAs.includes(entryA.id))) return null;
	const comparison = compareContexts(contexts[a] as PersonContext, contexts[b] as PersonContext);
	if (comparison.sameMeeting || comparison.contradictions.length > 0) return null;
	const pair = (status: Pair['status'], reason: string): Pair => ({ a, b, variant: variant as NameVariant, comparison, status, reason });
	if (entryA && entryB) return pair('report', 'they are two entries in content/people.yml without notSameAs');
	if (!variant.mergeable) return pair('report', 'the surnames are not written the same');
	const counted = comparison.agreements.filter((agreement) => agreement.field !== 'body' || variant?.needs.bodyCounts);
	if (counted.length < variant.needs.agreements) {
		return pair(
			'report',
			variant.needs.bodyCounts
				? 'nothing else (party, organisation, title or body) is known to agree'
				: `such a variant needs at least ${variant.needs.agreements} of party, organisation and title to agree, and ${counted.length === 0 ? 'none does' : 'only one does'}`,
		);
	}
	return pair('merge', '');
}

function better(x: NameVariant, y: NameVariant): boolean {
	if (x.mergeable !== y.mergeable) return x.mergeable;
	return x.needs.agreements < y.needs.agreements || (x.needs.agreements === y.needs.agreements && Number(x.needs.bodyCounts) > Number(y.needs.bodyCounts));
}

/** Why two groups of clusters cannot be joined, or `null` when they can. */
function mergeRefusal(
	groupA: readonly number[],
	groupB: readonly number[],
	clusters: readonly Cluster[],
	mentions: readonly PersonMention[],
	spellings: readonly string[][],
): string | null {
	const entries = [...groupA, ...groupB].map((index) => clusters[index]?.entry).filter((entry): entry is RegistryPerson => Boolean(entry));
	if (entries.length > 1) return 'they are two entries in content/people.yml';
	const members = (group: readonly number[]) => group.flatMap((index) => (clusters[index] as Cluster).members);
	const entryOf = (group: readonly number[]) => group.map((index) => clusters[index]?.entry).find((entry) => entry) ?? null;
	const comparison = compareContexts(contextOf(members(groupA), mentions, entryOf(groupA)), contextOf(members(groupB), mentions, entryOf(groupB)));
	if (comparison.sameMeeting) return 'with the other spellings of these names, they are listed together in one meeting';
	if (comparison.contradictions.length > 0) return 'with the other spellings of these names, their parties or organisations differ';
	const namesA = groupA.flatMap((index) => spellings[index] as string[]);
	const namesB = groupB.flatMap((index) => spellings[index] as string[]);
	if (namesA.some((x) => namesB.some((y) => nameKey(x) !== nameKey(y) && !nameVariants(x, y))))
		return 'not every spelling of the one is a variant of every spelling of the other';
	return null;
}

function idCandidate(members: readonly number[], mentions: readonly PersonMention[], written: readonly string[]): IdCandidate {
	const first = mentions[members[0] as number] as PersonMention;
	const find = (pick: (mention: PersonMention) => string | null) =>
		members.map((index) => pick(mentions[index] as PersonMention)).find((value) => value) ?? null;
	return {
		name: written[members[0] as number] as string,
		date: first.date,
		source: sourceOf(first),
		line: first.line ?? null,
		distinguishers: [find((m) => m.organization), find((m) => m.party), find((m) => m.title), first.body].filter((value): value is string => Boolean(value)),
	};
}

function agreementsText(comparison: ContextComparison): string[] {
	const label = { party: 'party', organization: 'organisation', title: 'title', body: 'body' } as const;
	const parts = comparison.agreements.map((agreement) => `${label[agreement.field]} (${agreement.value})`);
	const text: string[] = [];
	if (parts.length) text.push(`same ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}`);
	if (comparison.sameTime) text.push('seen in overlapping years');
	return text;
}

function evidenceOf(variant: NameVariant, comparison: ContextComparison): string[] {
	return [...(variant.kinds.includes('double-surname') ? [] : ['same surname']), ...variant.evidence, ...agreementsText(comparison)];
}

import type { Case, MeetingRef, Topic } from '../../../src/schema/derived.ts';
import type { Meeting } from '../../../src/schema/meeting.ts';
import type { RegistryTopic } from '../../../src/schema/registries.ts';
import type { RecurringTitle } from '../resolve/find-recurring-titles.ts';
import { normalizeCaseNumber } from '../resolve/normalize-case-number.ts';
import { slugify } from '../slugify.ts';
import { compareDates, type MeetingsById } from './build-people.ts';

function chronological(meetings: MeetingsById): [string, Meeting][] {
	return [...meetings.entries()].sort(([a, x], [b, y]) => compareDates(x.date, y.date) || a.localeCompare(b));
}

/** Each topic id with every id under it (itself, narrower topics, theirs, …), following `broader` links; cycles are cut. */
function descendants(topics: readonly RegistryTopic[]): Map<string, Set<string>> {
	const children = new Map<string, string[]>();
	for (const topic of topics) if (topic.broader) children.set(topic.broader, [...(children.get(topic.broader) ?? []), topic.id]);
	const result = new Map<string, Set<string>>();
	for (const topic of topics) {
		const seen = new Set<string>();
		const stack = [topic.id];
		while (stack.length) {
			const id = stack.pop() as string;
			if (seen.has(id)) continue;
			seen.add(id);
			stack.push(...(children.get(id) ?? []));
		}
		result.set(topic.id, seen);
	}
	return result;
}

/**
 * Builds each topic's page data, oldest items first: every curated topic (a broader topic also lists the
 * items of the topics under it), then every recurring-title topic (origin `recurring`) that has items in
 * the given meetings. Items are found through `item.topics`.
 */
export function buildTopics(meetings: MeetingsById, topics: readonly RegistryTopic[], recurring: readonly RecurringTitle[] = []): Topic[] {
	const direct = new Map<string, MeetingRef[]>();
	const order: MeetingRef[] = [];
	for (const [id, meeting] of chronological(meetings)) {
		for (const item of meeting.items) {
			const ref = { meeting: id, anchor: item.anchor };
			order.push(ref);
			for (const topic of item.topics) direct.set(topic, [...(direct.get(topic) ?? []), ref]);
		}
	}
	const under = descendants(topics);
	const itemsOf = (ids: Set<string>) => {
		const refs = new Set([...ids].flatMap((id) => direct.get(id) ?? []));
		return order.filter((ref) => refs.has(ref));
	};
	const curated: Topic[] = topics.map((topic) => ({
		id: topic.id,
		label: topic.label,
		url: `/amnen/${topic.id}/`,
		description: topic.description,
		synonyms: topic.synonyms,
		abbreviations: topic.abbreviations,
		broader: topic.broader ?? null,
		origin: 'registry',
		items: itemsOf(under.get(topic.id) ?? new Set([topic.id])),
	}));
	const curatedIds = new Set(topics.map((topic) => topic.id));
	const automatic: Topic[] = recurring
		.filter((topic) => !curatedIds.has(topic.id) && (direct.get(topic.id)?.length ?? 0) > 0)
		.map((topic) => ({
			id: topic.id,
			label: topic.label,
			url: `/amnen/${topic.id}/`,
			description: '',
			synonyms: topic.forms.filter((form) => form !== topic.label),
			abbreviations: topic.abbreviations,
			broader: null,
			origin: 'recurring',
			items: direct.get(topic.id) ?? [],
		}));
	return [...curated, ...automatic];
}

/**
 * Builds a page for every case, with the items that handled it, oldest first. Case numbers are normalised
 * (`normalizeCaseNumber`), so `RS181313` and `RS 181313`, or `KS 2018/124` and `Dnr KS2018/124`, are one
 * case; the page shows the first normalised form met. A case number names a case within one organisation: the same
 * number in the minutes of two organisations (`organizationOf` each body) is two cases, and the later one's id ends
 * with its organisation's slug, so adding another organisation's minutes never moves an existing page. A case's
 * items run across the organisation's bodies (nämnd → KS → KF).
 */
export function buildCases(meetings: MeetingsById, organizationOf: (body: string) => string | null = () => null): Case[] {
	const cases = new Map<string, Case>();
	const taken = new Set<string>();
	for (const [id, meeting] of chronological(meetings)) {
		const organization = organizationOf(meeting.body);
		for (const item of meeting.items) {
			for (const written of item.caseNumbers) {
				const normalized = normalizeCaseNumber(written) ?? { number: written.trim(), id: slugify(written) };
				if (!normalized.id) continue;
				// "KS 2018/124" of two municipalities are two cases: the first organisation met keeps the plain id
				const key = `${organization ?? ''}\u0000${normalized.id}`;
				let entry = cases.get(key);
				if (!entry) {
					let caseId = normalized.id;
					if (taken.has(caseId)) caseId = `${normalized.id}-${slugify(organization ?? '') || 'organisation'}`;
					while (taken.has(caseId)) caseId += '-b';
					taken.add(caseId);
					entry = { id: caseId, number: normalized.number, key: normalized.id, organization, url: `/arenden/${caseId}/`, items: [] };
					cases.set(key, entry);
				}
				if (!entry.items.some((ref) => ref.meeting === id && ref.anchor === item.anchor)) entry.items.push({ meeting: id, anchor: item.anchor });
			}
		}
	}
	return [...cases.values()].sort((a, b) => a.id.localeCompare(b.id));
}

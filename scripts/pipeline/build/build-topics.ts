import type { Case, MeetingRef, Topic } from '../../../src/schema/derived.ts';
import type { RegistryTopic } from '../../../src/schema/registries.ts';
import { slugify } from '../slugify.ts';
import { compareDates, type MeetingsById } from './build-people.ts';

function chronological(meetings: MeetingsById): [string, MeetingsById extends ReadonlyMap<string, infer M> ? M : never][] {
	return [...meetings.entries()].sort(([a, x], [b, y]) => compareDates(x.date, y.date) || a.localeCompare(b));
}

/** Builds each curated topic's page data: its items across meetings, oldest first. */
export function buildTopics(meetings: MeetingsById, topics: readonly RegistryTopic[]): Topic[] {
	const items = new Map<string, MeetingRef[]>();
	for (const [id, meeting] of chronological(meetings)) {
		for (const item of meeting.items) {
			for (const topic of item.topics) items.set(topic, [...(items.get(topic) ?? []), { meeting: id, anchor: item.anchor }]);
		}
	}
	return topics.map((topic) => ({
		id: topic.id,
		label: topic.label,
		url: `/amnen/${topic.id}/`,
		description: topic.description,
		synonyms: topic.synonyms,
		abbreviations: topic.abbreviations,
		broader: topic.broader ?? null,
		origin: 'registry',
		items: items.get(topic.id) ?? [],
	}));
}

/** Builds a page for every case number, with the items that handled it, oldest first. */
export function buildCases(meetings: MeetingsById): Case[] {
	const cases = new Map<string, Case>();
	for (const [id, meeting] of chronological(meetings)) {
		for (const item of meeting.items) {
			for (const number of item.caseNumbers) {
				const caseId = slugify(number.replace(/^dnr\s*/i, ''));
				const entry = cases.get(caseId) ?? { id: caseId, number, url: `/arenden/${caseId}/`, items: [] };
				entry.items.push({ meeting: id, anchor: item.anchor });
				cases.set(caseId, entry);
			}
		}
	}
	return [...cases.values()].sort((a, b) => a.id.localeCompare(b.id));
}

import type { Topic } from '../schema/derived.ts';
import type { Item } from '../schema/meeting.ts';

/** A topic's broader topic, its narrower topics, and other topics that share items with it (most shared first). */
export interface RelatedTopics {
	broader: Topic | null;
	narrower: Topic[];
	alsoOn: { topic: Topic; count: number }[];
}

/** Finds the topics related to one topic through the hierarchy and through items tagged with both. */
export function relatedTopics(topic: Topic, topics: readonly Topic[], items: ReadonlyMap<string, Item>, limit = 8): RelatedTopics {
	const byId = new Map(topics.map((t) => [t.id, t]));
	const shared = new Map<string, number>();
	for (const ref of topic.items) {
		const item = items.get(`${ref.meeting}#${ref.anchor}`);
		for (const other of item?.topics ?? []) if (other !== topic.id) shared.set(other, (shared.get(other) ?? 0) + 1);
	}
	const narrower = topics.filter((t) => t.broader === topic.id);
	const excluded = new Set([topic.broader, ...narrower.map((t) => t.id)]);
	return {
		broader: topic.broader ? (byId.get(topic.broader) ?? null) : null,
		narrower,
		alsoOn: [...shared]
			.filter(([id]) => !excluded.has(id) && byId.has(id))
			.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
			.slice(0, limit)
			.map(([id, count]) => ({ topic: byId.get(id)!, count })),
	};
}

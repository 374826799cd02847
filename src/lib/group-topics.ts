import type { Topic } from '../schema/derived.ts';

const collator = new Intl.Collator('sv');

/** A top-level topic with every topic under it, or the group of recurring agenda titles (`parent: null`). */
export interface TopicGroup {
	parent: Topic | null;
	children: Topic[];
}

/** Groups topics under their top-level broader topic (Swedish alphabetical order); recurring titles without a parent come last. */
export function groupTopics(topics: readonly Topic[]): TopicGroup[] {
	const byId = new Map(topics.map((t) => [t.id, t]));
	const rootOf = (topic: Topic): Topic => {
		const seen = new Set<string>();
		let current = topic;
		while (current.broader && byId.has(current.broader) && !seen.has(current.broader)) {
			seen.add(current.id);
			current = byId.get(current.broader)!;
		}
		return current;
	};
	const sorted = [...topics].sort((a, b) => collator.compare(a.label, b.label));
	const groups = new Map<string, TopicGroup>();
	const recurring: Topic[] = [];
	for (const topic of sorted) {
		const root = rootOf(topic);
		if (root === topic) {
			if (topic.origin === 'recurring') recurring.push(topic);
			else if (!groups.has(topic.id)) groups.set(topic.id, { parent: topic, children: [] });
		}
	}
	for (const topic of sorted) {
		const root = rootOf(topic);
		if (root !== topic) groups.get(root.id)?.children.push(topic) ?? recurring.push(topic);
	}
	const result = [...groups.values()];
	if (recurring.length) result.push({ parent: null, children: recurring });
	return result;
}

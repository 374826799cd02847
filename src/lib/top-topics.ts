/** Counts the items per topic id across meetings and returns the most frequent, ties by id. */
export function topTopics(meetings: readonly { data: { items: readonly { topics: readonly string[] }[] } }[], limit = 10): { topic: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const meeting of meetings) for (const item of meeting.data.items) for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
	return [...counts]
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
		.slice(0, limit)
		.map(([topic, count]) => ({ topic, count }));
}

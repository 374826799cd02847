/** The `limit` entries with the highest score (ties: earlier first), kept in the list's own order. */
export function keepLargest<T>(list: readonly T[], limit: number, score: (entry: T) => number): T[] {
	if (list.length <= limit) return [...list];
	const kept = new Set(
		list
			.map((entry, index) => ({ index, score: score(entry) }))
			.sort((a, b) => b.score - a.score || a.index - b.index)
			.slice(0, Math.max(0, limit))
			.map(({ index }) => index),
	);
	return list.filter((_, index) => kept.has(index));
}

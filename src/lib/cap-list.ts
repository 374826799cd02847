/** The first `limit` entries of a list and how many were left out. */
export function capList<T>(list: readonly T[], limit: number): { shown: T[]; hidden: number } {
	const shown = list.slice(0, Math.max(0, limit));
	return { shown, hidden: list.length - shown.length };
}

/** The year inferred for a date written without one, and the years that were considered. */
export interface InferredYear {
	year: number | null;
	/** Years that fit the weekday (more than one means the year is uncertain). */
	candidates: number[];
}

function fits(year: number, month: number, day: number, weekday: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday;
}

/**
 * Infer the year of a day and month written with a weekday, only when certain: exactly one of the years the text
 * mentions fits the weekday; failing that, exactly one of the years next to them.
 */
export function inferYear(month: number, day: number, weekday: number, text: string): InferredYear {
	const mentioned = new Set<number>();
	for (const m of text.matchAll(/(?<![\d/-])(19[5-9]\d|20\d\d|21\d\d)(?![\d])/gu)) mentioned.add(Number(m[1]));
	const exact = [...mentioned].filter((y) => fits(y, month, day, weekday)).sort();
	if (exact.length === 1) return { year: exact[0]!, candidates: exact };
	if (exact.length > 1) return { year: null, candidates: exact };
	const near = new Set<number>();
	for (const y of mentioned) for (const n of [y - 1, y + 1]) if (!mentioned.has(n) && fits(n, month, day, weekday)) near.add(n);
	const list = [...near].sort();
	return { year: list.length === 1 ? list[0]! : null, candidates: list };
}

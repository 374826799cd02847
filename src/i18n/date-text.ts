/** How a language writes dates: its month names and the text for a missing date. */
export interface DateWords {
	months: readonly string[];
	missing: string;
}

/**
 * The date formatters of a language: a partial ISO date (`2023-02-01`, `2019-06`, `2024`) as text (`1 februari
 * 2023`), and a range shortened where it can be (`1–2 februari 2023`).
 */
export function dateText({ months, missing }: DateWords): {
	date: (value: string | null) => string;
	dateRange: (start: string | null, end: string | null) => string;
} {
	const date = (value: string | null): string => {
		if (!value) return missing;
		const [y = value, m, d] = value.split('-');
		if (!m) return y;
		const month = months[Number(m) - 1] ?? m;
		return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
	};
	const dateRange = (start: string | null, end: string | null): string => {
		if (!end || end === start || !start) return date(start);
		const [y1, m1, d1] = start.split('-');
		const [y2, m2, d2] = end.split('-');
		if (d1 && d2 && y1 === y2 && m1 === m2) return `${Number(d1)}–${date(end)}`;
		return `${date(start)}–${date(end)}`;
	};
	return { date, dateRange };
}

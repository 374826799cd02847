/** The first day of a partial date's period (`2019-06` → `2019-06-01`, `2024` → `2024-01-01`), or `null` when unknown. */
export function firstDay(date: string | null | undefined): string | null {
	if (!date || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return null;
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}`;
}

/** Pads a partial date to a sortable `YYYY-MM-DD` string: `2024` → `2024-00-00`, unknown → `0000-00-00`. */
export function sortableDate(date: string | null | undefined): string {
	if (!date) return '0000-00-00';
	const [y, m = '00', d = '00'] = date.split('-');
	return `${y}-${m}-${d}`;
}

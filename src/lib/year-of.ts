/** The key of a meeting's year page: the year of its date, or `utan-datum` when the date is unknown. */
export function yearOf(date: string | null | undefined): string {
	return date ? date.slice(0, 4) : 'utan-datum';
}

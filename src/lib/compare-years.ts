/** Orders year keys newest first with `utan-datum` (no date) last; use with `.sort()`. */
export function compareYears(a: string, b: string): number {
	if (a === b) return 0;
	if (a === 'utan-datum') return 1;
	if (b === 'utan-datum') return -1;
	return b.localeCompare(a);
}

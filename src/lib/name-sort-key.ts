/** Splits a display name into surname (the last word) and given names, for sorting by surname then first name. */
export function nameSortKey(name: string): { surname: string; given: string } {
	const words = name.trim().split(/\s+/);
	const surname = words.length > 1 ? words.pop()! : (words[0] ?? '');
	return { surname, given: words.length > 0 && words[0] !== surname ? words.join(' ') : '' };
}

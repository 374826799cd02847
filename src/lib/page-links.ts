/** The links of a page navigation (years, letters): one per key in the given order, labelled, the current one marked. */
export function pageLinks(
	keys: readonly string[],
	current: string | null,
	url: (key: string) => string,
	label: (key: string) => string = (key) => key,
): { key: string; url: string; label: string; current: boolean }[] {
	return keys.map((key) => ({ key, url: url(key), label: label(key), current: key === current }));
}

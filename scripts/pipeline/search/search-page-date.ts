/** The `data-pagefind-sort="datum"` value in a page's HTML, or null when the page has none. */
export function searchPageDate(html: string): string | null {
	const match = /data-pagefind-sort="datum"[^>]*>([^<]*)</.exec(html);
	return match ? match[1]!.trim() : null;
}

/** A page to index, with what orders it. */
export interface SearchPage {
	/** The page's URL path, `/organ/halland-krf/2023-02-01/`. */
	url: string;
	/** The value of its `data-pagefind-sort="datum"` element (`2023-02-01`, `2019-06-00`), or null without one. */
	date: string | null;
}

/**
 * The order in which to hand pages to Pagefind: by date, then URL; pages without a date last. Pagefind numbers pages
 * in the order they are added and stores each sort as a list of page numbers, so with date-ordered numbering the
 * date sort (loaded with every first search) is a run of consecutive numbers that compresses to almost nothing.
 */
export function searchPageOrder<P extends SearchPage>(pages: readonly P[]): P[] {
	return [...pages].sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === null) return 1;
			if (b.date === null) return -1;
			return a.date < b.date ? -1 : 1;
		}
		return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
	});
}

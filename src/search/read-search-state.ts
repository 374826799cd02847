import { searchFilters } from './search-filters.ts';

/** How results are ordered: Pagefind's relevance, or by meeting date. */
export type SearchSort = 'relevans' | 'nyast' | 'aldst';

/** Everything the search page shows, as kept in its URL. */
export interface SearchState {
	/** The words typed, as typed. */
	query: string;
	/** Chosen values per filter; a filter without values is left out. */
	filters: Partial<Record<string, string[]>>;
	sort: SearchSort;
}

/** Reads the search page's state from its URL query string: `?q=hemsjukvård&organ=KRF&år=2023&sort=nyast`. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Partial<Record<string, string[]>> = {};
	for (const key of searchFilters) {
		const values = [...new Set(params.getAll(key).filter((v) => v !== ''))];
		if (values.length > 0) filters[key] = values;
	}
	const sort = params.get('sort');
	return { query: params.get('q') ?? '', filters, sort: sort === 'nyast' || sort === 'aldst' ? sort : 'relevans' };
}

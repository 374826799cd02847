import type { SearchState } from './read-search-state.ts';

/** The options of a Pagefind search. */
export interface PagefindSearchOptions {
	filters: Record<string, { any: string[] }>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's search options for a state: any chosen value within a filter, every filter at once; sort on `datum`. */
export function pagefindSearchOptions(state: SearchState): PagefindSearchOptions {
	const filters: Record<string, { any: string[] }> = {};
	for (const [key, values] of Object.entries(state.filters)) if (values && values.length > 0) filters[key] = { any: values };
	if (state.sort === 'relevans') return { filters };
	return { filters, sort: { datum: state.sort === 'nyast' ? 'desc' : 'asc' } };
}

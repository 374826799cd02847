import type { SearchState } from './read-search-state.ts';
import { searchFilters } from './search-filters.ts';

/** The URL query string of a search state (`?q=…&organ=…&sort=nyast`, empty parts left out; `''` for no state). */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim() !== '') params.set('q', state.query);
	for (const key of searchFilters) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort !== 'relevans') params.set('sort', state.sort);
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

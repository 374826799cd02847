import { coversTerms } from './covers-terms.ts';
import { queryTerms } from './query-terms.ts';

/** The parts of Pagefind's JS API the search uses. */
export interface PagefindApi<R extends PagefindResult> {
	options: (options: { exactDiacritics: boolean }) => Promise<void>;
	search: (query: string | null, options?: object) => Promise<{ results: R[] } | null>;
}

/** A Pagefind result, enough to check what it matched. */
export interface PagefindResult {
	data: () => Promise<{ content: string; locations: number[] }>;
}

/** Whether a search's best result matched every word of the query (see `coversTerms`). */
async function covered<R extends PagefindResult>(results: readonly R[], terms: readonly string[]): Promise<boolean> {
	const best = results[0];
	if (!best) return false;
	const data = await best.data();
	const words = data.content.split(/\s+/);
	return coversTerms(terms, data.locations.map((l) => words[l] ?? ''));
}

/**
 * Searches with every query word required and å, ä, ö as letters of their own (Pagefind's `exactDiacritics`, so `ar`
 * does not drown in `är` and `år`). When that finds nothing, searches again with diacritics folded (`hemsjukvard`) and
 * says so with `relaxed`. A search whose best result misses a query word (Pagefind's fallbacks) counts as no results.
 * Without a query (filters only) Pagefind's search is returned as it is. Expects `exactDiacritics: true` to be set.
 */
export async function runSearch<R extends PagefindResult, S extends { results: R[] }>(
	pagefind: { options: PagefindApi<R>['options']; search: (query: string | null, options?: object) => Promise<S | null> },
	query: string,
	options: object = {},
): Promise<{ search: S; relaxed: boolean } | null> {
	const terms = queryTerms(query);
	const exact = await pagefind.search(terms.length > 0 ? query : null, options);
	if (exact === null) return null;
	if (terms.length === 0 || (await covered(exact.results, terms))) return { search: exact, relaxed: false };
	await pagefind.options({ exactDiacritics: false });
	try {
		const loose = await pagefind.search(query, options);
		if (loose && (await covered(loose.results, terms))) return { search: loose, relaxed: true };
	} finally {
		await pagefind.options({ exactDiacritics: true });
	}
	return { search: { ...exact, results: [] }, relaxed: false };
}

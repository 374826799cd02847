import { coversTerms } from './covers-terms.ts';
import { exactQuery } from './exact-query.ts';
import { type MatchedData, phraseLocations } from './phrase-locations.ts';
import { queryTerms } from './query-terms.ts';

/** The parts of Pagefind's JS API the search uses. */
export interface PagefindApi<R extends PagefindResult> {
	options: (options: { exactDiacritics: boolean }) => Promise<void>;
	search: (query: string | null, options?: object) => Promise<{ results: R[] } | null>;
}

/** A Pagefind result, enough to check what it matched. */
export interface PagefindResult {
	id: string;
	data: () => Promise<MatchedData>;
}

type Pagefind<R extends PagefindResult, S extends { results: R[] }> = {
	options: PagefindApi<R>['options'];
	search: (query: string | null, options?: object) => Promise<S | null>;
};

/** Whether a search's best result matched every word of the query (see `coversTerms`). */
async function covered<R extends PagefindResult>(results: readonly R[], terms: readonly string[]): Promise<boolean> {
	const best = results[0];
	if (!best) return false;
	const data = await best.data();
	const words = data.content.split(/\s+/);
	return coversTerms(
		terms,
		data.locations.map((l) => words[l] ?? ''),
	);
}

/** Runs a search with å, ä and ö folded (`relaxed`) or as letters of their own, and restores the latter. */
async function searchWith<R extends PagefindResult, S extends { results: R[] }>(
	pagefind: Pagefind<R, S>,
	relaxed: boolean,
	query: string,
	options: object,
): Promise<S | null> {
	if (!relaxed) return pagefind.search(query, options);
	await pagefind.options({ exactDiacritics: false });
	try {
		return await pagefind.search(query, options);
	} finally {
		await pagefind.options({ exactDiacritics: true });
	}
}

/**
 * The plain search: every query word required, å, ä, ö as letters of their own (Pagefind's `exactDiacritics`, so `ar`
 * does not drown in `är` and `år`), and when that finds nothing, diacritics folded (`hemsjukvard`), said with
 * `relaxed`. A search whose best result misses a query word (Pagefind's fallbacks) counts as no results.
 */
async function plainSearch<R extends PagefindResult, S extends { results: R[] }>(
	pagefind: Pagefind<R, S>,
	query: string,
	terms: readonly string[],
	options: object,
): Promise<{ search: S; relaxed: boolean } | null> {
	const exact = await pagefind.search(query, options);
	if (exact === null) return null;
	if (await covered(exact.results, terms)) return { search: exact, relaxed: false };
	const loose = await searchWith(pagefind, true, query, options);
	if (loose && (await covered(loose.results, terms))) return { search: loose, relaxed: true };
	return { search: { ...exact, results: [] }, relaxed: false };
}

/**
 * Searches the way the search page does. A query that has an exact form (see `exactQuery`: a quoted phrase, a name)
 * keeps only the pages that match it word for word, in the plain search's order of relevance (Pagefind does not rank
 * exact matches) and with the exact search's filter counts. A single word brings the exact search's own matches; the
 * words of a phrase bring the plain search's, kept to where they stand together (`phraseLocations`), so a result's
 * items are those where the phrase is. Without an exact match a quoted query finds nothing; a name keeps the plain
 * search's prefix matches, and when it has several words that never stand together, says so with `apart`. Without a query (filters only) Pagefind's search is returned as it is. Expects
 * `exactDiacritics: true` to be set.
 */
export async function runSearch<R extends PagefindResult, S extends { results: R[] }>(
	pagefind: Pagefind<R, S>,
	query: string,
	options: object = {},
): Promise<{ search: S; relaxed: boolean; apart?: boolean } | null> {
	const terms = queryTerms(query);
	if (terms.length === 0) {
		const all = await pagefind.search(null, options);
		return all && { search: all, relaxed: false };
	}
	const exact = exactQuery(query);
	const plain = await plainSearch(pagefind, exact?.words ?? query, terms, options);
	if (!plain || !exact) return plain;
	const found = await searchWith(pagefind, plain.relaxed, exact.phrase, options);
	if (!found || found.results.length === 0) {
		if (exact.required) return { search: { ...(found ?? plain.search), results: [] }, relaxed: plain.relaxed };
		return { ...plain, apart: exact.wordCount > 1 && plain.search.results.length > 0 };
	}
	const exactIds = new Set(found.results.map((r) => r.id));
	const ranked: R[] = plain.search.results
		.filter((r) => exactIds.has(r.id))
		.map((r) =>
			exact.wordCount > 1 ? { ...r, data: async () => phraseLocations(await r.data(), exact.words) } : (found.results.find((e) => e.id === r.id) ?? r),
		);
	const rankedIds = new Set(ranked.map((r) => r.id));
	return { search: { ...found, results: [...ranked, ...found.results.filter((r) => !rankedIds.has(r.id))] }, relaxed: plain.relaxed };
}

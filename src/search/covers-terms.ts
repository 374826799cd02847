import { foldTerm } from './query-terms.ts';

/** How many leading letters a found word must share with a query term: all of a short term, all but an inflection ending of a long one. */
function needed(term: string): number {
	return Math.min(term.length, Math.max(4, term.length - 4));
}

function shared(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/**
 * Whether the words a result matched cover every query term (folded, see `queryTerms`). Pagefind drops a term that
 * matches nothing (`Stefan Löfven` finds Stefan) and retries a word by ever shorter prefixes (`pandemi` finds `på`);
 * a result that only matched that way does not cover the query. Stemmed matches (`Trafikverkets` → `Trafikverket`) do.
 */
export function coversTerms(terms: readonly string[], words: readonly string[]): boolean {
	const found = words.map(foldTerm);
	return terms.every((term) => found.some((word) => shared(term, word) >= needed(term)));
}

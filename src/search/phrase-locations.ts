import { queryTerms } from './query-terms.ts';

/** A heading Pagefind found on the page: where an item starts. */
interface Anchor {
	element: string;
	id: string;
	location: number;
}

/** What a Pagefind result's data says about where it matched: the page's words, the matched positions, and per item. */
export interface MatchedData {
	content: string;
	/** The page's words HTML-escaped, which Pagefind builds excerpts from. */
	raw_content?: string;
	locations: number[];
	excerpt?: string;
	anchors?: Anchor[];
	sub_results: { locations: number[]; excerpt?: string; anchor?: { id: string } }[];
}

/** Folds a found word the way `queryTerms` folds a query word. */
const fold = (word: string): string => queryTerms(word).join('');

/** Whether a found word is the query word, or the query word with an ending of at most two letters (`Perssons`, `vården`), never a longer name (`Persson` for `Per`). */
function sameWord(found: string, term: string): boolean {
	const word = fold(found);
	return word.startsWith(term) && word.length - term.length <= 2;
}

const escapeHtml = (text: string): string =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** An excerpt the way Pagefind writes one (escaped words, `<mark>` around matches), of `length` words around the first match, within [from, to). */
function excerptAround(words: readonly string[], marked: ReadonlySet<number>, first: number, length: number, from: number, to: number): string {
	const size = Math.min(length, to - from);
	const start = Math.max(from, Math.min(first - Math.floor(size / 3), to - size));
	const out: string[] = [];
	for (let i = start; i < start + size; i++) out.push(marked.has(i) ? `<mark>${words[i] ?? ''}</mark>` : (words[i] ?? ''));
	return out.join(' ').trim();
}

/**
 * Keeps of a result's matched positions only those where the query's words stand together in order, of its items
 * only those that hold such a place, and writes their excerpts again around it: what a quoted phrase or a full name
 * matched, out of the data of a plain search that also matched each word on its own (`Per Persson`: not `Lars
 * Persson`, and no `Persson` marked on its own).
 */
export function phraseLocations<D extends MatchedData>(data: D, query: string): D {
	const terms = queryTerms(query);
	const words = data.content.split(/[\r\n\s]+/gu);
	const escaped = data.raw_content?.split(/[\r\n\s]+/gu) ?? words.map(escapeHtml);
	const kept = new Set<number>();
	for (const start of data.locations) {
		if (terms.every((term, k) => sameWord(words[start + k] ?? '', term))) for (let k = 0; k < terms.length; k++) kept.add(start + k);
	}
	const keep = (locations: readonly number[]) => locations.filter((l) => kept.has(l)).sort((a, b) => a - b);
	const length = Math.max(terms.length, data.excerpt?.split(/\s+/u).length ?? 30);
	const headings = (data.anchors ?? []).filter((a) => /^h\d$/iu.test(a.element)).sort((a, b) => a.location - b.location);
	const rangeOf = (id: string | undefined): [number, number] => {
		const at = id === undefined ? -1 : headings.findIndex((a) => a.id === id);
		return [at < 0 ? 0 : (headings[at]?.location ?? 0), headings[at + 1]?.location ?? escaped.length];
	};
	const locations = keep(data.locations);
	return {
		...data,
		locations,
		excerpt: locations.length > 0 ? excerptAround(escaped, kept, locations[0] ?? 0, length, 0, escaped.length) : data.excerpt,
		sub_results: data.sub_results.flatMap((sub) => {
			const own = keep(sub.locations);
			if (own.length === 0) return [];
			const [from, to] = rangeOf(sub.anchor?.id);
			return [{ ...sub, locations: own, excerpt: excerptAround(escaped, kept, own[0] ?? 0, length, from, to) }];
		}),
	};
}

/** How a query is looked up word for word: the quoted form Pagefind searches exactly, and whether nothing else may match. */
export interface ExactQuery {
	/** The query in quotation marks: Pagefind then matches whole (stemmed) words, and several words only side by side. */
	phrase: string;
	/** The query without quotation marks, for ranking. */
	words: string;
	/** The reader quoted the query: only exact matches count, never the prefix matches of a plain search. */
	required: boolean;
	/** How many words the phrase has: more than one must stand together. */
	wordCount: number;
}

const quoted = /^\s*"([^"]+)"\s*$/u;
/** A word written with a capital first letter (`Per`, `Åsa`, `Joelsson-Gustafsson`). */
const capitalised = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * The exact form of a query, or `null` when only a plain search makes sense. A quoted query is exact by the reader's
 * choice. Words that all begin with a capital letter are a name (`Per`, `Per Persson`, `Region Halland`), looked up
 * word for word first: `Per` finds Per, not Persson, and `Trafikverket` still finds `Trafikverkets`, as Pagefind stems
 * both. A name falls back to the plain search when nothing matches exactly, so a name still being typed (`Pers`)
 * finds Persson. Words in lower case keep the plain search's prefix matching, which is how a Swedish compound is found
 * by its first part (`försvar` finds `försvarsfrågor`).
 */
export function exactQuery(query: string): ExactQuery | null {
	const reader = quoted.exec(query);
	if (reader) {
		const words = reader[1]?.trim() ?? '';
		return { phrase: `"${words}"`, words, required: true, wordCount: words.split(/\s+/u).length };
	}
	if (query.includes('"')) return null;
	const words = query
		.trim()
		.split(/\s+/u)
		.filter((w) => w !== '');
	if (words.length === 0 || !words.every((w) => capitalised.test(w))) return null;
	return { phrase: `"${words.join(' ')}"`, words: words.join(' '), required: false, wordCount: words.length };
}

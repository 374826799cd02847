import { searchWords } from './search-words.ts';
import { splitCompound } from './split-compound.ts';

/** Endings that turn a compound's first part back into a word someone searches for (`civil` → `civilt`, `arbets` → `arbete`). */
const modifierEndings = ['', 'e', 'a', 't'];

/**
 * Extra words for the search index of a text so that searching a part of a Swedish compound finds it: the parts of
 * every compound the lexicon can split (`hemsjukvårdsöverenskommelsen` → `hemsjukvård överenskommelsen`), each
 * leading part also in the forms the lexicon has (`civil` → `civilt`, so "civilt försvar" finds `civilförsvaret`).
 * Words already in the text are left out. Sorted, lower case, without duplicates.
 */
export function indexTerms(text: string, lexicon: ReadonlySet<string>): string[] {
	const words = new Set(searchWords(text));
	const terms = new Set<string>();
	let known = splits.get(lexicon);
	if (!known) {
		known = new Map();
		splits.set(lexicon, known);
	}
	for (const word of words) {
		let forms = known.get(word);
		if (!forms) {
			const parts = splitCompound(word, lexicon);
			forms = parts.flatMap((part, i) => (i === parts.length - 1 ? [part] : modifierEndings.map((e) => `${part}${e}`).filter((f) => lexicon.has(f))));
			known.set(word, forms);
		}
		for (const form of forms) terms.add(form);
	}
	return [...terms].filter((t) => !words.has(t)).sort(collator.compare);
}

/** The forms each word yields, per lexicon: a word recurs across thousands of items and is split only once. */
const splits = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

const collator = new Intl.Collator('sv');

import { minPartLength } from './build-lexicon.ts';

/** The shortest known last part that is split off a compound whose first part is not a known word. */
const headMinLength = 7;

/** Inflection endings a compound's last part may carry that the lexicon may lack (`styrelsernas` → `styrelse`). */
const endings = ['erna', 'arna', 'orna', 'ernas', 'arnas', 'ornas', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 'n', 't', 's', 'r'];

/** Whether `part` can end a compound: a lexicon word, or one with an inflection ending added or removed. */
function isFinal(part: string, lexicon: ReadonlySet<string>): boolean {
	if (part.length < minPartLength) return false;
	if (lexicon.has(part)) return true;
	return endings.some(
		(e) => lexicon.has(`${part}${e}`) || (part.endsWith(e) && part.length - e.length >= minPartLength && lexicon.has(part.slice(0, -e.length))),
	);
}

/** Whether `part` can begin a compound: a lexicon word, one that lost its final `e`/`a` (`arbet(s)` ← `arbete`) or an adjective stem (`civil` ← `civilt`). */
function isLeading(part: string, lexicon: ReadonlySet<string>): boolean {
	if (part.length < minPartLength) return false;
	return ['', 'e', 'a', 't'].some((e) => lexicon.has(`${part}${e}`));
}

/**
 * Splits a Swedish compound into parts the lexicon knows, with the linking `s` dropped: `hemsjukvårdsöverenskommelsen`
 * → `[hemsjukvård, överenskommelsen]`, `civilförsvaret` → `[civil, försvaret]`. Takes the split with the fewest parts;
 * returns `[]` for a word that is not a compound of known words. The word must be lower case.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): string[] {
	const n = word.length;
	if (n < minPartLength * 2) return [];
	/** best[i]: the fewest parts that cover word[i..], as a list, or null. */
	const best: (string[] | null)[] = Array.from({ length: n + 1 }, () => null);
	best[n] = [];
	for (let i = n - minPartLength; i >= 0; i--) {
		let found: string[] | null = null;
		for (let j = i + minPartLength; j <= n; j++) {
			const part = word.slice(i, j);
			if (j === n) {
				if (i > 0 && isFinal(part, lexicon) && (found === null || found.length > 1)) found = [part];
				continue;
			}
			if (!isLeading(part, lexicon)) continue;
			for (const next of word[j] === 's' && j + 1 < n ? [j, j + 1] : [j]) {
				const rest = best[next];
				if (rest && rest.length > 0 && (found === null || rest.length + 1 < found.length)) found = [part, ...rest];
			}
		}
		best[i] = found;
	}
	const parts = best[0];
	if (parts && parts.length > 1) return parts;
	// No split into known words: a known head of at least `headMinLength` letters after an unknown first part still
	// counts (`ambulans|sjukvården`), as topic synonyms do inside compounds.
	for (let i = minPartLength; i <= n - headMinLength; i++) {
		const head = word.slice(i);
		if (lexicon.has(head) || (head.length > headMinLength && isFinal(head, lexicon) && lexicon.has(head.replace(/(?:en|et|na|n|s)$/, '')))) {
			return [word.slice(0, i), head];
		}
	}
	return [];
}

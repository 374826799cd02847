import { minPartLength } from './build-lexicon.ts';

/** Inflection endings a compound's last part may carry that the lexicon may lack (`styrelsernas` → `styrelse`). */
const endings = ['erna', 'arna', 'orna', 'ernas', 'arnas', 'ornas', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 'n', 't', 's', 'r'];

/** Whether `part` can end a compound: a lexicon word, or one with an inflection ending added or removed. */
function isFinal(part: string, lexicon: ReadonlySet<string>): boolean {
	if (part.length < minPartLength) return false;
	if (lexicon.has(part)) return true;
	return endings.some((e) => part.endsWith(e) && part.length - e.length >= minPartLength && lexicon.has(part.slice(0, -e.length)));
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
	return parts && parts.length > 1 ? parts : [];
}

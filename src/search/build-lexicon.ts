import { functionWords } from './function-words.ts';
import { searchWords } from './search-words.ts';

/** The shortest word the compound splitter uses as a part; shorter words (`län`, `för`, `hem`) give too many false splits. */
export const minPartLength = 4;

/**
 * The words a compound may be split into: every word of at least {@link minPartLength} letters in the archive's own
 * texts and in the topic labels, synonyms and abbreviations (`extra`), without function words.
 */
export function buildLexicon(texts: Iterable<string>, extra: Iterable<string> = []): Set<string> {
	const lexicon = new Set<string>();
	for (const source of [texts, extra]) {
		for (const text of source) {
			for (const word of searchWords(text)) {
				if (word.length >= minPartLength && !functionWords.has(word)) lexicon.add(word);
			}
		}
	}
	return lexicon;
}

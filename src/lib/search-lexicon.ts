import { getCollection } from 'astro:content';
import { buildLexicon } from '../search/build-lexicon.ts';

let cached: Promise<Set<string>> | undefined;

/** The compound splitter's lexicon for the whole archive (every meeting's text and the topics), built once per build. */
export function searchLexicon(): Promise<Set<string>> {
	cached ??= (async () => {
		const [meetings, topics] = await Promise.all([getCollection('meetings'), getCollection('topics')]);
		return buildLexicon(
			meetings.map((m) => m.body ?? ''),
			topics.flatMap((t) => [t.data.label, ...t.data.synonyms, ...t.data.abbreviations]),
		);
	})();
	return cached;
}

import type { RegistryTopic } from '../../../src/schema/registries.ts';

/** A topic with its matchers compiled once. */
export interface TopicMatcher {
	id: string;
	test: (text: string) => boolean;
}

const letter = 'a-zåäöéüæø';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles the registry's topics into matchers. A synonym matches at the start of a word and may
 * go on into a compound or an inflection (`hemsjukvård` matches `Hemsjukvårdsöverenskommelsen`);
 * an abbreviation matches as a whole word, case-sensitively, with Swedish suffixes (`RUS:en`).
 */
export function matchTopics(topics: readonly RegistryTopic[]): TopicMatcher[] {
	return topics.map((topic) => {
		const words = [topic.label, ...topic.synonyms].map((synonym) => synonym.toLocaleLowerCase('sv').trim()).filter(Boolean);
		const wordPattern = words.length
			? new RegExp(`(?<![${letter}])(?:${words.map((word) => escape(word).replace(/\s+/g, '\\s+')).join('|')})`, 'iu')
			: null;
		const abbreviationPattern = topic.abbreviations.length
			? new RegExp(`(?<![\\p{L}\\p{N}])(?:${topic.abbreviations.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u')
			: null;
		return {
			id: topic.id,
			test: (text: string) => Boolean(wordPattern?.test(text) || abbreviationPattern?.test(text)),
		};
	});
}

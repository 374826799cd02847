import type { Block } from '../types.ts';
import { blockTexts } from './block-texts.ts';
import type { TopicMatcher } from './match-topics.ts';
import { splitSentences } from './split-sentences.ts';

/** How an item's text must mention a topic before the item is put on it. */
export interface AssignTopicsOptions {
	/** Sentences of the item text (not the title) that must mention the topic. Default 2. */
	minSentences?: number;
}

/**
 * The ids of the topics an item is on: every topic its title mentions (strong evidence), and every topic
 * mentioned in at least `minSentences` sentences of its text (a single passing mention is not enough).
 */
export function assignTopics(
	item: { title: string; blocks: readonly Block[] },
	matchers: readonly TopicMatcher[],
	options: AssignTopicsOptions = {},
): string[] {
	const minSentences = options.minSentences ?? 2;
	const sentences = blockTexts(item.blocks).flatMap(({ text }) => splitSentences(text));
	return matchers
		.filter((matcher) => matcher.test(item.title) || sentences.filter((sentence) => matcher.test(sentence)).length >= minSentences)
		.map((matcher) => matcher.id);
}

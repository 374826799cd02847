import { stringify } from 'yaml';
import type { RecurringTitle } from './find-recurring-titles.ts';

/** A suggestion to curate a recurring agenda title as a topic in `content/topics.yml`. */
export interface TopicSuggestion {
	id: string;
	label: string;
	/** How many meetings the title recurs in. */
	meetings: number;
	/** A YAML entry ready to paste under `topics:` (indented by two spaces). */
	yaml: string;
	/** One plain-language line for `check:content`, followed by the YAML. */
	message: string;
}

/**
 * Suggests a curated topic for each recurring agenda title that no curated topic covers (from
 * `findRecurringTitles`), most frequent first, with an entry to paste into `content/topics.yml`.
 */
export function suggestTopics(recurring: readonly RecurringTitle[]): TopicSuggestion[] {
	return [...recurring]
		.sort((a, b) => b.meetings.length - a.meetings.length || a.label.localeCompare(b.label, 'sv'))
		.map((topic) => {
			const entry: Record<string, unknown> = {
				id: topic.id,
				label: topic.label,
				description: '',
				synonyms: [...new Set(topic.forms.map((form) => form.toLocaleLowerCase('sv')))],
			};
			if (topic.abbreviations.length) entry.abbreviations = topic.abbreviations;
			const yaml = stringify([entry], { lineWidth: 0 })
				.trimEnd()
				.split('\n')
				.map((line) => `  ${line}`)
				.join('\n');
			const titles = topic.titles.map((title) => `"${title}"`).join(', ');
			return {
				id: topic.id,
				label: topic.label,
				meetings: topic.meetings.length,
				yaml,
				message: `Suggest a topic: '${topic.label}' recurs in ${topic.meetings.length} meetings (${titles}); add to content/topics.yml, with a description and more synonyms:\n${yaml}`,
			};
		});
}

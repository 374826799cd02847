import type { RegistryTopic } from '../../../src/schema/registries.ts';

/** A topic with its patterns compiled once. */
export interface TopicMatcher {
	id: string;
	/** Whether the text mentions the topic. */
	test: (text: string) => boolean;
	/** Every mention of the topic in the text, as written (for reports and for measuring false positives). */
	find: (text: string) => string[];
}

/** How synonyms are matched. */
export interface MatchTopicsOptions {
	/**
	 * A one-word synonym of at least this many letters also matches inside a compound (`hemsjukvård` in
	 * `kommunhemsjukvård`), and the last word of a synonym this long may go on into a compound
	 * (`hemsjukvård` in `Hemsjukvårdsöverenskommelsen`). Shorter words only take inflection suffixes. Default 6.
	 */
	compoundMinLength?: number;
}

/** Inflection suffixes a noun may take (`plan` → `planen`, `planer`, `planens`). */
const nounSuffixes = [
	'en',
	'et',
	'er',
	'ar',
	'or',
	'na',
	's',
	'ens',
	'ets',
	'ers',
	'ars',
	'ors',
	'erna',
	'arna',
	'orna',
	'ernas',
	'arnas',
	'ornas',
	'ena',
	'enas',
];
/** Further suffixes after a final vowel (`strategi` → `strategin`, `självstyre` → `självstyret`). */
const vowelSuffixes = ['n', 't', 'ns', 'ts', 'r', 'rna', 'rnas'];
/** Suffixes of a word before the last one, usually an adjective (`regional` → `regionala`, `civil` → `civilt`). */
const modifierSuffixes = ['a', 'e', 't', 'en', 'et', 'na', 's', 'ns', 'ts'];
/** Suffixes an abbreviation may take, with or without a colon (`RUS:en`, `KRF:s`, `RUSen`). */
const abbreviationSuffixes = ['en', 'ens', 'et', 'ets', 'n', 'ns', 's', 'ar', 'er', 'arna', 'erna', 'na'];
/** Words that never take suffixes inside a phrase. */
const functionWords = new Set(['och', 'i', 'för', 'av', 'med', 'till', 'på', 'om', 'mot', 'vid', 'under', 'inom', 'of', 'the', 'and', 'eller', 'samt', 'som']);

const notLetter = '(?<![\\p{L}\\p{N}])';
const letterCount = (word: string) => word.replace(/[^\p{L}]/gu, '').length;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternatives(list: readonly string[]): string {
	return `(?:${[...list]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|')})`;
}

/** The stem of a modifier, so `civilt försvar` also gives the compound `civilförsvar`. */
function modifierStem(word: string): string {
	return word.length >= 5 && /[aet]$/.test(word) ? word.slice(0, -1) : word;
}

/** A pattern for the last word of a synonym: inflections, and for a long single word any compound continuation. */
function finalWord(word: string, compoundMinLength: number, compound: boolean): string {
	if (word.endsWith('-') || /\d$/.test(word)) return `${escapeRegExp(word)}(?![\\p{L}\\p{N}])`;
	if (compound && letterCount(word) >= compoundMinLength) return escapeRegExp(word);
	const suffixes = /[aeiouyåäö]$/.test(word) ? [...nounSuffixes, ...vowelSuffixes] : nounSuffixes;
	return `${escapeRegExp(word)}${alternatives(suffixes)}?(?![\\p{L}\\p{N}])`;
}

/** A pattern for a word before the last: function words as written, other words with modifier suffixes. */
function modifierWord(word: string): string {
	if (functionWords.has(word) || word.endsWith('-') || /\d/.test(word)) return `${escapeRegExp(word)}(?![\\p{L}\\p{N}])`;
	const stems = [...new Set([word, modifierStem(word)])];
	return `${alternatives(stems)}${alternatives(modifierSuffixes)}?(?![\\p{L}\\p{N}])`;
}

/** The patterns of one synonym: the phrase itself and, for a two-word phrase, its compound (`civilt försvar` → `civilförsvar`). */
function synonymPatterns(synonym: string, compoundMinLength: number): string[] {
	const words = synonym.toLocaleLowerCase('sv').trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const last = words.at(-1) as string;
	if (words.length === 1) {
		const inside = letterCount(last) >= compoundMinLength && !/\d/.test(last);
		return [`${inside ? '' : notLetter}${finalWord(last, compoundMinLength, true)}`];
	}
	const phrase = `${notLetter}${words.slice(0, -1).map(modifierWord).join('\\s+')}\\s+${finalWord(last, compoundMinLength, false)}`;
	const [first] = words;
	const canCompound = words.length === 2 && first !== undefined && !functionWords.has(first) && /^\p{L}+$/u.test(first) && /^\p{L}+$/u.test(last);
	if (!canCompound) return [phrase];
	const compound = `${modifierStem(first)}${last}`;
	const inside = letterCount(compound) >= compoundMinLength;
	return [phrase, `${inside ? '' : notLetter}${finalWord(compound, compoundMinLength, true)}`];
}

/** The pattern of one abbreviation: whole word, case-sensitive, with Swedish suffixes (`RUS:en`). */
function abbreviationPattern(abbreviation: string): string {
	return `${notLetter}${escapeRegExp(abbreviation.trim())}(?:[:’']?${alternatives(abbreviationSuffixes)})?(?![\\p{L}\\p{N}])`;
}

/**
 * Compiles the registry's topics into matchers. The label and every synonym match case-insensitively at
 * the start of a word, in their inflected forms (`regionala fysiska planen`), and long words also inside and
 * at the start of compounds (`kommunhemsjukvård`, `Hemsjukvårdsöverenskommelsen`); a two-word synonym also
 * matches as a compound (`civilt försvar` → `civilförsvaret`). Abbreviations match as whole words,
 * case-sensitively, with Swedish suffixes (`RUS:en`).
 */
export function matchTopics(topics: readonly RegistryTopic[], options: MatchTopicsOptions = {}): TopicMatcher[] {
	const compoundMinLength = options.compoundMinLength ?? 6;
	return topics.map((topic) => {
		const words = [...new Set([topic.label, ...topic.synonyms].flatMap((synonym) => synonymPatterns(synonym, compoundMinLength)))];
		const wordPattern = words.length ? new RegExp(words.join('|'), 'giu') : null;
		const abbreviations = topic.abbreviations.map(abbreviationPattern);
		const abbreviationRegExp = abbreviations.length ? new RegExp(abbreviations.join('|'), 'gu') : null;
		const find = (text: string) => [
			...(wordPattern ? [...text.normalize('NFC').matchAll(wordPattern)].map((match) => match[0]) : []),
			...(abbreviationRegExp ? [...text.normalize('NFC').matchAll(abbreviationRegExp)].map((match) => match[0]) : []),
		];
		return { id: topic.id, find, test: (text: string) => find(text).length > 0 };
	});
}

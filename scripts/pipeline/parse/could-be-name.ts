import { isNameWord, organizationWord } from './split-name-run.ts';

/**
 * Whether a listed entry can be a name at all: letters, not a number, a sentence, a mark or a vacancy, no digits
 * (an address), no capitalised word that is never part of a name (a role, a weekday, a word of the template) and no
 * word that names a unit or a body.
 */
export function couldBeName(name: string): boolean {
	const words = name.trim().split(/\s+/u);
	return (
		!/\d/u.test(name) &&
		// initials ('JP', 'P.') and a surname wrapped at its hyphen ('Lindström- Johannesson') are parts of names too
		words.every((word) => !/^\p{Lu}/u.test(word) || isNameWord(word.replace(/[.,;:]$/u, '')) || /^\p{Lu}{1,3}\.?$|\p{L}-$/u.test(word)) &&
		/\p{L}\p{L}/u.test(name) &&
		/^\p{Lu}|^\p{Ll}+$/u.test(name) &&
		words.length <= 7 &&
		!/^(?:vakan[st]|ja|nej|avstår|x)$/iu.test(name.trim()) &&
		// "ÅLANDS SKÄRGÅRDSNÄMND", "FP": capitals throughout are a heading or an abbreviation, not a person
		!words.every((word) => /^[\p{Lu}\d.,;:-]{2,}$/u.test(word)) &&
		// "Kommunledningskontoret", "Kommunförvaltningen Staben": a unit or a body, not a person
		!words.some((word) => word.length > 7 && organizationWord.test(word)) &&
		!/[.!?]\s+\p{Lu}/u.test(name)
	);
}

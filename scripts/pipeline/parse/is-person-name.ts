import { classifyPart } from './classify-part.ts';
import { givenNames } from './given-names.ts';
import { matchAttendanceHeading } from './match-attendance-heading.ts';

const particles = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'du', 'la', 'le', 'di', 'da', 'del', 'dos', 'bin', 'al', 'el', 'ter', 'zu']);
const nameWord = /^\p{Lu}[\p{L}'’´`.]*(?:-\p{Lu}?[\p{L}'’´`.]*)*$/u;

/**
 * Whether a name read from an attendance list can be a person's: two to six capitalised words (initials and
 * particles such as "von" allowed), no digits, and not a role, a title, a section heading or an organisation
 * ("Vice ordförande", "Tjänstgörande ersättare", "Region Halland" are not people), nor a word that is no given name before
 * one that is ("Nominerar Johan"). A name that fails gets no person page.
 */
export function isPersonName(name: string): boolean {
	const words = name
		.trim()
		.split(/\s+/u)
		.filter((word) => word !== '');
	if (words.length < 2 || words.length > 6) return false;
	if (/\d/u.test(name)) return false;
	if (!words.every((word) => nameWord.test(word) || particles.has(word))) return false;
	if (matchAttendanceHeading(name) !== null) return false;
	// a role, a title or an organisation read as a name
	if (classifyPart(name, 'field').certain) return false;
	// "Nominerar Johan": a word that is no given name before a given name that ends the name is a verb or a surname
	// written first, never safe to give a page
	const given = (word: string) => givenNames.has(word.toLocaleLowerCase('sv'));
	if (words.length === 2 && !given(words[0]!) && given(words[1]!)) return false;
	return words.some((word) => /\p{L}{2}/u.test(word) && !particles.has(word));
}

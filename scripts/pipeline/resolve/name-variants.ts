import { firstNameVariant } from './first-name-variant.ts';

/** One way in which two written names of possibly the same person differ. */
export type VariantKind = 'punctuation' | 'spelling' | 'hyphen' | 'initials' | 'short' | 'middle-name' | 'double-surname';

/** How two different spellings may be the same person's name. */
export interface NameVariant {
	kinds: VariantKind[];
	/** Whether the variant may be merged automatically (the surname matches exactly). */
	mergeable: boolean;
	/** How many of party, organisation, title (and, for weak variants, not body) must agree before merging. */
	needs: { agreements: number; bodyCounts: boolean };
	/** Plain-language evidence, e.g. `first names Mattias and Matthias are spellings of the same name`. */
	evidence: string[];
}

interface ParsedName {
	given: string;
	givenShown: string;
	/** Middle names and the surname, hyphenated parts split, particles (`von`, `af`) kept with the next word. */
	rest: string[];
	restShown: string[];
}

const particles = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'du', 'la', 'le', 'di', 'da', 'del', 'dos', 'zu', 'ter']);

/**
 * Decides whether two differently written names can be the same person's: the first names are the same or
 * variants, the surname is the same (or one leaves out a part of a double surname), and middle names are
 * either the same or present in one and left out in the other. Returns `null` for different names.
 */
export function nameVariants(a: string, b: string): NameVariant | null {
	const x = parseName(a);
	const y = parseName(b);
	if (!x || !y) return null;
	const given = firstNameVariant(x.given, y.given);
	if (!given) return null;
	const kinds: VariantKind[] = [];
	const evidence: string[] = [];
	if (given === 'spelling') evidence.push(`first names ${x.givenShown} and ${y.givenShown} are spellings of the same name`);
	if (given === 'hyphen') evidence.push(`first names ${x.givenShown} and ${y.givenShown} differ only in a hyphen or space`);
	if (given === 'initials') evidence.push(`${initialsSide(x, y).short} may be the initials of ${initialsSide(x, y).full}`);
	if (given === 'short') {
		const [short, full] = x.given.length < y.given.length ? [x.givenShown, y.givenShown] : [y.givenShown, x.givenShown];
		evidence.push(`${short} is one part of the double first name ${full}`);
	}
	if (given !== 'same') kinds.push(given);

	const xSurname = x.rest.at(-1) as string;
	const ySurname = y.rest.at(-1) as string;
	let surnameExact = true;
	if (xSurname === ySurname) {
		const xMiddle = x.rest.slice(0, -1);
		const yMiddle = y.rest.slice(0, -1);
		if (xMiddle.join(' ') !== yMiddle.join(' ')) {
			const [fewer, more, moreShown] = xMiddle.length <= yMiddle.length ? [xMiddle, yMiddle, y.restShown] : [yMiddle, xMiddle, x.restShown];
			const left = leftOut(fewer, more);
			if (!left) return null;
			kinds.push('middle-name');
			const shown = left.missing.map((index) => moreShown[index]).join(' ');
			if (shown) evidence.push(`the middle name ${shown} is written in one and left out in the other`);
			if (left.initials) evidence.push('a middle name is written out in one and as an initial in the other');
		}
	} else {
		const [fewer, more, fewerShown, moreShown] =
			x.rest.length <= y.rest.length ? [x.rest, y.rest, x.restShown, y.restShown] : [y.rest, x.rest, y.restShown, x.restShown];
		if (fewer.length === more.length || !leftOut(fewer, more)) return null;
		surnameExact = false;
		kinds.push('double-surname');
		evidence.push(`one is written with the surname ${moreShown.join(' ')}, the other with only ${fewerShown.join(' ')}`);
	}
	if (kinds.length === 0) {
		kinds.push('punctuation');
		evidence.push('the names differ only in hyphens, dots or accents');
	}
	const weak = kinds.some((kind) => kind === 'initials' || kind === 'short');
	return {
		kinds,
		mergeable: surnameExact,
		needs: { agreements: weak || kinds.length > 1 ? 2 : 1, bodyCounts: !weak && kinds.length === 1 },
		evidence,
	};
}

/** Remembered parses: the resolver compares the same names many times. */
const parsed = new Map<string, ParsedName | null>();

function parseName(name: string): ParsedName | null {
	if (!parsed.has(name)) {
		if (parsed.size > 50_000) parsed.clear();
		parsed.set(name, analyse(name));
	}
	return parsed.get(name) as ParsedName | null;
}

function analyse(name: string): ParsedName | null {
	const shown = name
		.normalize('NFC')
		.replace(/[,;:()]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.split(' ')
		.filter((word) => word !== '');
	if (shown.length < 2) return null;
	const [givenShown, ...others] = shown as [string, ...string[]];
	const restShown: string[] = [];
	let pending = '';
	for (const word of others) {
		if (particles.has(word.toLocaleLowerCase('sv'))) {
			pending += `${word} `;
			continue;
		}
		const parts = word.split('-').filter((part) => part !== '');
		parts.forEach((part, index) => {
			restShown.push(index === 0 ? pending + part : part);
		});
		pending = '';
	}
	if (restShown.length === 0) return null;
	return {
		given: givenShown.toLocaleLowerCase('sv'),
		givenShown,
		rest: restShown.map((word) => word.replace(/\.$/, '').toLocaleLowerCase('sv')),
		restShown,
	};
}

/** How `fewer` fits into `more` as `more` with words left out or shortened to an initial: the left-out indexes and whether an initial was used; `null` if it does not fit. */
function leftOut(fewer: readonly string[], more: readonly string[]): { missing: number[]; initials: boolean } | null {
	const missing: number[] = [];
	let initials = false;
	let i = 0;
	for (let j = 0; j < more.length; j++) {
		const word = fewer[i];
		const other = more[j] as string;
		if (word === other) i++;
		else if (word !== undefined && word.length === 1 && other.length > 1 && other.startsWith(word)) {
			initials = true;
			i++;
		} else missing.push(j);
	}
	return i === fewer.length && (missing.length > 0 || initials) ? { missing, initials } : null;
}

function initialsSide(x: ParsedName, y: ParsedName): { short: string; full: string } {
	return x.given.replace(/[^\p{L}]/gu, '').length < y.given.replace(/[^\p{L}]/gu, '').length
		? { short: x.givenShown, full: y.givenShown }
		: { short: y.givenShown, full: x.givenShown };
}

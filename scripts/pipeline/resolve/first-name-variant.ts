/**
 * How two written first names relate. The table lists Swedish spellings of the same name; names that
 * differ by one letter (length ≥ 5) are also spelling variants, except when the difference is only the
 * last vowel or a final `a`, which in Swedish usually makes a different name (Maria/Marie, Helena/Helene,
 * Mikael/Mikaela, Erik/Erika).
 */

/** `spelling`: same name spelled differently; `hyphen`: hyphen or space left out (`Lise-Lotte`/`Liselotte`); `initials`: one is the initials of the other (`P-O`/`Per-Olof`); `short`: one is a part of the other's hyphenated name (`Ann`/`Ann-Charlotte`). */
export type FirstNameRelation = 'same' | 'spelling' | 'hyphen' | 'initials' | 'short';

const equivalents: readonly (readonly string[])[] = [
	['carl', 'karl'],
	['carin', 'karin'],
	['carina', 'karina'],
	['carolina', 'karolina'],
	['caroline', 'karoline'],
	['christer', 'krister'],
	['christian', 'kristian'],
	['christina', 'kristina', 'cristina'],
	['christine', 'kristine', 'cristine'],
	['christoffer', 'kristoffer', 'christopher', 'kristofer'],
	['claes', 'klas', 'claas'],
	['conny', 'konny'],
	['camilla', 'kamilla'],
	['catarina', 'katarina', 'catharina', 'katharina', 'katrina'],
	['elisabet', 'elisabeth', 'elizabeth', 'elisabete'],
	['eric', 'erik'],
	['erica', 'erika'],
	['filip', 'philip'],
	['fredric', 'fredrik'],
	['gustaf', 'gustav'],
	['henric', 'henrik'],
	['jacob', 'jakob'],
	['josefin', 'josefine', 'josephine'],
	['kenneth', 'kennet'],
	['ludvig', 'ludwig'],
	['marcus', 'markus'],
	['matias', 'mattias', 'matthias'],
	['mikael', 'michael', 'mickael'],
	['mikaela', 'michaela'],
	['nicklas', 'niklas', 'niclas', 'nicolas'],
	['oscar', 'oskar'],
	['patric', 'patrik', 'patrick'],
	['rickard', 'richard', 'rikard'],
	['sofia', 'sophia', 'sofie', 'sophie'],
	['stefan', 'stephan'],
	['teresia', 'theresia', 'therese', 'terese'],
	['thomas', 'tomas'],
	['ulric', 'ulrik'],
	['victor', 'viktor'],
	['victoria', 'viktoria'],
];

const groupOf = new Map<string, number>();
equivalents.forEach((group, index) => {
	for (const name of group) groupOf.set(name, index);
});

/** Relates two first names (compared case-insensitively): the kind of variant, or `null` when they are different names. */
export function firstNameVariant(a: string, b: string): FirstNameRelation | null {
	const x = a.toLocaleLowerCase('sv').normalize('NFC');
	const y = b.toLocaleLowerCase('sv').normalize('NFC');
	if (x === y) return 'same';
	const xi = initials(x);
	const yi = initials(y);
	if (xi && yi) return null;
	if (xi || yi) {
		const full = xi ? y : x;
		const letters = (xi ?? yi) as string[];
		const parts = full.split('-');
		return parts.length === letters.length && parts.every((part, index) => part.startsWith(letters[index] as string)) ? 'initials' : null;
	}
	if (x.replace(/[-\s]/g, '') === y.replace(/[-\s]/g, '')) return 'hyphen';
	if (sameGroup(x, y) || sameGroup(foldAccents(x), foldAccents(y))) return 'spelling';
	if (foldAccents(x) === foldAccents(y)) return 'spelling';
	const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
	if (longer.includes('-') && !shorter.includes('-') && longer.split('-').includes(shorter)) return 'short';
	if (x.length >= 5 && y.length >= 5 && !x.includes('-') && !y.includes('-') && editDistanceIsOne(x, y) && !differsInGender(x, y)) return 'spelling';
	return null;
}

function sameGroup(x: string, y: string): boolean {
	const group = groupOf.get(x);
	return group !== undefined && group === groupOf.get(y);
}

/** The letters of a name written as initials (`p-o`, `p.o.`, `a.`, `a`), or `null`. */
function initials(name: string): string[] | null {
	const parts = name.split(/[-.\s]+/).filter((part) => part !== '');
	if (parts.length === 0 || !parts.every((part) => /^\p{L}$/u.test(part))) return null;
	if (parts.length === 1 && !/[.]/.test(name) && name.length > 1) return null;
	return parts;
}

/** Removes acute, grave and circumflex accents but keeps å, ä and ö, which are letters of their own in Swedish. */
function foldAccents(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300\u0301\u0302]/g, '')
		.normalize('NFC');
}

function editDistanceIsOne(x: string, y: string): boolean {
	if (Math.abs(x.length - y.length) > 1 || x === y) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
	return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** Names that differ only in a final `a` or in the last vowel are usually different names (often male and female). */
function differsInGender(x: string, y: string): boolean {
	if (`${x}a` === y || `${y}a` === x) return true;
	const vowels = 'aeiouyåäö';
	return x.length === y.length && x.slice(0, -1) === y.slice(0, -1) && vowels.includes(x.at(-1) as string) && vowels.includes(y.at(-1) as string);
}

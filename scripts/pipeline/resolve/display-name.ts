/** One spelling of a person's name: how often it is seen and the rank of its first appearance (0 = earliest). */
export interface Spelling {
	name: string;
	count: number;
	order: number;
}

/**
 * Picks the name to show for a person: the fullest spelling (most words, first name written out rather than
 * as initials), then one that is not all upper- or lower-case, then the one seen most often, then the
 * longest, then the earliest. `Per Stané Persson` is shown over `Per Persson`.
 */
export function displayName(spellings: readonly Spelling[]): string {
	const ranked = [...spellings].sort(
		(a, b) =>
			fullness(b.name) - fullness(a.name) ||
			Number(wellCased(b.name)) - Number(wellCased(a.name)) ||
			b.count - a.count ||
			b.name.length - a.name.length ||
			a.order - b.order,
	);
	return ranked[0]?.name ?? '';
}

function fullness(name: string): number {
	const words = name.split(/\s+/).filter((word) => word !== '');
	const written = words.filter((word) => !/^\p{L}(?:[.-]\p{L})*\.?$/u.test(word));
	return written.length * 2 + (written[0] === words[0] ? 1 : 0);
}

function wellCased(name: string): boolean {
	return name !== name.toLocaleUpperCase('sv') && name !== name.toLocaleLowerCase('sv');
}

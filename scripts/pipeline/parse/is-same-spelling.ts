const fold = (name: string): string[] =>
	name
		.normalize('NFC')
		.toLocaleLowerCase('sv')
		.replace(/[\s-]+/gu, ' ')
		.trim()
		.split(' ');

/** Edits (insert, delete, substitute, swap two neighbours) needed to turn one word into the other, stopping above 1. */
function editsAtMostOne(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const restA = a.slice(i);
	const restB = b.slice(i);
	return (
		restA.slice(1) === restB.slice(1) || // substitution
		restA.slice(1) === restB || // deletion
		restA === restB.slice(1) || // insertion
		(restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
	);
}

/**
 * Whether two spellings of a name in one meeting's minutes are one person: the same given name and a surname of at
 * least six letters that differs by one letter or by a letter pair that text recognition confuses ("Stinnerborn" and
 * "Stinnerbom"). Short surnames ("Berg", "Borg") are never taken for one another.
 */
export function isSameSpelling(a: string, b: string): boolean {
	const x = fold(a);
	const y = fold(b);
	if (x.length !== y.length || x.length < 2 || x[0] !== y[0]) return false;
	return sameSurnames(x, y);
}

/** The words of a name as {@link isSameSpelling} compares them: lower case, hyphens as spaces. */
export const nameWords = fold;

/** A name folded for comparison within one meeting: NFC, lower case, hyphens and runs of spaces as one space. */
export function spellingKey(name: string): string {
	return fold(name).join(' ');
}

/** Whether two names already split by {@link nameWords}, with the same given name, differ as {@link isSameSpelling} allows. */
export function sameSurnames(x: readonly string[], y: readonly string[]): boolean {
	if (x.length !== y.length || x.length < 2 || x[0] !== y[0]) return false;
	let differing = 0;
	for (let k = 1; k < x.length; k++) {
		const p = x[k]!;
		const q = y[k]!;
		if (p === q) continue;
		differing++;
		const ocr = (word: string) => word.replace(/rn/gu, 'm').replace(/cl/gu, 'd').replace(/vv/gu, 'w');
		if (Math.min(p.length, q.length) < 6 || !(editsAtMostOne(p, q) || ocr(p) === ocr(q))) return false;
	}
	return differing <= 1;
}

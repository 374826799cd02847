import { nameSortKey } from './name-sort-key.ts';

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Orders names the Swedish way (å, ä, ö last) by surname, then given names, then the full name. */
export function compareNames(a: string, b: string): number {
	const x = nameSortKey(a);
	const y = nameSortKey(b);
	return collator.compare(x.surname, y.surname) || collator.compare(x.given, y.given) || collator.compare(a, b);
}

import { compareNames } from './compare-names.ts';
import { nameSortKey } from './name-sort-key.ts';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ';

/** The letter a surname is filed under: its first letter upper-cased with accents dropped (É → E, Ü → Y, Ø → Ö), or `#`. */
function initial(surname: string): string {
	const first = surname.charAt(0).toLocaleUpperCase('sv');
	if (letters.includes(first)) return first;
	if (first === 'Ø') return 'Ö';
	if (first === 'Æ') return 'Ä';
	const base = first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	if (base === 'U' && first === 'Ü') return 'Y';
	return letters.includes(base) && base.length === 1 ? base : '#';
}

/** Sorts people by surname then first name with Swedish collation and groups them by the surname's initial (A–Ö, then #). */
export function groupByInitial<T extends { name: string }>(people: readonly T[]): { letter: string; people: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const person of [...people].sort((a, b) => compareNames(a.name, b.name))) {
		const letter = initial(nameSortKey(person.name).surname);
		const list = groups.get(letter);
		if (list) list.push(person);
		else groups.set(letter, [person]);
	}
	return [...groups]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : letters.indexOf(a) - letters.indexOf(b)))
		.map(([letter, list]) => ({ letter, people: list }));
}

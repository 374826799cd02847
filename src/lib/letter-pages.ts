import { groupByInitial } from './group-by-initial.ts';
import { letterSlug } from './letter-slug.ts';

/** A people list's pages per initial letter (URL segment, letter, people), A–Ö then #; none when `limit` people or fewer fit on one page. */
export function letterPages<T extends { name: string }>(people: readonly T[], limit: number): { slug: string; letter: string; people: T[] }[] {
	if (people.length <= limit) return [];
	return groupByInitial(people).map(({ letter, people: list }) => ({ slug: letterSlug(letter), letter, people: list }));
}

/** Folds a word for comparing what was searched with what was found: lower case, no diacritics, letters and digits only. */
export function foldTerm(word: string): string {
	return word
		.toLocaleLowerCase('sv')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, folded (`"Nära vård"` → `nara`, `vard`; `SOU 2024:1` → `sou`, `20241`), as {@link coversTerms} compares them. */
export function queryTerms(query: string): string[] {
	return query
		.split(/\s+/)
		.map(foldTerm)
		.filter((t) => t !== '');
}

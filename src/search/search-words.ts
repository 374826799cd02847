/** The words of a text as search sees them: runs of letters, lower-cased (Swedish rules); digits and punctuation split words. */
export function searchWords(text: string): string[] {
	return text.toLocaleLowerCase('sv').match(/\p{L}+/gu) ?? [];
}

import type { BlockText } from '../resolve/block-texts.ts';
import { splitSentences } from '../resolve/split-sentences.ts';
import type { ItemSentence } from './types.ts';

/** A line that only labels what follows (`Yrkanden`, `Reservation:`, `Jäv`, `Omröstning`), lower-cased, or `null`. */
const labelLine =
	/^(?<label>yrkanden?|förslag\s+till\s+beslut\s+på\s+sammanträdet|reservation(?:er)?|jäv|omröstning|omröstningsresultat|votering|voteringsresultat|propositionsordning|beslutsgång|proposition(?:er)?|protokollsanteckning(?:ar)?)\s*:?$/iu;

/** The sentences of an item's text (its blocks flattened by `blockTexts`) in reading order, each with the label line it stands under. */
export function itemSentences(pieces: readonly BlockText[]): ItemSentence[] {
	const sentences: ItemSentence[] = [];
	let label: string | null = null;
	for (const piece of pieces) {
		const text = piece.text.trim();
		const labelled = labelLine.exec(text);
		if (labelled?.groups?.label) {
			label = labelled.groups.label.toLocaleLowerCase('sv');
			continue;
		}
		for (const sentence of splitSentences(text)) sentences.push({ text: sentence, label, line: piece.line });
	}
	return sentences;
}

import { personListPattern, readPersonList } from './person-list.ts';
import type { ItemSentence, ReadConflict } from './types.ts';

const list = personListPattern;
const subject = String.raw`(?<by>${list})(?:\s*,\s*\p{Ll}[\p{Ll} -]*,)?`;
const forms: RegExp[] = [
	// "Per Berg (C) anmäler jäv och deltar inte i handläggningen", "… anmäler sig jävig"
	new RegExp(
		String.raw`${subject}\s+(?:har\s+)?(?:anmäler|anmälde|anmält|anmäles|deklarerar|deklarerade|uppger|uppgav|meddelar|meddelade|förklarar|förklarade)\s+(?:sig\s+)?(?:som\s+)?(?:jäv|jävig)`,
		'u',
	),
	// "Per Berg (C) är jävig"
	new RegExp(String.raw`${subject}\s+(?:är|var|bedöms\s+vara|anser\s+sig\s+vara|förklarar\s+sig)\s+jävig`, 'u'),
	// "Per Berg (C) deltar inte i handläggningen på grund av jäv", "… lämnar sammanträdet under ärendet på grund av jäv"
	new RegExp(
		String.raw`${subject}\s+(?:deltar|deltog|deltager|lämnar|lämnade|avstår|avstod|avträder|avträdde)\s+[^.]{0,120}?(?<![\p{L}])(?:jäv|jävig|jävsskäl)(?![\p{L}])`,
		'u',
	),
	// "På grund av jäv deltar inte Per Berg (C) i …"
	new RegExp(
		String.raw`(?:[Pp]\.?g\.?a\.?|[Pp]å\s+grund\s+av|[Mm]ed\s+anledning\s+av|[Ff]ör)\s+(?:eget\s+)?jäv\s+(?:deltar|deltog|deltager|lämnar|lämnade)\s+(?:inte\s+|ej\s+)?${subject}`,
		'u',
	),
	// "Jäv: Per Berg (C)", "Jäv anmäls av Per Berg (C)"
	new RegExp(String.raw`^[Jj]äv\s*(?::|anmäls\s+av|anmäldes\s+av|anmäles\s+av)\s*${subject}(?=\s*(?:[.,(]|$)|\s+\p{Ll})`, 'u'),
];
const labelled = new RegExp(String.raw`^${subject}\s*(?:[.,(]|$)`, 'u');

/** The conflicts of interest (jäv) declared in an item's sentences: who did not take part. */
export function parseConflicts(sentences: readonly ItemSentence[]): ReadConflict[] {
	const conflicts: ReadConflict[] = [];
	for (const sentence of sentences) {
		const patterns = sentence.label === 'jäv' ? [...forms, labelled] : forms;
		for (const pattern of patterns) {
			const people = readPersonList(pattern.exec(sentence.text)?.groups?.by ?? '');
			if (!people) continue;
			conflicts.push({ people, line: sentence.line });
			break;
		}
	}
	return conflicts;
}

/** An agenda title reduced to what it is about. */
export interface NormalizedTitle {
	/** Comparison key: lower case, no punctuation, light Swedish stemming (`regional utvecklingsstrategi`). */
	key: string;
	/** The reduced title as written, first letter in capitals (`Regional utvecklingsstrategi`). */
	label: string;
	/** Abbreviations the title gave for itself (`RUS` from `RUS - …` or `… (RUS)`). */
	abbreviations: string[];
}

/** Words that say how an item is handled rather than what it is about, at the start of a title or of a part after a dash. */
const handling =
	'information|informationsärende|info|lägesrapport|lägesbeskrivning|återrapport|återrapportering|avstämning|dialog|diskussion|uppföljning|presentation|tema|genomgång|rapport|rapportering|beslut|beslutsärende|ställningstagande|framtagandeprocess|process|status|fortsättning|forts|aktuellt|aktualiteter|workshop';
const handlingPart = new RegExp(`^(?:${handling})(?:\\s|$)`, 'iu');
const handlingPrefix = new RegExp(`^(?:${handling})\\s*(?:om|kring|av|gällande|angående|från|med|till|inom|för|:)?\\s+(?=\\S)`, 'iu');
/** A place or organisation the title is "for", which says nothing about the subject. */
const forPlace = /\s+(?:för|i|inom)\s+(?:[Rr]egion\s+\p{Lu}[\p{L}-]*|regionen|länet|kommunerna|\p{Lu}[\p{L}-]*\s+län|\p{Lu}[\p{L}-]*s\s+kommun)$/u;
/** Titles that recur in almost every meeting and are about nothing in particular (compared as keys). */
const procedural = [
	/^övrig/,
	/^avslutning/,
	/^mötet?s? (?:öppnande|avslutande|avslutas)/,
	/^öppnande/,
	/^incheckning/,
	/^utcheckning/,
	/^presentationsrunda/,
	/^laget runt/,
	/^(?:kommande|nästa) möte/,
	/^mötesplanering/,
	/^mötestider/,
	/^val av (?:justerare|sekreterare|ordförande)/,
	/^justering/,
	/^(?:godkännande av |fastställande av )?dagordning/,
	/^föregående (?:protokoll|möte|anteckning)/,
	/^(?:information|informationsärenden|meddelanden|anmälningsärenden|delgivningar|rapporter|stående punkter|aktuellt|aktuella frågor|frågor|inkomna frågor)$/,
	/^runda/,
	/^fika/,
	/^lunch/,
];

/** Light stemming of one word for comparison (`utvecklingsstrategin` → `utvecklingsstrategi`, `regionala` → `regional`). */
function stem(word: string): string {
	if (word.length <= 5) return word;
	for (const suffix of ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'na', 'n', 'a', 's']) {
		if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue;
		if ((suffix === 's' && word.endsWith('ss')) || (suffix === 'n' && word.endsWith('on'))) continue;
		return word.slice(0, -suffix.length);
	}
	return word;
}

/**
 * Reduces an agenda title to its subject so that the same subject under different titles compares equal:
 * `RUS - Regional utvecklingsstrategi` and `Regional utvecklingsstrategi för Region Halland (RUS)` both give
 * `Regional utvecklingsstrategi`; `Regional fysisk plan - Information framtagandeprocess` gives
 * `Regional fysisk plan`. Drops bracketed words, handling words (`Information`, `Tema`, `Avstämning kring`),
 * a leading abbreviation part, `för Region …` and a trailing year. `null` for procedural titles
 * (`Övriga frågor`, `Avslutning`, `Incheckning`) and titles with nothing left.
 */
export function normalizeAgendaTitle(title: string): NormalizedTitle | null {
	const abbreviations: string[] = [];
	let text = title
		.normalize('NFC')
		.replace(/[*_]/g, '')
		.replace(/^\s*(?:§\s*)?\d+[.):]?\s+/u, '')
		.trim();
	for (const match of text.matchAll(/\(([^)]*)\)/gu)) {
		const inner = (match[1] ?? '').trim();
		if (/^\p{Lu}[\p{L}\d&-]{1,9}$/u.test(inner) && (inner.match(/\p{Lu}/gu) ?? []).length >= 2) abbreviations.push(inner);
	}
	text = text.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
	const parts = text
		.split(/\s+[-–—:]\s*|\s*[–—]\s+|:\s+/u)
		.map((part) => part.trim())
		.filter(Boolean);
	const subjects = parts.filter((part) => {
		if (/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(part)) {
			abbreviations.push(part);
			return false;
		}
		return !handlingPart.test(part) || parts.length === 1;
	});
	let subject = subjects[0] ?? '';
	for (let previous = ''; previous !== subject; ) {
		previous = subject;
		subject = subject
			.replace(handlingPrefix, '')
			.replace(forPlace, '')
			.replace(/\s+(?:19|20)\d{2}$/u, '')
			.replace(/[\s.,;:!?+&-]+$/u, '')
			.trim();
	}
	const words = subject
		.toLocaleLowerCase('sv')
		.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
		.replace(/(?<!\p{L})-|-(?!\p{L})/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const key = words.map(stem).join(' ');
	if (!key || !/\p{L}/u.test(key) || procedural.some((pattern) => pattern.test(words.join(' ')))) return null;
	return { key, label: subject.charAt(0).toLocaleUpperCase('sv') + subject.slice(1), abbreviations: [...new Set(abbreviations)] };
}

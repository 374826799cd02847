/**
 * The labels that open a part of a formal protokoll item (`Bakgrund`, `Yrkanden`, `Beslutsgång`, `Expedieras`),
 * as a whole short line, with or without a colon. The decision and the recipients end where one of them begins.
 */
const label =
	/^(?:bakgrund|ärendebeskrivning|beskrivning\s+av\s+ärendet|ärendet|sammanfattning(?:\s+av\s+ärendet)?|beslutsunderlag|underlag(?:\s+(?:för|till)\s+beslut)?|handlingar(?:\s+i\s+ärendet)?|yrkanden?|propositionsordning|propositioner?|beslutsgång(?:en)?|omröstning(?:sresultat)?|votering(?:sresultat)?|reservation(?:er)?|jäv|protokollsanteckning(?:ar)?|särskil(?:t|da)\s+yttranden?|yttranden?|(?:beslutet\s+)?(?:expedieras|skickas|sänds|delges)(?:\s+till)?|beslutsexpediering|expediering|(?:protokolls)?utdrag\s+till|kopia\s+till|för\s+kännedom|behandling|föredragning|överläggning|motivering|(?:[\p{L}-]+s\s+)?förslag(?:\s+till\s+beslut)?(?:\s+på\s+sammanträdet)?|beslutsförslag|ekonomiska\s+konsekvenser|bilagor?|paragrafen\s+justeras\s+omedelbart|justering)\s*:?$/iu;

/** Page furniture of a PDF between two parts of an item: a page number, a signature box, a rule. */
const furniture = /^(?:\(?\d+\s*(?:\(\d+\))?\)?|sid(?:a|an)?\s+\d+.*|justerandes?\s*sign.*|utdragsbestyrkande.*|[_\-–=*.]{3,})$/iu;

/** Whether a line only labels the part of an item that follows it. */
export function isSectionLabel(text: string): boolean {
	return text.length <= 60 && label.test(text.trim());
}

/** Whether a line is page furniture (a page number, a signature box, a rule) rather than text of the item. */
export function isFurniture(text: string): boolean {
	return furniture.test(text.trim());
}

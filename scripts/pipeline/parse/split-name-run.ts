import { classifyPart } from './classify-part.ts';
import { givenNames } from './given-names.ts';

/** A piece of a run of words: a person's name, or the words between names (roles, titles, "ersättare för", presence). */
export interface RunSegment {
	type: 'name' | 'words';
	text: string;
}

const particles = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'du', 'la', 'le', 'di', 'da', 'del', 'dos', 'bin', 'al', 'el', 'ter', 'zu']);
const nameWord = /^\p{Lu}[\p{L}'’´`]*\.?(?:-\p{Lu}?[\p{L}'’´`]*)*$/u;
const initial = /^\p{Lu}\.?$/u;

/** Whether a word is a common given name ("Madeléne" as "Madelene"). */
export function isGiven(word: string): boolean {
	// "Madeléne", "André": accents other than the Swedish letters' do not change the name
	const lower = word
		.toLocaleLowerCase('sv')
		.replace(/\.$/u, '')
		.normalize('NFD')
		.replace(/[\u0300-\u0303\u0327]/gu, '')
		.normalize('NFC');
	return givenNames.has(lower) || givenNames.has(lower.split('-')[0] ?? '');
}

/** Words that make a run of capitalised words an organisation ("Sveriges Fiskares Riksförbund", "Svenska Fotbollsförbundet"). */
export const organizationWord =
	/^(?:sveriges|svenska|svensk|region|regionen|landstinget|länsstyrelsen|länsstyrelserna|kommunförbundet|samordningsförbundet|förbundet|föreningen|stiftelsen|ab|hb|kb|stad|stads|hamnen)$|(?:förbund(?:et)?|regionen|landstinget|kommunerna|verket|myndigheten|departementet|sällskap(?:et)?|förening(?:en)?|kommun|kommunen|rådet|kansliet|styrelsen|nämnden|universitet(?:et)?|högskola(?:n)?|institutet|bolaget|företag(?:et)?|koncern(?:en)?|avdelning(?:en)?|enhet(?:en)?|kontor(?:et)?|sektion(?:en)?|byrå(?:n)?|service|bostäder|fastigheter|energi|elverk|turism|staben|vatten|renhållning(?:en|s)?|avfall|stiftelsen|förvaltningen|akademi(?:n)?|partiet|kyrkan|kåren)$/iu;

/** Words of a letterhead or a page footer, never part of a name. */
const letterhead =
	/^(?:postadress|besöksadress|leveransadress|telefon|telefax|fax|växel|e-post|epost|internet|hemsida|webbplats|org\.?nr|organisationsnummer|bankgiro|plusgiro|sida|sidan)[.:]?$/iu;

/**
 * Words of the protokoll template and of title prefixes, never part of a name, though a flattened page writes them
 * right after one ("Jonas Sverkén Justerat …", "Thord Wannberg Tf kommunchef", "Stefan Bergh Organ Kommunstyrelsen").
 */
const templateWord =
	/^(?:tf|t\.f\.|bitr\.?|kl|jäv|ärenden|ärende|notering|noteringar|ordföranden|borgmästaren|justeringens|justeringsdag|justeringen|justerat|justeras|justerandes|anslaget|anslag|anslagsbevis|organ|övriga|paragraf|paragrafer|sammanträde|sammanträdet|protokoll|protokollet|förvaringsplats|underskrift|underskrifter|närvarande|frånvarande|datum|plats|omfattar|se|instans|justering|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)[.:]?$/iu;

/** Words of addresses and places, never a person's name: streets, buildings and rooms ("Västra Storgatan", "Rådhus Skåne", "Konferensrummet"), and the points of the compass. */
const placeWord =
	/^(?:östra|västra|norra|södra|mellersta|övre|nedre|rådhus|rådhuset)$|(?:gatan|vägen|torget|gränd|gränden|stigen|allén|huset|rummet|salen|lokalen)$/iu;

/** Whether a word can be part of a name: capitalised, and not a role, a title, a letterhead, template or place word or a party code standing alone. */
export function isNameWord(word: string): boolean {
	if (!nameWord.test(word) || letterhead.test(word) || templateWord.test(word) || placeWord.test(word)) return false;
	// "Kultur- och fritidsnämnden", "Humanistiska nämnden", "Administrativ chef": the first word of a compound or of a phrase
	// so is an adjective or a noun of the text run into the name ("Anders Ledskog Teknisk", "… Personliga ersättare")
	if (/-$|\p{L}{3}isk$|(?:iska|iskt|tiva|tivt|tiv|liga|ligt|ningen|ningar)$/u.test(word)) return false;
	if (word.length > 1 && word === word.toLocaleUpperCase('sv') && word.length <= 4) return false;
	const part = classifyPart(word, 'field');
	return !(part.certain && (part.kind === 'role' || part.kind === 'title'));
}

/** How many names of a run must have a known given name second before the run is read surname first. */
const reversedNames = 3;

/**
 * A run written surname first, as Finland-Swedish minutes list people ("Alapappila Annukka Ant-Wuorinen Lauri Eklund
 * Pertti Karlsson-Finne Anna Lena Kivelä Marianne"): each name a surname and its given name, a second given name
 * joining it; `null` for a run with a particle or an initial (see {@link readsSurnameFirst} for when to read so).
 */
function surnameFirst(words: readonly string[]): string[][] | null {
	if (words.length < 2 || words.some((word) => particles.has(word) || initial.test(word))) return null;
	const names: string[][] = [];
	let i = 0;
	while (i < words.length) {
		if (i + 1 >= words.length) {
			names.at(-1)!.push(words[i]!);
			break;
		}
		const name = [words[i]!, words[i + 1]!];
		let j = i + 2;
		// "Karlsson-Finne Anna Lena Kivelä …": a second given name before the next surname
		while (j + 1 < words.length && isGiven(words[j]!) && !isGiven(words[j + 1]!) && isGiven(words[j + 2] ?? '')) name.push(words[j++]!);
		names.push(name);
		i = j;
	}
	return names;
}

/**
 * Whether a run reads surname first on its own: it opens with a word that is no given name, three of its names (or
 * all, when fewer) have a known given name second and none first, and more of them than pairs that open with a
 * known given name ("Zonitha Ödling Susanna Domeij Lars Lundgren").
 */
function readsSurnameFirst(words: readonly string[], names: readonly string[][]): boolean {
	if (isGiven(words[0]!)) return false;
	const givenSecond = names.filter((name) => isGiven(name[1]!) && !isGiven(name[0]!)).length;
	const givenFirst = names.filter((name) => isGiven(name[0]!) && !isGiven(name[1]!)).length;
	const pairsGivenFirst = Array.from({ length: Math.floor(words.length / 2) }, (_, k) => [words[2 * k]!, words[2 * k + 1]!]).filter(
		([first, second]) => isGiven(first!) && !isGiven(second!),
	).length;
	return givenSecond >= Math.min(reversedNames, names.length) && givenFirst === 0 && givenSecond > pairsGivenFirst;
}

/**
 * Splits a run of capitalised words into names: before a given name that follows a surname, or in pairs when nothing
 * tells. A one-word piece is not a name (the caller keeps it with the words around it).
 */
function splitRun(words: readonly string[], order: NameOrder = 'given first'): string[][] {
	return (order === 'surname first' ? surnameFirst(words) : null) ?? splitGivenFirst(words);
}

/** Which word of a name a list writes first. */
export type NameOrder = 'given first' | 'surname first';

/**
 * The order a text (a whole list, when the caller has it) writes its names in, from all its runs of capitalised
 * words together: surname first only where that reads clearly better (most lists are written given name first), by
 * known given names and surnames' endings.
 */
export function nameOrder(words: readonly string[]): NameOrder {
	const runs: string[][] = [[]];
	for (const word of words) {
		if (isNameWord(word.replace(/[,;.]$/u, ''))) runs.at(-1)!.push(word.replace(/[,;.]$/u, ''));
		else if (runs.at(-1)!.length > 0) runs.push([]);
	}
	let back = 0;
	let ahead = 0;
	for (const run of runs) {
		// a name alone between other words ("Sederholm Camilla I vice ordf.") shows its order most plainly
		if (run.length === 2) {
			back += 2 * orderScore([run], 'surname first');
			ahead += 2 * orderScore([run], 'given first');
			continue;
		}
		const reversed = run.length >= 4 ? surnameFirst(run) : null;
		if (!reversed || !readsSurnameFirst(run, reversed)) continue;
		back += orderScore(reversed, 'surname first');
		ahead += orderScore(splitGivenFirst(run), 'given first');
	}
	return back >= ahead + 2 && back >= 1.2 * ahead ? 'surname first' : 'given first';
}

/** How surnames often end, in Sweden and in Finland ("Andersson", "Lindström", "Eklund", "Ant-Wuorinen", "Kivelä"). */
const surnameEnding =
	/(?:son|sen|berg|ström|lund|qvist|kvist|gren|holm|dahl|dal|man|ell|én|ander|stedt|fors|borg|bäck|mark|blad|nen|la|lä|joki|mäki|niemi|salo|ski)$/iu;

/** How well names read in one order: a known given name where the order puts it, a surname's ending where it puts the surname. */
function orderScore(names: readonly string[][], order: NameOrder): number {
	return names.reduce((score, name) => {
		if (name.length < 2) return score;
		const [given, surname] = order === 'given first' ? [name[0]!, name.at(-1)!] : [name[1]!, name[0]!];
		return score + (isGiven(given) ? 1 : 0) + (surnameEnding.test(surname) ? 1 : 0);
	}, 0);
}

/** Splits a run written given name first (see {@link splitRun}). */
function splitGivenFirst(words: readonly string[]): string[][] {
	const names: string[][] = [];
	let current: string[] = [];
	// "Arjeplog Inge Andersson", "Kalix Kristina Zakrisson": a word that is no given name before a given name and a surname
	// is the organisation or the place the person represents, not part of the name
	if (words.length >= 3 && words[0]!.length > 1 && !initial.test(words[0]!) && !isGiven(words[0]!) && isGiven(words[1]!) && !isGiven(words[2]!)) {
		names.push([words[0]!]);
		return [...names, ...splitGivenFirst(words.slice(1))];
	}
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const previous = current[current.length - 1];
		const surnameDone = current.length >= 2 && previous !== undefined && !isGiven(previous) && !initial.test(previous);
		if (surnameDone && isGiven(word) && !particles.has(word)) {
			names.push(current);
			current = [];
		}
		current.push(word);
	}
	if (current.length > 0) names.push(current);
	// four or more words with no given name to split at: most Swedish names are two words
	return names.flatMap((name) => {
		if (name.filter((word) => !particles.has(word)).length < 4) return [name];
		// pair the words, a particle ("van", "af") going with the word after it
		const pairs: string[][] = [];
		let pair: string[] = [];
		let counted = 0;
		for (const word of name) {
			pair.push(word);
			if (particles.has(word)) continue;
			counted++;
			if (counted === 2) {
				pairs.push(pair);
				pair = [];
				counted = 0;
			}
		}
		// an odd word left over joins the last pair: a name of three words
		if (pair.length > 0 && counted === 1 && pairs.length > 0) pairs[pairs.length - 1]!.push(...pair);
		else if (pair.length > 0) pairs.push(pair);
		return pairs;
	});
}

/** Prepositions before the name of a place or a body ("i Nätverket Uppdrag Hälsa", "på Länsstyrelsen"), never before a person. */
const placePreposition = /^(?:i|på|vid|från|inom|hos)$/u;

/**
 * Splits text that may hold several people without separators ("Rickard Norberg Ulf Hansson", "ordförande Sverre
 * Moum", "ersättare för Elisabeth Edlund Thomas Lidberg") into names and the words between them, in order. With
 * `partiesFirst` (a list written "C Ulla-Maj Persson, S Ulf Dahlberg") a single letter before a given name that opens
 * the text is a party, not an initial.
 */
export function splitNameRun(text: string, options: { partiesFirst?: boolean; order?: NameOrder } = {}): RunSegment[] {
	const words = text.split(/\s+/u).filter((word) => word !== '');
	// (a text of fewer than two names cannot tell its order: the common one, given name first)
	const order = options.order ?? (words.length < 4 ? 'given first' : nameOrder(words));
	const segments: RunSegment[] = [];
	let run: string[] = [];
	let other: string[] = [];
	/** Whether the words are the name of a place or a body after a preposition. */
	let inPlace = false;
	const flushRun = () => {
		// "Hanna Roberts X": a lone capital after a full name is a mark in a presence column, not an initial
		const marks: string[] = [];
		while (run.length > 2 && initial.test(run[run.length - 1]!)) marks.unshift(run.pop()!);
		flushNames();
		other.push(...marks);
	};
	const flushNames = () => {
		if (run.length === 0) return;
		const isOrganizationWord = (word: string) => organizationWord.test(word.replace(/[.,]$/u, ''));
		// "Glenn Nordlund Kommunförbundet", "Örnsköldsvik Jonny Lundin Kommunförbundet": a person, then the organisation
		const firstOrganizationWord = run.findIndex(isOrganizationWord);
		const nameFrom = isGiven(run[0]!) ? 0 : run.length > 1 && isGiven(run[1]!) ? 1 : firstOrganizationWord === 2 ? 0 : -1;
		if (firstOrganizationWord >= nameFrom + 2 && nameFrom >= 0) {
			other.push(...run.slice(0, nameFrom));
			const organization = run.slice(firstOrganizationWord);
			run = run.slice(nameFrom, firstOrganizationWord);
			flushNames();
			// "Uno Tjernström Omsorgsnämnden Susanne Sturk …": after the organisation, the next person's given name and surname
			const next = organization.findIndex(
				(word, k) => k > 0 && isGiven(word) && organization[k + 1] !== undefined && !isOrganizationWord(organization[k + 1]!),
			);
			if (next > 0) {
				other.push(...organization.slice(0, next));
				run = organization.slice(next);
				flushNames();
				return;
			}
			other.push(...organization);
			return;
		}
		// "Svenska Fotbollsförbundet Gun Rudquist": an organisation's name, then the person's
		let lastOrganizationWord = run.findLastIndex(isOrganizationWord);
		if (lastOrganizationWord >= 0) {
			// "Region Kronoberg Anna Berg": the organisation's name goes on up to the person's given name
			while (lastOrganizationWord + 1 < run.length - 2 && !isGiven(run[lastOrganizationWord + 1]!)) lastOrganizationWord++;
			other.push(...run.slice(0, lastOrganizationWord + 1));
			run = run.slice(lastOrganizationWord + 1);
			if (run.length < 2) {
				other.push(...run);
				run = [];
				return;
			}
		}
		// "Christel Benfalk." at the end of a sentence: the full stop is no part of the name
		const last = run[run.length - 1]!;
		if (/\p{L}{2}\.$/u.test(last)) run[run.length - 1] = last.slice(0, -1);
		// a lone capitalised word is no name ("Kommunal", "Vision"): it stays with the words around it
		if (run.length === 1) other.push(run[0]!);
		else {
			flushOther();
			for (const name of splitRun(run, order)) {
				if (name.length === 1) segments.push({ type: 'words', text: name[0]! });
				else segments.push({ type: 'name', text: name.join(' ') });
			}
		}
		run = [];
	};
	const flushOther = () => {
		if (other.length > 0) segments.push({ type: 'words', text: other.join(' ') });
		other = [];
	};
	words.forEach((word, k) => {
		const next = words[k + 1];
		inPlace = run.length === 0 && /^\p{Lu}\p{Ll}/u.test(word) && !isGiven(word) && (inPlace || placePreposition.test(words[k - 1] ?? ''));
		// "M Lars-Bertil Rystrand", "Hallberg C Erika Arnell": a party letter before a given name is the party column
		// a single letter that opens the text is an initial ("C Magnus Berglund") unless the list writes parties first
		const code = /^[A-ZÅÄÖ]{2,4}$/u.test(word) || (/^\p{Lu}$/u.test(word) && (run.length > 0 || k > 0 || options.partiesFirst === true));
		const partyBeforeName = code && next !== undefined && isGiven(next) && (run.length === 0 || !isGiven(run[run.length - 1]!));
		// "X Tony Asumaa": a presence mark before a name, never an initial
		if (
			partyBeforeName ||
			/^vakan[st]$/iu.test(word) ||
			(/^[xX]$/u.test(word) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && /^\p{Lu}\p{Ll}/u.test(words[k + 2] ?? ''))
		) {
			flushRun();
			other.push(word);
			return;
		}
		// "koordinator i Nätverket Uppdrag Hälsa Anders Eklund": after "i", "på", "vid" the capitalised words name a place
		// or a body, up to the next person's given name
		if (inPlace) {
			other.push(word);
			return;
		}
		// "Birgitta Lundgren, barn- och utbildningschef": a comma after a word ends the name there
		if (/\p{L}[,;]$/u.test(word) && isNameWord(word.slice(0, -1))) {
			run.push(word.slice(0, -1));
			flushRun();
			other.push(word.slice(-1));
			return;
		}
		if (isNameWord(word) || (run.length > 0 && (particles.has(word) || initial.test(word)))) {
			// "Britt Olsson. Lars Rosander.": a full stop after a surname ends the name
			if (/\p{L}{2}\.$/u.test(word) && run.length >= 1) {
				run.push(word.slice(0, -1));
				flushRun();
				other.push('.');
				return;
			}
			run.push(word);
		} else {
			flushRun();
			other.push(word);
		}
	});
	flushRun();
	flushOther();
	// words split off a run of names ("Kronoberg") join the words next to them
	const merged: RunSegment[] = [];
	for (const segment of segments) {
		const previous = merged[merged.length - 1];
		if (previous && previous.type === 'words' && segment.type === 'words') previous.text = `${previous.text} ${segment.text}`;
		else merged.push({ ...segment });
	}
	return merged;
}

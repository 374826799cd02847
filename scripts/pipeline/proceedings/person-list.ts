import { classifyPart } from '../parse/classify-part.ts';
import { givenNames } from '../parse/given-names.ts';
import { isPersonName } from '../parse/is-person-name.ts';
import { partyCode } from './party-code.ts';

/** A person named in the course of an item (a proposer, a voter, a reservant), with the party as written or `null`. */
export interface WrittenPerson {
	name: string;
	party: string | null;
}

const nameWord = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*`;
const particle = String.raw`(?:von|van|af|de|der|den|du|la|le|di|da)`;
const initial = String.raw`\p{Lu}\.?`;
/** A name of two to four words, initials and particles allowed inside (`Ann S Pihlgren`, `Carl von Essen`). */
const name = String.raw`${nameWord}(?:\s+(?:${particle}\s+)?(?:${nameWord}|${initial})){0,2}\s+(?:${particle}\s+)?${nameWord}`;
/** A party in brackets after a name: `(S)`, `(kd)`, `(M)`, or a local party (`(SPI)`, `(Lpo)`). */
const party = String.raw`\s*\((?:[A-ZÅÄÖa-zåäö]{1,5}|[A-ZÅÄÖ][a-zåäö]{1,12})\)`;
/** Pattern of one person in running text: a name and the party in brackets after it (`Anna Ek (S)`). */
/** A word of address before a name in running text (`ordföranden Lena Celion`, `ledamoten Mari Rantanen`). */
const address = String.raw`(?:(?:ordföranden|ledamoten|ersättaren|vice\s+ordföranden|fullm\.)\s+)?`;
export const personPattern = String.raw`${address}${name}(?:${party})?`;
const person = personPattern;
/** Between two people: a comma, `och`, `samt`, `&`, or nothing after a party in brackets (`Christer Engelhardt (s)Stefaan De Maecker`). */
export const separatorPattern = String.raw`(?:\s*,\s*|\s+(?:och|samt)\s+|\s*&\s*|(?<=\))\s*(?=\p{Lu}))`;

/** Pattern of a list of people as running text writes it: `Anna Ek (S), Per Berg (M) och Lisa Holm (KD)`. */
export const personListPattern = String.raw`${person}(?:${separatorPattern}${person})*`;

const pieceSplit = new RegExp(separatorPattern, 'u');
/** A word that names a body or a document, never a person (`Kommunstyrelsen föreslår`, `Beslutsförslag`). */
const body = /(?:styrelsen|nämnden|fullmäktige|utskottet|förvaltningen|kommunen|regionen|förbundet|förslag|förslaget|beslutsförslag|sammanträdet)$/iu;
/** Words of the minutes that run into a name in a flattened text (`Yrkanden Tor Tolander`, `Beslut Anna Ek`): never part of it. */
const leadWords = new Set([
	'yrkande',
	'yrkanden',
	'reservation',
	'reservationer',
	'jäv',
	'beslut',
	'omröstning',
	'votering',
	'propositionsordning',
	'proposition',
	'ordföranden',
	'ordförande',
	'slutligen',
	'därefter',
	'vidare',
	'även',
	'också',
	'dels',
	'mot',
	'under',
	'protokollsanteckning',
	'ledamoten',
	'ersättaren',
	'kommunalrådet',
	'oppositionsrådet',
	'regionrådet',
]);
const piece = new RegExp(String.raw`^${address}(?<name>${name})(?<party>${party})?$`, 'u');

/**
 * Reads a list of people written as running text (`Anna Ek (S), Per Berg (M) och Lisa Holm (KD)`) into names and
 * parties, or `null` when a piece is no person's name. Words before the first name that belong to the sentence
 * (`Ordföranden Anna Ek`) are dropped.
 */
export function readPersonList(text: string): WrittenPerson[] | null {
	const pieces = text.trim().split(pieceSplit);
	const people: WrittenPerson[] = [];
	for (const [index, raw] of pieces.entries()) {
		const match = piece.exec(raw.trim());
		if (!match?.groups) return null;
		let words = (match.groups.name ?? '').split(/\s+/u);
		if (index === 0) {
			// "Ordföranden Anna Ek", "Kommunalrådet Per Berg": the sentence's words before the given name
			while (words.length > 2 && (leadWords.has((words[0] ?? '').toLocaleLowerCase('sv')) || (!isGiven(words[0] ?? '') && words.slice(1).some(isGiven))))
				words = words.slice(1);
		}
		const written = words.join(' ');
		if (words.some((word) => body.test(word))) return null;
		// in a list of several people the list itself says they are people ("Mahad Ahmed" among the council's members)
		if (!isPersonName(written) && !(pieces.length > 1 && !classifyPart(written, 'field').certain)) return null;
		const code = match.groups.party ? partyCode(match.groups.party.trim()) : null;
		people.push({ name: written, party: code });
	}
	return people.length > 0 ? people : null;
}

function isGiven(word: string): boolean {
	const lower = word.toLocaleLowerCase('sv');
	return givenNames.has(lower) || givenNames.has(lower.split('-')[0] ?? '');
}

import { partyCode, partyNamePattern } from './party-code.ts';
import { personPattern, readPersonList, separatorPattern, type WrittenPerson } from './person-list.ts';
import type { ItemSentence, ReadReservation } from './types.ts';

const party = partyNamePattern;
/** A party's members as the subject of a reservation: "Sverigedemokraternas ledamöter", "M-gruppen", "ledamöterna för S och V", "Moderaterna". */
const partyGroup = String.raw`(?:${party}\s*(?:s\s+)?(?:ledamöter|ledamot|ledamöterna|grupp|gruppen|representanter|företrädare)|(?:[A-ZÅÄÖ]{1,3}|\([A-ZÅÄÖ]{1,3}\))-?(?:gruppen|ledamöterna|ledamöter)|(?:[Ll]edamöterna|[Ll]edamöter|[Rr]epresentanterna|[Ff]öreträdarna)\s+(?:för|från|i)\s+${party}(?:\s*(?:,|och)\s*${party})*|(?:Socialdemokraterna|Moderaterna|Sverigedemokraterna|Centerpartiet|Liberalerna|Folkpartiet|Kristdemokraterna|Vänsterpartiet|Miljöpartiet))`;
// one person or party group after another, each separator once: a list inside a list would try every way to split it
const subject = String.raw`(?<subject>(?:${personPattern}|${partyGroup})(?:${separatorPattern}(?:${personPattern}|${partyGroup}))*)`;
const reserve = String.raw`(?:reserverar|reserverade|reserverat)\s+sig`;

const forms: RegExp[] = [
	// "Anna Ek (S) och Per Berg (M) reserverar sig …", "Sverigedemokraternas ledamöter reserverar sig …"
	new RegExp(String.raw`${subject}\s+(?:har\s+)?${reserve}(?<rest>[^]*)`, 'u'),
	// "Mot beslutet reserverar sig Anna Ek (S) …"
	new RegExp(String.raw`${reserve}\s+(?:\p{Ll}+\s+){0,3}?${subject}(?<rest>[^]*)`, 'u'),
	// "Anna Ek (S) anmäler reservation …", "… lämnar skriftlig reservation"
	new RegExp(
		String.raw`${subject}\s+(?:anmäler|anmälde|anmält|lämnar|lämnade|inlämnar|inlämnade|inkommer\s+med|inkom\s+med|avger|avgav)\s+(?:en\s+)?(?:skriftlig\s+)?reservation(?<rest>[^]*)`,
		'u',
	),
	// "Mot beslutet anmäler Sverker Ågren, … och Karin Lindmark reservation till förmån för motionen"
	new RegExp(String.raw`(?:anmäler|anmälde|lämnar|lämnade)\s+${subject}\s+(?:skriftlig\s+)?reservation(?<rest>[^]*)`, 'u'),
	// "Reservation anmäls av Anna Ek (S)", "Reservationer: Anna Ek (S), Per Berg (M)"
	new RegExp(String.raw`^[Rr]eservation(?:er)?\s+(?:anmäls|anmäldes|lämnas|lämnades|inlämnas|inkom)\s+(?:av|från)\s+${subject}(?<rest>[^]*)`, 'u'),
	new RegExp(String.raw`^[Rr]eservation(?:er)?\s*:\s*${subject}(?<rest>(?:\s*[.,]\s*|\s+till\s+förmån)[^]*|\s*)$`, 'u'),
];
/** Under a label `Reservation`: a sentence that is only a list of people (and in favour of what). */
const labelled = new RegExp(String.raw`^${subject}(?<rest>(?:\s*[.,]?\s*|\s+till\s+förmån)[^]*|\s*)$`, 'u');
const inFavour = /till\s+förmån\s+för\s+(?<what>.+?)(?=\s*(?:[.;]|,\s|\s+samt\s|\s+med\s+hänvisning|\s+och\s+lämnar|\s+\(bilaga|\s+bilaga|$))/u;
const partyInGroup = new RegExp(party, 'gu');
const wholeGroup = new RegExp(String.raw`^${partyGroup}$`, 'u');

function readSubject(text: string): { people: WrittenPerson[]; parties: string[] } | null {
	const people: WrittenPerson[] = [];
	const parties: string[] = [];
	const codesOf = (part: string) => [...part.matchAll(partyInGroup)].map((match) => partyCode(match[0])).filter((code): code is string => code !== null);
	// "ledamöterna från M och KD": one group of several parties
	if (wholeGroup.test(text.trim())) return { people, parties: codesOf(text) };
	for (const part of text.split(/\s*(?:,|\s+och\s+|\s+samt\s+)\s*(?=\p{Lu}|\(|ledamöter|företrädare|representanter)/u)) {
		const persons = readPersonList(part);
		if (persons) {
			people.push(...persons);
			continue;
		}
		if (!wholeGroup.test(part.trim())) return null;
		const codes = codesOf(part);
		if (codes.length === 0) return null;
		parties.push(...codes);
	}
	return people.length + parties.length > 0 ? { people, parties } : null;
}

/** The reservations of an item's sentences: who reserves (people, or a party's members), and in favour of what. Protokollsanteckningar are not reservations. */
export function parseReservations(sentences: readonly ItemSentence[]): ReadReservation[] {
	const reservations: ReadReservation[] = [];
	for (const sentence of sentences) {
		if (/protokollsanteckning|särskilt\s+yttrande/iu.test(sentence.text) && !/reserv/iu.test(sentence.text)) continue;
		const patterns = sentence.label?.startsWith('reservation') ? [...forms, labelled] : forms;
		for (const pattern of patterns) {
			const match = pattern.exec(sentence.text);
			if (!match?.groups?.subject) continue;
			const who = readSubject(match.groups.subject);
			if (!who) continue;
			const what = inFavour.exec(match.groups.rest ?? '')?.groups?.what ?? null;
			reservations.push({ ...who, inFavourOf: what, line: sentence.line });
			break;
		}
	}
	return reservations;
}

import { isPersonName } from '../parse/is-person-name.ts';
import { partyCode } from './party-code.ts';
import { personListPattern, readPersonList, type WrittenPerson } from './person-list.ts';
import type { ItemSentence, ReadProposal } from './types.ts';

const list = personListPattern;
/** The verbs of a proposal: `yrkar`, and `föreslår` as Finland-Swedish minutes write it ("Ledamoten X understödd av Y föreslog …"). */
const verb = String.raw`(?:yrkar|yrkade|yrkat|föreslår|föreslog)`;
/** A word of address before a name (`ledamoten Mari Rantanen`, `fullm. Katri Sarlund`). */
const address = String.raw`(?:(?:ledamoten|ledamot|fullm\.|ersättaren|ordföranden|vice\s+ordföranden)\s+)?`;
const coProposers = String.raw`(?:\s*,?\s+(?:med\s+instämmande\s+(?:av|från)|understödd\s+av|understödda\s+av|med\s+stöd\s+av)\s+${address}(?<co>${list})\s*,?)?`;
/** Where a proposal's text ends early: another proposer's verb later in the sentence. */
const nextProposer = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:och|samt|medan|men|,)\s+${list}${coProposers.replace('(?<co>', '(?:')}\s+${verb}\b`, 'u');

const verbAt = new RegExp(String.raw`(?<![\p{L}])${verb}(?![\p{L}])`, 'gu');
/** Before the verb: "Anna Ek (S) med instämmande av Per Berg (M) yrkar …" */
const subjectBefore = new RegExp(String.raw`(?<by>${list})${coProposers}\s+(?:har\s+)?$`, 'u');
/** After the verb: "… yrkar dels Kurt Jansson bifall …", "Slutligen yrkar Ingvar Byström bifall …" */
const subjectAfter = new RegExp(
	String.raw`^\s+(?:dels\s+|även\s+|också\s+|vidare\s+)?(?<by>${list})${coProposers}\s+(?=(?:i\s+första|i\s+andra|bifall|avslag|att|på|återremiss|ändring|tillägg|om|som)(?![\p{L}]))`,
	'u',
);
const coAfterVerb = new RegExp(String.raw`^\s*,\s*(?:med\s+instämmande\s+(?:av|från)|understödd\s+av)\s+${address}(?<co>${list})\s*,\s*`, 'u');
const adverbs = /^\s+(?:dels|även|också|vidare|därefter|slutligen)(?=\s)/u;
/** Under a label `Yrkanden`: "Pär Löfstrand, fp: Motionen bifalls.", "Anna Ek (S): Bifall till förslaget." */
const colonForm =
	/^(?<name>[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3})\s*(?:\((?<party>[\p{L}]{1,5})\)|,\s*(?<partyAfterComma>[\p{L}]{1,4}))?\s*:\s*(?<text>\S.*)$/u;
/** "I återremissyrkandet instämde Eva Goës …", "Lisa Holm (KD) instämmer i Anna Eks yrkande" */
const agreeAfter = new RegExp(String.raw`(?<by>${list})\s+(?:instämmer|instämde)(?:\s+i\s+(?<what>[^.]+))?`, 'gu');
/** "Ändringsförslaget understöddes av Ville Salminen, …" */
const supported = new RegExp(String.raw`(?<what>[\p{L}-]*förslag(?:et)?)\s+understöddes\s+av\s+${address}(?<by>${list})`, 'gu');
/** A proposal named as a noun: "Votering om tilläggsyrkande av Jonas Andersson med flera", "ett tilläggsyrkande från Lars Åke Carlsson (M) om nödvändiga justeringar". */
const nounForm = new RegExp(
	String.raw`(?<![\p{L}])(?<kind>[\p{Ll}-]*yrkande[nt]?)\s+(?:av|från)\s+${address}(?<by>${list})(?:\s+(?:med\s+flera|m\.\s?fl\.?))?(?:\s+om\s+(?<what>[^.;]+))?`,
	'gu',
);
const agreeBefore = new RegExp(String.raw`\b[Ii]\s+(?<what>[\p{L}-]*yrkande[nt]?)\s+(?:instämmer|instämde)\s+(?<by>${list})`, 'gu');

function cleanText(text: string): string {
	const cut = nextProposer.exec(text);
	return (cut ? text.slice(0, cut.index) : text).replace(/[\s.,;:]+$/u, '').trim();
}

/** The proposals (yrkanden) of an item's sentences, in order, with co-proposers ("med instämmande av") among the proposers. */
export function parseProposals(sentences: readonly ItemSentence[]): ReadProposal[] {
	const proposals: ReadProposal[] = [];
	// a proposal that ends in "… beslutar" goes on with the att-clauses below it
	let open: ReadProposal | null = null;
	for (const sentence of sentences) {
		if (open && /^(?:att|dels)\s/u.test(sentence.text)) {
			open.text = `${open.text} ${sentence.text.replace(/[\s.,;]+$/u, '')}`;
			continue;
		}
		open = null;
		let found = 0;
		for (const match of sentence.text.matchAll(verbAt)) {
			const v = match.index ?? 0;
			let rest = sentence.text.slice(v + match[0].length);
			let groups = subjectBefore.exec(sentence.text.slice(Math.max(0, v - 400), v))?.groups;
			if (!groups) {
				const after = subjectAfter.exec(rest);
				if (!after?.groups) continue;
				groups = after.groups;
				rest = rest.slice(after[0].length);
			} else {
				rest = rest.replace(adverbs, '');
				const after = coAfterVerb.exec(rest);
				if (after?.groups?.co) {
					groups = { ...groups, co: after.groups.co };
					rest = rest.slice(after[0].length);
				}
			}
			const by = readPersonList(groups.by ?? '');
			if (!by) continue;
			const co = groups.co ? (readPersonList(groups.co) ?? []) : [];
			const text = cleanText(rest);
			if (text === '') continue;
			found++;
			const proposal = { by: [...by, ...co], text, line: sentence.line };
			proposals.push(proposal);
			if (/(?:besluta[rt]?|beslöt|följande|:)$/u.test(rest.trim().replace(/[.\s]+$/u, ''))) open = proposal;
		}
		if (found > 0) continue;
		if (sentence.label?.startsWith('yrkande') || sentence.label?.startsWith('förslag')) {
			const colon = colonForm.exec(sentence.text);
			if (colon?.groups?.name && isPersonName(colon.groups.name)) {
				const written = colon.groups.party ?? colon.groups.partyAfterComma;
				const party = written ? partyCode(written) : null;
				proposals.push({ by: [{ name: colon.groups.name, party }], text: (colon.groups.text ?? '').replace(/[\s.]+$/u, ''), line: sentence.line });
				continue;
			}
		}
		let named = 0;
		for (const match of sentence.text.matchAll(nounForm)) {
			const by = readPersonList(match.groups?.by ?? '');
			const text = (match.groups?.what ?? match.groups?.kind ?? '').replace(/[\s.,;:]+$/u, '').trim();
			if (!by || text === '') continue;
			proposals.push({ by, text, line: sentence.line });
			named++;
		}
		if (named > 0) continue;
		for (const pattern of [agreeAfter, agreeBefore, supported]) {
			for (const match of sentence.text.matchAll(pattern)) {
				const by = readPersonList(match.groups?.by ?? '');
				if (!by) continue;
				const target = agreedWith(proposals, match.groups?.what ?? null);
				if (target) target.by.push(...by.filter((person) => !target.by.some((known) => known.name === person.name)));
			}
		}
	}
	return proposals.flatMap(splitDels);
}

const dels = new RegExp(String.raw`\s+dels\s+(?<by>${list})\s+(?=(?:i\s+första|i\s+andra|bifall|avslag|att|på|återremiss|ändring|tillägg)(?![\p{L}]))`, 'u');

/** "… yrkar dels Anna Ek bifall till X, dels Per Berg bifall till Y": one proposal for each "dels". */
function splitDels(proposal: ReadProposal): ReadProposal[] {
	const match = dels.exec(proposal.text);
	const by = match?.groups?.by ? readPersonList(match.groups.by) : null;
	if (!match || !by) return [proposal];
	const head = { ...proposal, text: proposal.text.slice(0, match.index).replace(/[\s,;]+$/u, '') };
	return [head, ...splitDels({ by, text: proposal.text.slice(match.index + match[0].length), line: proposal.line })];
}

/** The proposal someone agrees with: the one whose proposer's genitive or whose kind the words name, else the last. */
function agreedWith(proposals: ReadProposal[], what: string | null): ReadProposal | undefined {
	if (what) {
		const words = what.toLocaleLowerCase('sv');
		const byName = proposals.findLast((proposal) =>
			proposal.by.some((person: WrittenPerson) => {
				const surname = person.name.split(/\s+/u).at(-1)?.toLocaleLowerCase('sv') ?? '';
				return surname !== '' && words.includes(surname);
			}),
		);
		if (byName) return byName;
		const kind = /återremi|avslag|avsl|bifall|ändring|tillägg/u.exec(words)?.[0];
		const byKind = kind ? proposals.findLast((proposal) => proposal.text.toLocaleLowerCase('sv').includes(kind)) : undefined;
		if (byKind) return byKind;
	}
	return proposals.at(-1);
}

import type { ItemProceedings, NamedPerson, Reservation } from '../../../src/schema/meeting.ts';
import { blockTexts } from '../resolve/block-texts.ts';
import { nameKey } from '../resolve/name-key.ts';
import type { LocalProblem, ParsedAttendee, ParsedItem } from '../types.ts';
import { itemSentences } from './item-sentences.ts';
import { parseConflicts } from './parse-conflicts.ts';
import { parseProposals } from './parse-proposals.ts';
import { parsePropositions } from './parse-propositions.ts';
import { parseRecipients } from './parse-recipients.ts';
import { parseReservations } from './parse-reservations.ts';
import { parseResolution } from './parse-resolution.ts';
import { parseVotes } from './parse-votes.ts';
import type { WrittenPerson } from './person-list.ts';
import { presentAtItem } from './present-at-item.ts';
import type { ReadVote } from './types.ts';

/** What was read of an item's proceedings, and where named votes disagree with the totals stated. */
export interface ProceedingsReading {
	proceedings: ItemProceedings;
	problems: LocalProblem[];
}

/** Words one of the readers needs in a sentence (or the sentence stands under a label such as `Reservation`), and the att- and dels-clauses that continue a proposal; the decision and its recipients are read from the whole text. */
const cue =
	/proposition|frågar\s+om|mot\s+varandra|yrka|föreslå|föreslog|instämm|understöd|röst|votering|reserv|jäv|avst[åo]|blanka|frånvar|\b(?:ja|nej)\b|^(?:att|dels)\s/iu;

const choiceWords = { yes: 'ja', no: 'nej', abstain: 'avstår', absent: 'frånvarande' } as const;

/**
 * Warnings where the members named as voting one way are not as many as the total the minutes state for it, and
 * where more members are named as voting than the attendance list has deciding members present at the item.
 */
function checkVotes(votes: readonly ReadVote[], present: number): LocalProblem[] {
	const problems: LocalProblem[] = [];
	const warn = (line: number, message: string) => problems.push({ line, severity: 'warning', code: 'vote-count', message });
	for (const vote of votes) {
		const voting = vote.named.filter((voter) => voter.vote !== 'absent').length;
		if (present > 0 && voting > present)
			warn(
				vote.line,
				`The minutes name ${voting} members voting but the attendance list has ${present} deciding members present at this item. Check the vote list against the attendance list.`,
			);
		for (const choice of ['yes', 'no', 'abstain', 'absent'] as const) {
			const named = vote.named.filter((voter) => voter.vote === choice).length;
			const stated = vote[choice];
			if (named > 0 && stated !== null && named !== stated)
				warn(vote.line, `The minutes name ${named} members voting "${choiceWords[choice]}" but state ${stated}. Check the vote list against the totals.`);
		}
	}
	return problems;
}

/** Whether an attendee took part in decisions: present, a politician, and not an ersättare who did not serve. */
function decides(attendee: ParsedAttendee, item: ParsedItem): boolean {
	if (attendee.status !== 'present' || attendee.group !== 'politician') return false;
	if (attendee.roles.includes('ersättare') && !attendee.roles.includes('tjänstgörande ersättare')) return false;
	return presentAtItem(attendee.presence, item.number);
}

/**
 * Reads how an item's decision was made from its text: who proposed what, the votes with their totals and named
 * votes, who reserved against the decision (a party's reservation becomes one per member of it present at the item)
 * and who declared a conflict of interest. A party the text does not give is taken from the attendance list. Named
 * votes that do not add up to the totals stated are reported.
 */
export function readProceedings(item: ParsedItem, attendees: readonly ParsedAttendee[]): ProceedingsReading {
	// a cheap cue word first: most items, and most sentences of the rest, are about none of this
	const pieces = blockTexts(item.blocks);
	const sentences = pieces.some((piece) => cue.test(piece.text))
		? itemSentences(pieces).filter((sentence) => cue.test(sentence.text) || sentence.label !== null)
		: [];
	const byName = new Map(attendees.map((attendee) => [nameKey(attendee.name), attendee]));
	const named = (person: WrittenPerson): NamedPerson => ({
		name: person.name,
		party: person.party ?? byName.get(nameKey(person.name))?.party ?? null,
		person: null,
	});

	const reservations: Reservation[] = [];
	for (const reservation of parseReservations(sentences)) {
		const people = [
			...reservation.people.map(named),
			...attendees
				.filter((attendee) => attendee.party !== null && reservation.parties.includes(attendee.party.toLocaleUpperCase('sv')) && decides(attendee, item))
				.map((attendee) => named(attendee)),
		];
		for (const person of people) {
			if (!reservations.some((known) => nameKey(known.name) === nameKey(person.name))) reservations.push({ ...person, inFavourOf: reservation.inFavourOf });
		}
	}

	const conflicts: NamedPerson[] = [];
	const stated = parseConflicts(sentences).flatMap((conflict) => conflict.people.map(named));
	// "Deltog ej § 57 pga jäv" beside a name in the attendance list; "Tjg § 57 maa jäv" is the one who served instead
	const listed = attendees
		.filter(
			(attendee) =>
				item.number !== null &&
				attendee.presence !== null &&
				/jäv/iu.test(attendee.presence) &&
				/(?<![\p{L}])(?:ej|inte)(?![\p{L}])/iu.test(attendee.presence) &&
				!presentAtItem(attendee.presence, item.number),
		)
		.map((attendee) => named(attendee));
	for (const person of [...stated, ...listed]) if (!conflicts.some((known) => nameKey(known.name) === nameKey(person.name))) conflicts.push(person);

	const votes = parseVotes(sentences);
	const resolution = parseResolution(pieces);
	return {
		proceedings: {
			// taken by acclamation: a decision recorded and no vote taken on it
			resolution: resolution && { text: resolution.text, clauses: resolution.clauses, acclamation: votes.length === 0 },
			proposals: parseProposals(sentences).map((proposal) => ({ by: proposal.by.map(named), text: proposal.text })),
			votes: votes.map(({ line: _line, named: voters, ...vote }) => ({ ...vote, named: voters.map((person) => ({ ...named(person), vote: person.vote })) })),
			propositions: parsePropositions(sentences).map(({ put, adopted }) => ({ put, adopted })),
			reservations,
			conflicts,
			recipients: parseRecipients(pieces),
		},
		problems: checkVotes(votes, attendees.filter((attendee) => decides(attendee, item)).length),
	};
}

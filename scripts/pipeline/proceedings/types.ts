import type { WrittenPerson } from './person-list.ts';

/** One sentence of an item's text, with the label it stands under (`Yrkanden`, `Reservation`, `Jäv`) or `null`. */
export interface ItemSentence {
	text: string;
	/** The short label line before it, as written, lower-cased and without a colon (`yrkanden`), or `null`. */
	label: string | null;
	line: number;
}

/** A proposal (yrkande) as read: who proposed it and what, as written. */
export interface ReadProposal {
	by: WrittenPerson[];
	text: string;
	line: number;
}

/** A vote (omröstning, votering) as read. */
export interface ReadVote {
	yes: number | null;
	no: number | null;
	abstain: number | null;
	absent: number | null;
	yesMeans: string | null;
	noMeans: string | null;
	named: (WrittenPerson & { vote: 'yes' | 'no' | 'abstain' | 'absent' })[];
	line: number;
}

/** A reservation as written: the people named, the parties whose members reserve, and in favour of what. */
export interface ReadReservation {
	people: WrittenPerson[];
	/** Party codes of a reservation written for a party (`Sverigedemokraternas ledamöter`, `M-gruppen`). */
	parties: string[];
	inFavourOf: string | null;
	line: number;
}

/** A conflict of interest (jäv) as written. */
export interface ReadConflict {
	people: WrittenPerson[];
	line: number;
}

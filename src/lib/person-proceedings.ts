import type { Meeting, Vote } from '../schema/meeting.ts';
import type { MeetingEntry } from './build-archive-index.ts';
import { meetingId } from './meeting-id.ts';

/** A vote choice. */
export type Choice = Vote['named'][number]['vote'];

/** One thing a person did in how an item was decided: proposed, voted, reserved or declared jäv. */
export interface PersonAct {
	/** The meeting, `<body>/<slug>`. */
	meeting: string;
	body: string;
	date: Meeting['date'];
	anchor: string;
	itemNumber: number | null;
	itemTitle: string;
	kind: 'proposal' | 'vote' | 'reservation' | 'conflict';
	/** What was proposed, or what a reservation favoured, as written; `null` otherwise. */
	text: string | null;
	/** How the person voted (for a vote). */
	vote: Choice | null;
	/** How the majority voted (from the totals, else from the named votes); `null` when the minutes do not tell. */
	majority: Choice | null;
}

/** How the majority voted: the larger of yes and no by the totals stated, else by the named votes. */
export function voteMajority(vote: Vote): Choice | null {
	const yes = vote.yes ?? vote.named.filter((v) => v.vote === 'yes').length;
	const no = vote.no ?? vote.named.filter((v) => v.vote === 'no').length;
	return yes === no ? null : yes > no ? 'yes' : 'no';
}

/** Every person's proposals, votes, reservations and conflicts of interest in the listed meetings, newest meeting first. */
export function personProceedings(meetings: readonly MeetingEntry[]): Map<string, PersonAct[]> {
	const acts = new Map<string, PersonAct[]>();
	const add = (person: string | null, act: PersonAct) => {
		if (person === null) return;
		const list = acts.get(person) ?? [];
		// one proposal, reservation or jäv per person and item is enough to show
		if (
			act.kind !== 'vote' &&
			list.some((known) => known.meeting === act.meeting && known.anchor === act.anchor && known.kind === act.kind && known.text === act.text)
		)
			return;
		list.push(act);
		acts.set(person, list);
	};
	for (const entry of meetings) {
		const meeting = entry.data;
		for (const item of meeting.items) {
			const base = {
				meeting: meetingId(entry),
				body: meeting.body,
				date: meeting.date,
				anchor: item.anchor,
				itemNumber: item.number,
				itemTitle: item.title,
				vote: null,
				majority: null,
			};
			for (const proposal of item.proposals) for (const by of proposal.by) add(by.person, { ...base, kind: 'proposal', text: proposal.text });
			for (const vote of item.votes) {
				const majority = voteMajority(vote);
				for (const voter of vote.named) add(voter.person, { ...base, kind: 'vote', text: null, vote: voter.vote, majority });
			}
			for (const reservation of item.reservations) add(reservation.person, { ...base, kind: 'reservation', text: reservation.inFavourOf });
			for (const conflict of item.conflicts) add(conflict.person, { ...base, kind: 'conflict', text: null });
		}
	}
	return acts;
}

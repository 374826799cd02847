import type { Person } from '../schema/derived.ts';
import type { NamedPerson } from '../schema/meeting.ts';
import type { MeetingEntry } from './build-archive-index.ts';
import { meetingId } from './meeting-id.ts';
import { type PartyPosition, partyPositions } from './party-positions.ts';
import { type Choice, voteMajority } from './person-proceedings.ts';
import { slug } from './slug.ts';

/** Where in the archive something happened: a meeting's item. */
export interface ItemPlace {
	meeting: string;
	body: string;
	date: string | null;
	url: string;
	anchor: string;
	itemNumber: number | null;
	itemTitle: string;
}

/** A party as the archive knows it: its members over time, its members' proposals, how it voted and its reservations. */
export interface PartyRecord {
	slug: string;
	/** The party code as written (`S`, `KD`). */
	code: string;
	/** Bodies the party appears in, in order of first appearance. */
	bodies: string[];
	/** People listed for the party, with the span of meetings that show it, by body. */
	members: { person: Person; body: string | null; first: string | null; last: string | null; meetings: number }[];
	proposals: (ItemPlace & { by: NamedPerson[]; text: string })[];
	votes: (ItemPlace & { position: PartyPosition; majority: Choice | null })[];
	reservations: (ItemPlace & { people: NamedPerson[]; inFavourOf: string | null })[];
}

/** Every party of the listed meetings and people, by slug (`/partier/<slug>/`), newest meeting first in each list. */
export function partyRecords(meetings: readonly MeetingEntry[], people: readonly Person[]): Map<string, PartyRecord> {
	const records = new Map<string, PartyRecord>();
	const record = (code: string): PartyRecord | null => {
		const key = slug(code);
		if (!key) return null;
		const known = records.get(key);
		if (known) return known;
		const created: PartyRecord = { slug: key, code, bodies: [], members: [], proposals: [], votes: [], reservations: [] };
		records.set(key, created);
		return created;
	};
	const inBody = (party: PartyRecord, body: string) => {
		if (!party.bodies.includes(body)) party.bodies.push(body);
	};
	for (const entry of meetings) {
		const meeting = entry.data;
		for (const item of meeting.items) {
			const place: ItemPlace = {
				meeting: meetingId(entry),
				body: meeting.body,
				date: meeting.date,
				url: meeting.url,
				anchor: item.anchor,
				itemNumber: item.number,
				itemTitle: item.title,
			};
			for (const proposal of item.proposals) {
				for (const code of new Set(proposal.by.flatMap((by) => (by.party ? [by.party] : [])))) {
					const party = record(code);
					if (!party) continue;
					inBody(party, meeting.body);
					party.proposals.push({ ...place, by: proposal.by.filter((by) => by.party === code), text: proposal.text });
				}
			}
			for (const vote of item.votes) {
				const majority = voteMajority(vote);
				for (const position of partyPositions(vote)) {
					const party = record(position.party);
					if (!party) continue;
					inBody(party, meeting.body);
					party.votes.push({ ...place, position, majority });
				}
			}
			const reservants = new Map<string, NamedPerson[]>();
			for (const reservation of item.reservations)
				if (reservation.party) reservants.set(reservation.party, [...(reservants.get(reservation.party) ?? []), reservation]);
			for (const [code, list] of reservants) {
				const party = record(code);
				if (!party) continue;
				inBody(party, meeting.body);
				party.reservations.push({ ...place, people: list, inFavourOf: item.reservations.find((r) => r.party === code)?.inFavourOf ?? null });
			}
		}
	}
	for (const person of people) {
		for (const value of person.parties) {
			const party = record(value.value);
			if (!party) continue;
			party.members.push({ person, body: value.body, first: value.first, last: value.last, meetings: value.meetings.length });
		}
	}
	return records;
}

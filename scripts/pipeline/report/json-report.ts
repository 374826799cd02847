import type { Item, ItemProceedings, NamedPerson, Reading } from '../../../src/schema/meeting.ts';
import type { ConvertedArchive } from '../convert-archive.ts';

/** The stable machine contract of `check:content --json` (documented in the README). */
export interface JsonReport {
	meetings: {
		source: string;
		url: string;
		body: string;
		title: string;
		date: string | null;
		endDate: string | null;
		startTime: string | null;
		endTime: string | null;
		location: string | null;
		attendees: {
			name: string;
			person: string | null;
			party: string | null;
			organization: string | null;
			title: string | null;
			roles: string[];
			group: 'politician' | 'official' | 'other';
			status: 'present' | 'absent';
			presence: string | null;
		}[];
		items: (Pick<Item, 'number' | 'label' | 'title' | 'anchor' | 'caseNumbers' | 'topics'> & ItemProceedings)[];
		reading: Reading;
	}[];
	people: { id: string; name: string; url: string; aliases: string[] }[];
	topics: { id: string; label: string; url: string }[];
	problems: { source: string; line: number | null; severity: 'error' | 'warning'; message: string }[];
}

/** Projects a converted archive onto the documented JSON contract, field by field, so internal additions never leak into it. */
export function jsonReport(converted: ConvertedArchive): JsonReport {
	return {
		meetings: converted.meetings.map(({ meeting }) => ({
			source: meeting.source,
			url: meeting.url,
			body: meeting.body,
			title: meeting.title,
			date: meeting.date,
			endDate: meeting.endDate,
			startTime: meeting.startTime,
			endTime: meeting.endTime,
			location: meeting.location,
			attendees: meeting.attendees.map((attendee) => ({
				name: attendee.name,
				person: attendee.person,
				party: attendee.party,
				organization: attendee.organization,
				title: attendee.title,
				roles: attendee.roles,
				group: attendee.group,
				status: attendee.status,
				presence: attendee.presence,
			})),
			items: meeting.items.map((item) => ({
				number: item.number,
				label: item.label,
				title: item.title,
				anchor: item.anchor,
				caseNumbers: item.caseNumbers,
				topics: item.topics,
				resolution: item.resolution && { text: item.resolution.text, clauses: [...item.resolution.clauses], acclamation: item.resolution.acclamation },
				proposals: item.proposals.map((proposal) => ({ by: proposal.by.map(person), text: proposal.text })),
				propositions: item.propositions.map((proposition) => ({ put: proposition.put, adopted: proposition.adopted })),
				votes: item.votes.map((vote) => ({
					yes: vote.yes,
					no: vote.no,
					abstain: vote.abstain,
					absent: vote.absent,
					yesMeans: vote.yesMeans,
					noMeans: vote.noMeans,
					named: vote.named.map((voter) => ({ ...person(voter), vote: voter.vote })),
				})),
				reservations: item.reservations.map((reservation) => ({ ...person(reservation), inFavourOf: reservation.inFavourOf })),
				conflicts: item.conflicts.map(person),
				recipients: [...item.recipients],
			})),
			reading: {
				attendance: { level: meeting.reading.attendance.level, basis: meeting.reading.attendance.basis, suspect: [...meeting.reading.attendance.suspect] },
				items: { level: meeting.reading.items.level, basis: meeting.reading.items.basis },
			},
		})),
		people: converted.people.map((person) => ({ id: person.id, name: person.name, url: person.url, aliases: person.aliases })),
		topics: converted.topics.map((topic) => ({ id: topic.id, label: topic.label, url: topic.url })),
		problems: converted.problems.map((problem) => ({ source: problem.source, line: problem.line, severity: problem.severity, message: problem.message })),
	};
}

function person(named: NamedPerson): NamedPerson {
	return { name: named.name, party: named.party, person: named.person };
}

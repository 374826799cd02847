import { nameKey } from '../../../scripts/pipeline/resolve/name-key.ts';
import { minutesLanguage } from '../../i18n/ui.ts';
import type { ObservedValue } from '../../schema/derived.ts';
import type { Meeting, NamedPerson } from '../../schema/meeting.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { caseId } from '../case-id.ts';
import { itemCase } from '../item-cases.ts';
import { meetingId } from '../meeting-id.ts';
import { originalPath } from '../original-path.ts';
import { absoluteUrl } from './absolute-url.ts';
import { licenseOf } from './license.ts';
import { memberships } from './memberships.ts';
import { organizationId } from './organization-id.ts';
import { partyId } from './party-id.ts';
import type { ArchiveDocument, EventRecord, NamedRecord, ObservedRecord, OrganizationRecord, VoteEventRecord } from './types.ts';

const observed = (values: readonly ObservedValue[]): ObservedRecord[] => values.map((v) => ({ value: v.value, start_date: v.first, end_date: v.last }));

/**
 * The people named in how an item was decided whom open data may list: those with a person page, and those the
 * attendance list does not name. An attendee without a person id is kept private (see `attendance` below), and so is
 * that name wherever it proposes, votes or reserves.
 */
function namedRecords(meeting: Meeting): (named: NamedPerson) => NamedRecord | null {
	const withheld = new Set(meeting.attendees.filter((a) => a.person === null).map((a) => nameKey(a.name)));
	return (named) =>
		named.person === null && withheld.has(nameKey(named.name))
			? null
			: { name: named.name, person_id: named.person, party: named.party, party_id: named.party ? partyId(named.party) : null };
}

/** The vote events of a meeting, one per vote of each item, with ids `<meeting id>#<anchor>/omrostning-<n>`. */
function voteEvents(id: string, meeting: Meeting): VoteEventRecord[] {
	const record = namedRecords(meeting);
	return meeting.items.flatMap((item) =>
		item.votes.map((vote, index) => ({
			id: `${id}#${item.anchor}/omrostning-${index + 1}`,
			event_id: id,
			agenda_item_id: `${id}#${item.anchor}`,
			organization_id: meeting.body,
			start_date: meeting.date,
			yes_means: vote.yesMeans,
			no_means: vote.noMeans,
			counts: (['yes', 'no', 'abstain', 'absent'] as const).flatMap((option) => (vote[option] === null ? [] : [{ option, value: vote[option] }])),
			votes: vote.named.flatMap((voter) => {
				const named = record(voter);
				return named ? [{ voter_id: named.person_id, name: named.name, option: voter.vote, party: named.party, group_id: named.party_id }] : [];
			}),
		})),
	);
}

/** Turns one listed meeting into a Popolo Event with OParl agenda items. */
function eventRecord(id: string, meeting: Meeting, settings: ArchiveIndex['settings'], byItem: ArchiveIndex['casesByItem']): EventRecord {
	const url = absoluteUrl(meeting.url, settings);
	const record = namedRecords(meeting);
	const records = (people: readonly NamedPerson[]) => people.flatMap((person) => record(person) ?? []);
	return {
		id,
		name: meeting.title,
		classification: 'meeting',
		organization_id: meeting.body,
		document_type: meeting.documentType,
		start_date: meeting.date,
		end_date: meeting.endDate,
		start_time: meeting.startTime,
		end_time: meeting.endTime,
		location: meeting.location,
		url,
		publication: meeting.publication === 'draft' ? 'draft' : 'published',
		source: {
			url: meeting.originalWithheld ? null : absoluteUrl(originalPath(meeting.source), settings),
			sha256: meeting.sourceSha256,
			added: meeting.sourceAdded ?? null,
			changed: meeting.sourceChanged ?? null,
			history_url: meeting.historyUrl ?? null,
		},
		// An attendee without a person id is someone content/people.yml keeps private: no listing in open data.
		attendance: meeting.attendees
			.filter((a) => a.person !== null)
			.map((a) => ({
				name: a.name,
				person_id: a.person,
				party: a.party,
				party_id: a.party ? partyId(a.party) : null,
				organization: a.organization,
				title: a.title,
				roles: a.roles,
				group: a.group,
				status: a.status,
				presence: a.presence,
				section: a.section,
			})),
		agenda_items: meeting.items.map((item) => ({
			id: `${id}#${item.anchor}`,
			number: item.number,
			title: item.title,
			anchor: item.anchor,
			url: `${url}#${item.anchor}`,
			day: item.day,
			case_numbers: item.caseNumbers,
			paper_ids: item.caseNumbers.map((n) => itemCase(byItem, id, item.anchor, n)?.id ?? caseId(n)),
			topic_ids: item.topics,
			participants: item.participants
				.filter((p) => p.person !== null)
				.map((p) => ({ name: p.name, person_id: p.person, organization: p.organization, title: p.title })),
			mention_ids: item.mentions,
			decisions: item.decisions.map((d) => ({ kind: d.kind, text: d.text })),
			resolution: item.resolution && { text: item.resolution.text, clauses: [...item.resolution.clauses], acclamation: item.resolution.acclamation },
			proposals: item.proposals.map((proposal) => ({ by: records(proposal.by), text: proposal.text })),
			propositions: item.propositions.map((p) => ({ put: p.put, adopted: p.adopted })),
			vote_event_ids: item.votes.map((_, index) => `${id}#${item.anchor}/omrostning-${index + 1}`),
			reservations: item.reservations.flatMap((reservation) => {
				const named = record(reservation);
				return named ? [{ ...named, in_favour_of: reservation.inFavourOf }] : [];
			}),
			conflicts: records(item.conflicts),
			recipients: [...item.recipients],
			excerpt: item.excerpt,
		})),
	};
}

/**
 * Builds `/data/archive.json` from the archive index in one pass over the listed meetings (published and
 * drafts, oldest first; withdrawn minutes are left out) and one over the people, topics and cases.
 */
export function archiveDocument<M extends MeetingEntry>(index: ArchiveIndex<M>): ArchiveDocument {
	const { settings } = index;
	const listed = new Set(index.meetings.map(meetingId));
	const isListed = (id: string) => listed.has(id);
	const refs = (items: readonly { meeting: string; anchor: string | null }[]) =>
		items.filter((r) => listed.has(r.meeting)).map((r) => (r.anchor ? `${r.meeting}#${r.anchor}` : r.meeting));

	const events: EventRecord[] = [];
	const votes: VoteEventRecord[] = [];
	const parties = new Set<string>();
	for (let i = index.meetings.length - 1; i >= 0; i--) {
		const entry = index.meetings[i]!;
		const event = eventRecord(meetingId(entry), entry.data, settings, index.casesByItem);
		for (const a of event.attendance) if (a.party) parties.add(a.party);
		const eventVotes = voteEvents(meetingId(entry), entry.data);
		for (const vote of eventVotes) for (const voter of vote.votes) if (voter.party) parties.add(voter.party);
		for (const item of event.agenda_items)
			for (const named of [...item.proposals.flatMap((p) => p.by), ...item.reservations, ...item.conflicts]) if (named.party) parties.add(named.party);
		events.push(event);
		votes.push(...eventVotes);
	}

	const organizations: OrganizationRecord[] = [];
	const parents = new Map<string, OrganizationRecord>();
	for (const body of index.bodies) {
		const parentId = organizationId(body.organization);
		if (!parents.has(parentId)) {
			parents.set(parentId, {
				id: parentId,
				name: body.organization,
				short_name: null,
				classification: 'organization',
				parent_id: null,
				description: null,
				url: null,
			});
		}
		organizations.push({
			id: body.id,
			name: body.name,
			short_name: body.shortName,
			classification: 'body',
			parent_id: parentId,
			description: body.description || null,
			url: absoluteUrl(`/organ/${body.id}/`, settings),
		});
	}
	organizations.push(...parents.values());
	for (const party of [...parties].sort()) {
		organizations.push({ id: partyId(party), name: party, short_name: party, classification: 'party', parent_id: null, description: null, url: null });
	}

	return {
		$schema: absoluteUrl('/data/archive.schema.json', settings),
		format_version: '1.0',
		archive: {
			title: settings.title,
			description: settings.description,
			url: absoluteUrl('/', settings),
			language: minutesLanguage,
			publisher: { name: settings.publisher.name, email: settings.publisher.email ?? null, url: settings.publisher.url ?? null },
			license: licenseOf(settings.license),
		},
		organizations,
		persons: index.people.map((p) => ({
			id: p.id,
			name: p.name,
			other_names: p.aliases.filter((alias) => alias !== p.name).map((name) => ({ name })),
			url: absoluteUrl(p.url, settings),
			groups: p.groups,
			titles: observed(p.titles),
			affiliations: observed(p.organizations),
		})),
		memberships: index.people.flatMap((p) => memberships(p, isListed)),
		events,
		vote_events: votes,
		papers: index.cases.map((c) => ({ id: c.id, reference: c.number, url: absoluteUrl(c.url, settings), agenda_item_ids: refs(c.items) })),
		topics: index.topics.map((t) => ({
			id: t.id,
			label: t.label,
			description: t.description,
			synonyms: t.synonyms,
			abbreviations: t.abbreviations,
			broader_id: t.broader,
			origin: t.origin,
			url: absoluteUrl(t.url, settings),
			agenda_item_ids: refs(t.items),
		})),
	};
}

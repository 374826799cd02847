/**
 * The shape of `/data/archive.json`: Popolo (persons, organizations, memberships, events) for who met where,
 * OParl (meeting → agenda items → papers) for what was handled. Field names follow Popolo's snake_case.
 * `archive-schema.ts` describes every field for users; keep the two in step (the tests validate one against the other).
 */

/** A partial date as the minutes give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** The archive itself. */
export interface ArchiveInfo {
	title: string;
	description: string;
	url: string;
	language: string;
	publisher: { name: string; email: string | null; url: string | null };
	/** The licence of the data, or `null` when the archive names none. */
	license: { id: string; title: string; url: string } | null;
}

/** A Popolo Organization: a body of the archive, the organisation behind it, or a party. */
export interface OrganizationRecord {
	id: string;
	name: string;
	short_name: string | null;
	classification: 'body' | 'organization' | 'party';
	parent_id: string | null;
	description: string | null;
	url: string | null;
}

/** A value seen on a person between two meeting dates. */
export interface ObservedRecord {
	value: string;
	start_date: PartialDate | null;
	end_date: PartialDate | null;
}

/** A Popolo Person. */
export interface PersonRecord {
	id: string;
	name: string;
	other_names: { name: string }[];
	url: string;
	groups: ('politician' | 'official' | 'other')[];
	titles: ObservedRecord[];
	affiliations: ObservedRecord[];
}

/** A Popolo Membership: a person listed in a body's attendance, in a role and for a party, between two dates. */
export interface MembershipRecord {
	id: string;
	person_id: string;
	organization_id: string;
	role: string | null;
	on_behalf_of_id: string | null;
	start_date: PartialDate | null;
	end_date: PartialDate | null;
	meeting_count: number;
}

/** One person in a meeting's attendance list, as written. */
export interface AttendanceRecord {
	name: string;
	person_id: string | null;
	party: string | null;
	party_id: string | null;
	organization: string | null;
	title: string | null;
	roles: string[];
	group: 'politician' | 'official' | 'other';
	status: 'present' | 'absent';
	presence: string | null;
	section: string | null;
}

/** A person named in how an item was decided (a proposer, a voter, a reservant), with the party as the minutes give it. */
export interface NamedRecord {
	name: string;
	person_id: string | null;
	party: string | null;
	party_id: string | null;
}

/** A vote option, as Popolo writes them. */
export type VoteOption = 'yes' | 'no' | 'abstain' | 'absent';

/** A Popolo VoteEvent: one vote (omröstning) in an agenda item, its counts as stated and the votes the minutes name. */
export interface VoteEventRecord {
	id: string;
	event_id: string;
	agenda_item_id: string;
	organization_id: string;
	start_date: PartialDate | null;
	yes_means: string | null;
	no_means: string | null;
	counts: { option: VoteOption; value: number }[];
	votes: { voter_id: string | null; name: string; option: VoteOption; party: string | null; group_id: string | null }[];
}

/** An OParl AgendaItem. */
export interface AgendaItemRecord {
	id: string;
	number: number | null;
	title: string;
	anchor: string;
	url: string;
	day: string | null;
	case_numbers: string[];
	paper_ids: string[];
	topic_ids: string[];
	participants: { name: string; person_id: string | null; organization: string | null; title: string | null }[];
	mention_ids: string[];
	decisions: { kind: 'decision' | 'assignment' | 'followup' | 'meeting'; text: string }[];
	resolution: { text: string | null; clauses: string[]; acclamation: boolean } | null;
	proposals: { by: NamedRecord[]; text: string }[];
	propositions: { put: string | null; adopted: string | null }[];
	vote_event_ids: string[];
	reservations: (NamedRecord & { in_favour_of: string | null })[];
	conflicts: NamedRecord[];
	recipients: string[];
	excerpt: string;
}

/** A Popolo Event / OParl Meeting. */
export interface EventRecord {
	id: string;
	name: string;
	classification: 'meeting';
	organization_id: string;
	document_type: string | null;
	start_date: PartialDate | null;
	end_date: PartialDate | null;
	start_time: string | null;
	end_time: string | null;
	location: string | null;
	url: string;
	publication: 'published' | 'draft';
	source: { url: string | null; sha256: string; added: string | null; changed: string | null; history_url: string | null };
	attendance: AttendanceRecord[];
	agenda_items: AgendaItemRecord[];
}

/** An OParl Paper: a case number and the agenda items that handled it. */
export interface PaperRecord {
	id: string;
	reference: string;
	url: string;
	agenda_item_ids: string[];
}

/** A topic (a SKOS-like concept) and the agenda items about it. */
export interface TopicRecord {
	id: string;
	label: string;
	description: string;
	synonyms: string[];
	abbreviations: string[];
	broader_id: string | null;
	origin: 'registry' | 'recurring';
	url: string;
	agenda_item_ids: string[];
}

/** The whole of `/data/archive.json`. */
export interface ArchiveDocument {
	$schema: string;
	format_version: '1.0';
	archive: ArchiveInfo;
	organizations: OrganizationRecord[];
	persons: PersonRecord[];
	memberships: MembershipRecord[];
	events: EventRecord[];
	vote_events: VoteEventRecord[];
	papers: PaperRecord[];
	topics: TopicRecord[];
}

/** A Frictionless Table Schema field. */
export interface TableField {
	name: string;
	type: 'string' | 'integer';
	format?: 'uri';
	description: string;
	constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[]; minimum?: number };
}

/** A Frictionless Table Schema. */
export interface TableSchema {
	fields: TableField[];
	missingValues: string[];
	primaryKey: string[];
	foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const partialDate = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const required = { required: true };
const s = (name: string, description: string, constraints?: TableField['constraints']): TableField => ({
	name,
	type: 'string',
	description,
	...(constraints ? { constraints } : {}),
});
const uri = (name: string, description: string): TableField => ({ name, type: 'string', format: 'uri', description, constraints: required });
const int = (name: string, description: string, minimum = 0): TableField => ({ name, type: 'integer', description, constraints: { required: true, minimum } });
const date = (name: string, description: string) => s(name, `${description} YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.`, { pattern: partialDate });
const count = (name: string, description: string): TableField => ({ name, type: 'integer', description, constraints: { minimum: 0 } });
const itemAnchor = s('item_anchor', 'Anchor of the item (items.anchor).', required);
const itemKey = { fields: ['meeting_id', 'item_anchor'], reference: { resource: 'items', fields: ['meeting_id', 'anchor'] } };
const personFields = [
	s('name', 'Name as written in the item.', required),
	s('person_id', 'Person id (persons[].id in archive.json); empty for a name not in the attendance list.'),
	s('party', 'Party abbreviation, upper-cased, as the item or the attendance list gives it.'),
];
const meetingId = s('meeting_id', 'Meeting id `<body>/<slug>` (events[].id in archive.json).', required);

/** The Table Schemas of the CSV files, by table name; column order is the order of `fields`. */
export const tableSchemas = {
	meetings: {
		fields: [
			s('id', 'Meeting id `<body>/<slug>`.', { required: true, unique: true }),
			s('body', 'Body id.', required),
			s('body_name', 'Full name of the body.', required),
			s('title', 'Title of the meeting.', required),
			s('document_type', 'Kind of document as written (Protokoll, Minnesanteckningar).'),
			date('date', 'Meeting date:'),
			date('end_date', 'Last day of a meeting over several days:'),
			s('start_time', 'Start time HH:MM, local time.', { pattern: '\\d{2}:\\d{2}' }),
			s('end_time', 'End time HH:MM, local time.', { pattern: '\\d{2}:\\d{2}' }),
			s('location', 'Place as written.'),
			s('publication', '`published`, or `draft` when the minutes are not final.', { required: true, enum: ['published', 'draft'] }),
			uri('url', 'The meeting page.'),
			{
				name: 'source_url',
				type: 'string',
				format: 'uri',
				description: 'The original minutes file; empty when it is withheld because text was removed from it.',
			},
			s('source_sha256', 'SHA-256 of the original file as uploaded, hex.', { required: true, pattern: '[0-9a-f]{64}' }),
			s('source_added', 'When the file was first added to the archive (ISO 8601 date-time); empty when unknown.'),
			s('source_changed', 'When the file was last changed (ISO 8601 date-time); empty when unknown.'),
			int('present_count', 'People listed as present.'),
			int('absent_count', 'People listed as absent.'),
			int('item_count', 'Agenda items.'),
			int('decision_count', 'Decisions, assignments, follow-ups and announced meetings.'),
		],
		missingValues: [''],
		primaryKey: ['id'],
	},
	attendance: {
		fields: [
			meetingId,
			int('position', 'Place in the attendance list, from 1.', 1),
			date('meeting_date', 'Meeting date:'),
			s('body', 'Body id.', required),
			s('name', 'Name exactly as written in this meeting.', required),
			s('person_id', 'Person id (persons[].id in archive.json); empty for people without a page.'),
			s('party', 'Party abbreviation as written, upper-cased.'),
			s('organization', 'Organisation the person represents, as written.'),
			s('title', 'Job title as written.'),
			s('roles', 'Roles in the meeting as written, separated by `; `.'),
			s('group', 'politician, official or other.', { required: true, enum: ['politician', 'official', 'other'] }),
			s('status', 'present or absent.', { required: true, enum: ['present', 'absent'] }),
			s('presence', 'Partial presence as written (p. 1, dag 1); empty for the whole meeting.'),
			s('section', 'Attendance heading as written.'),
		],
		missingValues: [''],
		primaryKey: ['meeting_id', 'position'],
		foreignKeys: [{ fields: ['meeting_id'], reference: { resource: 'meetings', fields: ['id'] } }],
	},
	items: {
		fields: [
			meetingId,
			s('anchor', 'Fragment id of the item on the meeting page.', { required: true, pattern: '[a-z0-9-]+' }),
			{ name: 'number', type: 'integer', description: 'Item number as printed; empty for an unnumbered item.', constraints: { minimum: 0 } },
			date('meeting_date', 'Meeting date:'),
			s('body', 'Body id.', required),
			s('title', 'Title exactly as written.', required),
			s('day', 'Heading of the day in a meeting over several days.'),
			s('case_numbers', 'Case numbers as written, separated by `; `.'),
			s('topics', 'Topic ids, separated by `; `.'),
			int('decision_count', 'Decisions, assignments, follow-ups and announced meetings in the item.'),
			s('resolution', 'The decision (beslut) as written: its text, then each att-clause or point on a line of its own; empty where the item records none.'),
			s('acclamation', '`true` when the decision was taken without a vote (by acclamation), `false` after a vote; empty where the item records no decision.', {
				enum: ['true', 'false'],
			}),
			s('adopted', 'What the chair found adopted after putting the propositions, as written, separated by `; `.'),
			s('recipients', 'Who the decision is sent to (expedieras), as written, separated by `; `.'),
			uri('url', 'The item on the meeting page.'),
			s('excerpt', 'A short plain-text excerpt of the item.'),
		],
		missingValues: [''],
		primaryKey: ['meeting_id', 'anchor'],
		foreignKeys: [{ fields: ['meeting_id'], reference: { resource: 'meetings', fields: ['id'] } }],
	},
	decisions: {
		fields: [
			meetingId,
			s('item_anchor', 'Anchor of the item (items.anchor).', required),
			int('position', 'Place among the item’s decision sentences, from 1.', 1),
			date('meeting_date', 'Meeting date:'),
			s('kind', 'decision (beslut), assignment (uppdrag), followup (återkommer) or meeting (announced meeting).', {
				required: true,
				enum: ['decision', 'assignment', 'followup', 'meeting'],
			}),
			s('text', 'The sentence exactly as written.', required),
		],
		missingValues: [''],
		primaryKey: ['meeting_id', 'item_anchor', 'position'],
		foreignKeys: [{ fields: ['meeting_id', 'item_anchor'], reference: { resource: 'items', fields: ['meeting_id', 'anchor'] } }],
	},
	'vote-events': {
		fields: [
			s('id', 'Vote id `<meeting id>#<anchor>/omrostning-<n>` (vote_events[].id in archive.json).', { required: true, unique: true }),
			meetingId,
			itemAnchor,
			date('meeting_date', 'Meeting date:'),
			s('body', 'Body id.', required),
			count('yes', 'Yes votes as stated; empty when the minutes do not say.'),
			count('no', 'No votes as stated; empty when the minutes do not say.'),
			count('abstain', 'Members who abstained, as stated; empty when the minutes do not say.'),
			count('absent', 'Members absent, as stated; empty when the minutes do not say.'),
			s('yes_means', 'What a yes stood for, as written.'),
			s('no_means', 'What a no stood for, as written.'),
			int('named_count', 'Members whose vote the minutes name (rows in votes.csv).'),
		],
		missingValues: [''],
		primaryKey: ['id'],
		foreignKeys: [itemKey],
	},
	votes: {
		fields: [
			s('vote_event_id', 'The vote (vote-events.id).', required),
			meetingId,
			itemAnchor,
			date('meeting_date', 'Meeting date:'),
			...personFields,
			s('vote', 'yes, no, abstain or absent.', { required: true, enum: ['yes', 'no', 'abstain', 'absent'] }),
		],
		missingValues: [''],
		primaryKey: ['vote_event_id', 'name'],
		foreignKeys: [{ fields: ['vote_event_id'], reference: { resource: 'vote-events', fields: ['id'] } }],
	},
	proposals: {
		fields: [
			meetingId,
			itemAnchor,
			int('position', 'Place among the item’s proposals, from 1.', 1),
			date('meeting_date', 'Meeting date:'),
			s('proposers', 'Who proposed it, co-proposers included, as written, separated by `; ` (empty where the attendance list keeps every proposer private).'),
			s('person_ids', 'Their person ids in the same order, separated by `; ` (empty where a name has none).'),
			s('parties', 'Their parties in the same order, separated by `; `.'),
			s('text', 'What was proposed, as written.', required),
		],
		missingValues: [''],
		primaryKey: ['meeting_id', 'item_anchor', 'position'],
		foreignKeys: [itemKey],
	},
	reservations: {
		fields: [meetingId, itemAnchor, date('meeting_date', 'Meeting date:'), ...personFields, s('in_favour_of', 'What the reservation favours, as written.')],
		missingValues: [''],
		primaryKey: ['meeting_id', 'item_anchor', 'name'],
		foreignKeys: [itemKey],
	},
	conflicts: {
		fields: [meetingId, itemAnchor, date('meeting_date', 'Meeting date:'), ...personFields],
		missingValues: [''],
		primaryKey: ['meeting_id', 'item_anchor', 'name'],
		foreignKeys: [itemKey],
	},
} satisfies Record<string, TableSchema>;

/** The name of a CSV table (`meetings`, `attendance`, `items`, `decisions`, `vote-events`, `votes`, `proposals`, `reservations`, `conflicts`). */
export type TableName = keyof typeof tableSchemas;

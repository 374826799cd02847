import { absoluteUrl } from './absolute-url.ts';

type Json = { [key: string]: unknown };

const partialDate = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const str = (description: string, extra: Json = {}): Json => ({ type: 'string', description, ...extra });
const nullable = (description: string, extra: Json = {}): Json => ({ type: ['string', 'null'], description, ...extra });
const strings = (description: string): Json => ({ type: 'array', description, items: { type: 'string' } });
const date = (description: string): Json =>
	nullable(`${description} \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\` as far as the minutes tell; null when unknown.`, { pattern: partialDate });
const object = (description: string, properties: Record<string, Json>): Json => ({
	type: 'object',
	description,
	required: Object.keys(properties),
	additionalProperties: false,
	properties,
});
const list = (description: string, items: Json): Json => ({ type: 'array', description, items });
const observed = (description: string): Json =>
	list(
		description,
		object('A value and the first and last meeting date that show it.', {
			value: str('The value as written.'),
			start_date: date('First meeting date that shows the value:'),
			end_date: date('Last meeting date that shows the value:'),
		}),
	);
const named = (description: string, extra: Record<string, Json> = {}): Json =>
	object(description, {
		name: str('Name as written in the item.'),
		person_id: nullable('Id in `persons`, or null for a name not in the attendance list.'),
		party: nullable('Party abbreviation, upper-cased, as the item or the attendance list gives it, or null.'),
		party_id: nullable('Id of the party in `organizations`, or null.'),
		...extra,
	});
const voteOption = { enum: ['yes', 'no', 'abstain', 'absent'], description: '`yes` (ja), `no` (nej), `abstain` (avstår, blank) or `absent` (frånvarande).' };
const group = { enum: ['politician', 'official', 'other'], description: 'How the minutes list the person: among politicians, officials or others.' };

/** The JSON Schema (draft 2020-12) of `/data/archive.json`, with a description of every field; served at `/data/archive.schema.json`. */
export function archiveSchema(settings: { baseUrl: string; basePath: string }): Json {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl('/data/archive.schema.json', settings),
		title: 'Protokollarkiv: archive.json',
		...object(
			'The whole archive of meeting minutes. Shaped on Popolo (persons, organizations, memberships, events; snake_case field names) and OParl (meeting → agenda items → papers). Withdrawn minutes are left out. Ids are stable between builds as long as the content is.',
			{
				$schema: str('Address of this schema.', { format: 'uri' }),
				format_version: { const: '1.0', description: 'Version of this format; changes only when fields are removed or change meaning.' },
				archive: object('The archive itself.', {
					title: str('Name of the archive.'),
					description: str('What the archive holds.'),
					url: str('Public address of the archive.', { format: 'uri' }),
					language: str('Language of the minutes (BCP 47).'),
					publisher: object('Who publishes the archive.', {
						name: str('Name of the publisher.'),
						email: nullable('Contact e-mail, or null.'),
						url: nullable('Web address of the publisher, or null.', { format: 'uri' }),
					}),
					license: {
						description: 'The licence the data may be reused under, or null when the archive names none (then ask the publisher).',
						oneOf: [
							{ type: 'null' },
							object('A licence.', {
								id: str('SPDX id (`CC0-1.0`, `CC-BY-4.0`).'),
								title: str('Name of the licence.'),
								url: str('Where its text is.', { format: 'uri' }),
							}),
						],
					},
				}),
				organizations: list(
					'Popolo Organizations: the bodies whose minutes the archive holds, the organisations behind them, and the parties named in attendance lists.',
					object('A Popolo Organization.', {
						id: str('Body id (also in URLs), `organisation-<slug>` or `parti-<slug>`.'),
						name: str('Full name; for a party the abbreviation as written (`S`, `M`).'),
						short_name: nullable('Short name of a body (`KRF`), the abbreviation of a party, otherwise null.'),
						classification: {
							enum: ['body', 'organization', 'party'],
							description: '`body`: a forum, board or committee with minutes; `organization`: the organisation behind bodies; `party`: a political party.',
						},
						parent_id: nullable('For a body: id of the organisation behind it; otherwise null.'),
						description: nullable('What the body is, or null.'),
						url: nullable('The body’s page on the site, or null.', { format: 'uri' }),
					}),
				),
				persons: list(
					'Popolo Persons: everyone with a person page.',
					object('A Popolo Person.', {
						id: str('Stable person id (also in URLs).'),
						name: str('Name as shown on the site.'),
						other_names: list('Other ways the minutes write the name.', object('A Popolo OtherName.', { name: str('The name as written.') })),
						url: str('The person’s page.', { format: 'uri' }),
						groups: { type: 'array', description: 'How the minutes list the person.', items: group },
						titles: observed('Job titles as written, with the meeting dates that show them.'),
						affiliations: observed('Organisations the person represents (a municipality, an authority) as written.'),
					}),
				),
				memberships: list(
					'Popolo Memberships derived from attendance lists: one with role null per person, body and party (listed in the attendance, present or absent), and one per role as written.',
					object('A Popolo Membership.', {
						id: str('`<person_id>|<organization_id>|<role>|<on_behalf_of_id>`, empty parts for null.'),
						person_id: str('Id of a person in `persons`.'),
						organization_id: str('Id of a body in `organizations`.'),
						role: nullable('Role as written in the minutes (`ordförande`, `sekreterare`, `justerare`, `ersättare`), or null for being listed.'),
						on_behalf_of_id: nullable('Id of the party (in `organizations`) the person is listed for, or null.'),
						start_date: date('First meeting date that shows the membership:'),
						end_date: date('Last meeting date that shows the membership:'),
						meeting_count: { type: 'integer', minimum: 1, description: 'Number of meetings that show the membership.' },
					}),
				),
				events: list(
					'Popolo Events / OParl Meetings: every published meeting and draft, oldest first.',
					object('A meeting.', {
						id: str('Meeting id `<body>/<slug>`.'),
						name: str('Title of the meeting.'),
						classification: { const: 'meeting', description: 'Always `meeting`.' },
						organization_id: str('Id of the body in `organizations`.'),
						document_type: nullable('Kind of document as written (`Protokoll`, `Minnesanteckningar`), or null.'),
						start_date: date('Meeting date:'),
						end_date: date('Last day of a meeting over several days:'),
						start_time: nullable('Start time `HH:MM`, local time, or null.', { pattern: '^\\d{2}:\\d{2}$' }),
						end_time: nullable('End time `HH:MM`, local time, or null.', { pattern: '^\\d{2}:\\d{2}$' }),
						location: nullable('Place as written, or null.'),
						url: str('The meeting’s page.', { format: 'uri' }),
						publication: { enum: ['published', 'draft'], description: '`draft` when the minutes are not final.' },
						source: object('The original minutes file.', {
							url: nullable('Download address of the original file, or null when it is withheld because text was removed from it.', { format: 'uri' }),
							sha256: str('SHA-256 of the original file as uploaded, hex.', { pattern: '^[0-9a-f]{64}$' }),
							added: nullable('When the file was first added to the archive (ISO 8601 date-time, from version control), or null.'),
							changed: nullable('When the file was last changed (ISO 8601 date-time, from version control), or null.'),
							history_url: nullable('Page with the file’s history of corrections, or null.', { format: 'uri' }),
						}),
						attendance: list(
							'Everyone in the attendance list, in the order of the minutes.',
							object('One person in the attendance list.', {
								name: str('Name exactly as written in this meeting.'),
								person_id: nullable('Id of the person in `persons`, or null.'),
								party: nullable('Party abbreviation as written, upper-cased, or null.'),
								party_id: nullable('Id of the party in `organizations`, or null.'),
								organization: nullable('Organisation the person represents, as written, or null.'),
								title: nullable('Job title as written, or null.'),
								roles: strings('Roles in this meeting, lower-case Swedish as written.'),
								group,
								status: { enum: ['present', 'absent'], description: 'Present, or reported absent.' },
								presence: nullable('Partial presence as written (`p. 1`, `dag 1`), or null for the whole meeting.'),
								section: nullable('Attendance heading the person is listed under, as written, or null.'),
							}),
						),
						agenda_items: list(
							'OParl AgendaItems, in order.',
							object('An agenda item.', {
								id: str('`<meeting id>#<anchor>`.'),
								number: { type: ['integer', 'null'], minimum: 0, description: 'Number as printed, or null for an unnumbered item.' },
								title: str('Title exactly as written.'),
								anchor: str('Fragment id of the item on the meeting page.', { pattern: '^[a-z0-9-]+$' }),
								url: str('Address of the item on the meeting page.', { format: 'uri' }),
								day: nullable('Heading of the day in a meeting over several days, or null.'),
								case_numbers: strings('Case numbers as written.'),
								paper_ids: strings('Ids of the cases in `papers`, in the order of `case_numbers`.'),
								topic_ids: strings('Ids of topics in `topics`.'),
								participants: list(
									'People who take part in this item only.',
									object('An item participant.', {
										name: str('Name as written.'),
										person_id: nullable('Id in `persons`, or null.'),
										organization: nullable('Organisation as written, or null.'),
										title: nullable('Title as written, or null.'),
									}),
								),
								mention_ids: strings('Ids of persons the item text names.'),
								decisions: list(
									'Sentences that record an outcome, exactly as written.',
									object('A decision sentence.', {
										kind: {
											enum: ['decision', 'assignment', 'followup', 'meeting'],
											description: '`decision` (beslut), `assignment` (uppdrag), `followup` (återkommer), `meeting` (announced meeting).',
										},
										text: str('The sentence as written.', { minLength: 1 }),
									}),
								),
								resolution: {
									description: 'The decision (beslut) as written, or null where the item records none.',
									oneOf: [
										{ type: 'null' },
										object('A decision.', {
											text: nullable('The decision outside its clauses (`Kommunfullmäktige beslutar:`, `Enligt förslag.`), or null.'),
											clauses: strings('The att-clauses or listed points, each as written without its bullet.'),
											acclamation: { type: 'boolean', description: 'True when the decision was taken without a vote (by acclamation).' },
										}),
									],
								},
								proposals: list(
									'Proposals (yrkanden) made in the item, in order.',
									object('A proposal.', {
										by: list('Who proposed it, co-proposers ("med instämmande av") included.', named('A proposer.')),
										text: str('What was proposed, as written.', { minLength: 1 }),
									}),
								),
								propositions: list(
									'Propositions the chair put (propositionsordning, beslutsgång), in order.',
									object('A proposition.', {
										put: nullable('What the chair put to the meeting, as written, or null.'),
										adopted: nullable('What the chair found adopted, as written, or null.'),
									}),
								),
								vote_event_ids: strings('Ids of the votes taken in the item, in `vote_events`.'),
								reservations: list(
									'Members who reserved against the decision, one per person.',
									named('A reservant.', { in_favour_of: nullable('What the reservation favours, as written, or null.') }),
								),
								conflicts: list('Members who declared a conflict of interest (jäv) and took no part.', named('A member who declared jäv.')),
								recipients: strings('Who the decision is sent to (expedieras, beslutet skickas till), each as written.'),
								excerpt: str('A short plain-text excerpt of the item.'),
							}),
						),
					}),
				),
				vote_events: list(
					'Popolo VoteEvents: the votes (omröstningar) of the agenda items, oldest meeting first.',
					object('A vote.', {
						id: str('Vote id `<meeting id>#<anchor>/omrostning-<n>`.'),
						event_id: str('The meeting, in `events`.'),
						agenda_item_id: str('The agenda item (`<meeting id>#<anchor>`).'),
						organization_id: str('The body, in `organizations`.'),
						start_date: date('Meeting date:'),
						yes_means: nullable('What a yes stood for, as written, or null.'),
						no_means: nullable('What a no stood for, as written, or null.'),
						counts: list(
							'The totals the minutes state.',
							object('A total.', { option: voteOption, value: { type: 'integer', minimum: 0, description: 'Number of votes.' } }),
						),
						votes: list(
							'The votes the minutes name, one per member.',
							object('A member’s vote.', {
								voter_id: nullable('Id in `persons`, or null.'),
								name: str('Name as written.'),
								option: voteOption,
								party: nullable('Party abbreviation, or null.'),
								group_id: nullable('Id of the party in `organizations`, or null.'),
							}),
						),
					}),
				),
				papers: list(
					'OParl Papers: case numbers (diarienummer) and where they were handled.',
					object('A case.', {
						id: str('URL-safe case id.'),
						reference: str('Case number as written (`KS 2018/124`).'),
						url: str('The case’s page.', { format: 'uri' }),
						agenda_item_ids: strings('Agenda items (`<meeting id>#<anchor>`) that handled the case, oldest first.'),
					}),
				),
				topics: list(
					'Topics (like SKOS concepts) and the agenda items about them.',
					object('A topic.', {
						id: str('Topic id (also in URLs).'),
						label: str('Name of the topic.'),
						description: str('What the topic covers.'),
						synonyms: strings('Words that mark an item as on the topic.'),
						abbreviations: strings('Abbreviations of the topic.'),
						broader_id: nullable('Id of the broader topic, or null.'),
						origin: { enum: ['registry', 'recurring'], description: '`registry`: curated; `recurring`: made from a recurring agenda title.' },
						url: str('The topic’s page.', { format: 'uri' }),
						agenda_item_ids: strings('Agenda items on the topic, oldest first.'),
					}),
				),
			},
		),
	};
}

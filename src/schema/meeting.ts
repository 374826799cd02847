import { z } from 'astro/zod';

/** A calendar date as far as the minutes or the sidecar make it known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A clock time `HH:MM`. */
export const timeSchema = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM');

/** One person listed in a meeting's attendance, as written in that meeting. */
export const attendeeSchema = z.object({
	/** The name exactly as written in this meeting's minutes. */
	name: z.string().min(1),
	/** Stable id of the resolved person (see `content/people.yml`); `null` for people without a public page. */
	person: z.string().nullable(),
	/** Party abbreviation as written, upper-cased (`S`, `M`, `SD`, …), or `null`. */
	party: z.string().nullable(),
	/** Organisation the person represents (a municipality, a region, an authority), or `null`. */
	organization: z.string().nullable(),
	/** Job title of an official (`Kommundirektör`, `Strateg`, …), or `null`. */
	title: z.string().nullable(),
	/** Roles in this meeting, lower-case Swedish (`ordförande`, `vice ordförande`, `sekreterare`, `justerare`, `ersättare`, …). */
	roles: z.array(z.string()),
	/** Whether the minutes list the person among politicians, officials or others. */
	group: z.enum(['politician', 'official', 'other']),
	/** Whether the person was present or reported absent (förhinder, ej närvarande, frånvarande). */
	status: z.enum(['present', 'absent']),
	/** Partial presence exactly as written (`p. 1`, `p. 3–5`, `dag 1`, `del av dag 2`), or `null` for the whole meeting. */
	presence: z.string().nullable(),
	/** The attendance section heading the person was listed under, as written (`Politiker`, `Förhinder`, …), or `null`. */
	section: z.string().nullable(),
	/** 1-based line in the source file where the person is listed. */
	line: z.number().int().positive().nullable(),
});

/** A sentence in an item that records an outcome, kept exactly as written. */
export const decisionSchema = z.object({
	/** `decision` (beslut, ställningstagande, utsågs), `assignment` (fick i uppdrag), `followup` (återkommer), `meeting` (kommande möten). */
	kind: z.enum(['decision', 'assignment', 'followup', 'meeting']),
	/** The original sentence, never rephrased. */
	text: z.string().min(1),
});

/** A person who takes part in one item only (`Medverkande: P-O Strömberg, Consid`). */
export const itemParticipantSchema = z.object({
	/** The name as written. */
	name: z.string().min(1),
	/** Resolved person id, or `null`. */
	person: z.string().nullable(),
	/** Organisation as written, or `null`. */
	organization: z.string().nullable(),
	/** Title as written, or `null`. */
	title: z.string().nullable(),
});

/** A person named in the course of an item (a proposer, a voter, a reservant), with the party as written or as the attendance gives it. */
export const namedPersonSchema = z.object({
	/** The name as written in the item. */
	name: z.string().min(1),
	/** Party code, upper-cased, from the item's text or else the attendance list, or `null`. */
	party: z.string().nullable(),
	/** Resolved person id of the attendee of that name, or `null`. */
	person: z.string().nullable(),
});

/** A proposal (yrkande): who proposed it, co-proposers ("med instämmande av") included, and what, as written. */
export const proposalSchema = z.object({
	by: z.array(namedPersonSchema),
	/** What was proposed, as written after "yrkar" (`bifall till kommunstyrelsens förslag`). */
	text: z.string().min(1),
});

/** A vote (omröstning, votering): the totals as stated, what yes and no stood for, and the votes the minutes name. */
export const voteSchema = z.object({
	yes: z.number().int().nonnegative().nullable(),
	no: z.number().int().nonnegative().nullable(),
	abstain: z.number().int().nonnegative().nullable(),
	absent: z.number().int().nonnegative().nullable(),
	/** What a yes stood for, as written (`bifall till kommunstyrelsens förslag`), or `null`. */
	yesMeans: z.string().nullable(),
	/** What a no stood for, as written, or `null`. */
	noMeans: z.string().nullable(),
	/** One entry per member whose vote the minutes name. */
	named: z.array(namedPersonSchema.extend({ vote: z.enum(['yes', 'no', 'abstain', 'absent']) })),
});

/** The decision (beslut) of an item as written: its text and its att-clauses or points as a list. */
export const resolutionSchema = z.object({
	/** The decision's text outside its clauses (`Kommunfullmäktige beslutar:`, `Enligt förslag.`), or `null`. */
	text: z.string().nullable(),
	/** The att-clauses or listed points, each as written without its bullet (`att anta planen`). */
	clauses: z.array(z.string()),
	/** Taken without a vote (by acclamation, "bifall", "enligt förslaget"): no vote was recorded in the item. */
	acclamation: z.boolean(),
});

/** A proposition the chair put (propositionsordning, beslutsgång) and what the chair found adopted, each as written or `null`. */
export const propositionSchema = z.object({
	/** What the chair put to the meeting (`kommunstyrelsens förslag och Anna Eks yrkande`), or `null`. */
	put: z.string().nullable(),
	/** What the chair found the meeting adopted (`kommunstyrelsens förslag`), or `null`. */
	adopted: z.string().nullable(),
});

/** A reservation against a decision, one per person (a party's reservation is one per member of it present at the item). */
export const reservationSchema = namedPersonSchema.extend({
	/** What the reservation favours, as written (`eget yrkande`, `motionen`), or `null`. */
	inFavourOf: z.string().nullable(),
});

/** One agenda item (ärende, punkt or §) of a meeting. */
export const itemSchema = z.object({
	/** Item number as printed (`3`, `§ 12` → `12`); `null` for an unnumbered closing item such as `Avslutning`. */
	number: z.number().int().nonnegative().nullable(),
	/** The number as written for a sub-item (`2.1`, `2a`), whose `number` is that of its group; `null` for a plain number. */
	label: z.string().nullable(),
	/** The title exactly as written. */
	title: z.string().min(1),
	/** Fragment id of the item on the meeting page, stable for a given number (`punkt-3`). */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
	/** Heading of the day the item belongs to in a meeting over several days, as written, or `null`. */
	day: z.string().nullable(),
	/** Case numbers handled in the item (`RS181313`, `KS 2018/124`, `Dnr 2019/45`). */
	caseNumbers: z.array(z.string()),
	/** Topic ids from `content/topics.yml` and recurring titles. */
	topics: z.array(z.string()),
	/** People who take part in this item only. */
	participants: z.array(itemParticipantSchema),
	/** Person ids of people whose names the item text mentions. */
	mentions: z.array(z.string()),
	/** Decisions, assignments, follow-ups and announced meetings recorded in the item. */
	decisions: z.array(decisionSchema),
	/** The decision (beslut) as written, or `null` where the item records none. */
	resolution: resolutionSchema.nullable(),
	/** Proposals (yrkanden) made in the item, in order. */
	proposals: z.array(proposalSchema),
	/** Propositions the chair put, in order, and what was found adopted. */
	propositions: z.array(propositionSchema),
	/** Votes (omröstningar) taken in the item, in order. */
	votes: z.array(voteSchema),
	/** Members who entered a reservation against the decision. */
	reservations: z.array(reservationSchema),
	/** Members who declared a conflict of interest (jäv) and took no part in the item. */
	conflicts: z.array(namedPersonSchema),
	/** Who the decision is sent to (expedieras, beslutet skickas till), each as written. */
	recipients: z.array(z.string()),
	/** A short plain-text excerpt of the item for timelines and feeds. */
	excerpt: z.string(),
});

/** How sure the converter is of one part of what it read: `sure`, `unsure` (read, but some of it may be wrong) or `none` (nothing found). */
export const certaintySchema = z.enum(['sure', 'unsure', 'none']);

/** How the converter read a meeting's attendance and items, and what it would need to be sure. */
export const readingSchema = z.object({
	attendance: z.object({
		level: certaintySchema,
		/** `list` (an attendance part with headings), `sentences` (only sentences such as "Vid protokollet: …"), `none`. */
		basis: z.enum(['list', 'sentences', 'none']),
		/** Names read from the list that do not look like a person's name (`Vice ordförande`); they get no person page. */
		suspect: z.array(z.string()),
	}),
	items: z.object({
		level: certaintySchema,
		/** `paragraphs` (§ or Punkt headings), `agenda` (headings that match the agenda), `headings` (headings of the file's format, Markdown `##`), `numbered` (numbered lines only), `none`. */
		basis: z.enum(['paragraphs', 'agenda', 'headings', 'numbered', 'none']),
	}),
});

/** Publication state of a minutes file. */
export const publicationSchema = z.enum(['published', 'draft', 'withdrawn']);

/** One meeting, as the converter writes it into the front matter of its MDX file and as `check:content --json` prints it. */
const changedItemSchema = z.object({ number: z.string().nullable(), title: z.string() });

/** What changed in the minutes since their first published version (from git): items and attendees. */
export const correctionsSchema = z.object({
	/** When the first version was committed (ISO date-time). */
	since: z.string(),
	items: z.object({
		added: z.array(changedItemSchema),
		removed: z.array(changedItemSchema),
		retitled: z.array(z.object({ number: z.string().nullable(), from: z.string(), to: z.string() })),
	}),
	attendees: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});

export const meetingSchema = z.object({
	/** Path of the raw minutes file under the content folder (`minutes/krf/2023-02-01.txt`). */
	source: z.string(),
	/** SHA-256 of the raw file as uploaded, hex. */
	sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** The page's path on the site, with leading and trailing slash (`/organ/krf/2023-02-01/`). */
	url: z.string().startsWith('/'),
	/** Body id from `content/archive.yml`, taken from the folder the file is in. */
	body: z.string(),
	/** The body's name as written in the minutes, or `null`. */
	bodyName: z.string().nullable(),
	/** Short slug of the meeting inside its body (file name or sidecar `slug`). */
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** Title of the meeting: the sidecar's, the minutes', or built from the body and date. */
	title: z.string().min(1),
	/** Kind of document as written (`Anteckningar`, `Minnesanteckningar`, `Protokoll`), or `null`. */
	documentType: z.string().nullable(),
	/** Meeting date; `YYYY` or `YYYY-MM` when only that is known; `null` when unknown. */
	date: partialDateSchema.nullable(),
	/** Last day of a meeting over several days, or `null`. */
	endDate: partialDateSchema.nullable(),
	/** Start time `HH:MM`, or `null`. */
	startTime: timeSchema.nullable(),
	/** End time `HH:MM`, or `null`. */
	endTime: timeSchema.nullable(),
	/** Place as written, or `null`. */
	location: z.string().nullable(),
	/** Where each header field came from: `sidecar`, `text`, `filename` or `inferred`. */
	provenance: z.record(z.string(), z.enum(['sidecar', 'text', 'filename', 'inferred'])),
	/** Everyone listed in the attendance, in the order of the minutes. */
	attendees: z.array(attendeeSchema),
	/** How sure the converter is of the attendance and the items, and on what it based them. */
	reading: readingSchema,
	/** The agenda items, in order. */
	items: z.array(itemSchema),
	/** The signature block (`Antecknat av …`, `Vid protokollet`), as written, or `null`. */
	signature: z.string().nullable(),
	/** When the minutes file was first committed to the archive's git repository (ISO date-time), or `null`. */
	sourceAdded: z.string().nullable(),
	/** When the minutes file (or its sidecar) was last changed in git (ISO date-time), or `null`. */
	sourceChanged: z.string().nullable(),
	/** Link to the file's history of corrections (from `repository.historyUrl` in archive.yml), or `null`. */
	historyUrl: z.url().nullable(),
	/** What changed since the first published version, when the minutes were corrected in a way a reader sees; else `null`. */
	corrections: correctionsSchema.nullable().default(null),
	/** The original file is not published because text was removed from it (personal data or `content/redactions.yml`). */
	originalWithheld: z.boolean(),
	/** Published, draft (shown with a notice) or withdrawn (page replaced by a notice). */
	publication: publicationSchema,
	/** Why the minutes were withdrawn or what the draft lacks, from the sidecar, or `null`. */
	publicationNote: z.string().nullable(),
});

/** How a meeting was read, as validated by {@link readingSchema}. */
export type Reading = z.infer<typeof readingSchema>;
/** An attendee as validated by {@link attendeeSchema}. */
export type Attendee = z.infer<typeof attendeeSchema>;
/** A decision sentence as validated by {@link decisionSchema}. */
export type Decision = z.infer<typeof decisionSchema>;
/** An item participant as validated by {@link itemParticipantSchema}. */
export type ItemParticipant = z.infer<typeof itemParticipantSchema>;
/** An agenda item as validated by {@link itemSchema}. */
export type Item = z.infer<typeof itemSchema>;
/** A person named in an item's proposals, votes, reservations or conflicts, as validated by {@link namedPersonSchema}. */
export type NamedPerson = z.infer<typeof namedPersonSchema>;
/** A proposal as validated by {@link proposalSchema}. */
export type Proposal = z.infer<typeof proposalSchema>;
/** An item's decision as validated by {@link resolutionSchema}. */
export type Resolution = z.infer<typeof resolutionSchema>;
/** A proposition as validated by {@link propositionSchema}. */
export type Proposition = z.infer<typeof propositionSchema>;
/** A vote as validated by {@link voteSchema}. */
export type Vote = z.infer<typeof voteSchema>;
/** A reservation as validated by {@link reservationSchema}. */
export type Reservation = z.infer<typeof reservationSchema>;
/** How an item's decision was made, the part of an item that `scripts/pipeline/proceedings/` reads. */
export type ItemProceedings = Pick<Item, 'resolution' | 'proposals' | 'propositions' | 'votes' | 'reservations' | 'conflicts' | 'recipients'>;
/** A meeting as validated by {@link meetingSchema}. */
export type Meeting = z.infer<typeof meetingSchema>;
/** What changed in corrected minutes. */
export type Corrections = z.infer<typeof correctionsSchema>;

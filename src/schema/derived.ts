import { z } from 'astro/zod';
import { partialDateSchema } from './meeting.ts';

/** A reference to one meeting, and optionally one item in it. */
export const meetingRefSchema = z.object({
	/** Meeting id: `<body>/<slug>`, the id of the entry in the `meetings` collection. */
	meeting: z.string(),
	/** Anchor of the item on the meeting page, or `null` for the meeting as a whole. */
	anchor: z.string().nullable(),
});

/** A value seen on a person across meetings (a party, organisation, title or role). */
export const observedValueSchema = z.object({
	value: z.string(),
	/** Body id for roles, `null` otherwise. */
	body: z.string().nullable(),
	/** Earliest and latest meeting date that show it. */
	first: partialDateSchema.nullable(),
	last: partialDateSchema.nullable(),
	/** Meeting ids that show it, oldest first. */
	meetings: z.array(z.string()),
});

/** One meeting in which a person is listed. */
export const appearanceSchema = z.object({
	meeting: z.string(),
	body: z.string(),
	date: partialDateSchema.nullable(),
	/** The name as written in that meeting. */
	name: z.string(),
	status: z.enum(['present', 'absent']),
	presence: z.string().nullable(),
	roles: z.array(z.string()),
	party: z.string().nullable(),
	organization: z.string().nullable(),
	title: z.string().nullable(),
	group: z.enum(['politician', 'official', 'other']),
	/** Anchors of items the person took part in (as participant) in that meeting. */
	items: z.array(z.string()),
});

/** A person page's data, written by the converter to `.generated/people.json`. */
export const personSchema = z.object({
	id: z.string(),
	name: z.string(),
	url: z.string(),
	/** Every way the minutes write the name. */
	aliases: z.array(z.string()),
	groups: z.array(z.enum(['politician', 'official', 'other'])),
	bodies: z.array(z.string()),
	parties: z.array(observedValueSchema),
	organizations: z.array(observedValueSchema),
	titles: z.array(observedValueSchema),
	roles: z.array(observedValueSchema),
	/** Meetings the person is listed in, newest first. */
	appearances: z.array(appearanceSchema),
	/** Items whose text names the person. */
	mentions: z.array(meetingRefSchema),
	/** People listed together with this person most often: id and count. */
	coOccurring: z.array(z.object({ person: z.string(), count: z.number().int() })),
});

/** A topic page's data, written to `.generated/topics.json`. */
export const topicSchema = z.object({
	id: z.string(),
	label: z.string(),
	url: z.string(),
	description: z.string(),
	synonyms: z.array(z.string()),
	abbreviations: z.array(z.string()),
	broader: z.string().nullable(),
	/** `registry` for curated topics, `recurring` for topics made from recurring agenda titles. */
	origin: z.enum(['registry', 'recurring']),
	/** Items on the topic, oldest first. */
	items: z.array(meetingRefSchema),
});

/** A case page's data, written to `.generated/cases.json`. */
export const caseSchema = z.object({
	/** URL-safe id (`rs181313`, `ks-2018-124`); a later organisation's case of the same number gets its organisation's slug after it (`ks-2018-124-lunds-kommun`). */
	id: z.string(),
	/** The case number as written (`RS181313`, `KS 2018/124`). */
	number: z.string(),
	/** The number's id without an organisation (`ks-2018-124`): the same for the same number in every organisation. */
	key: z.string(),
	/** The organisation whose case it is (a case number names a case only within one organisation), or `null`. */
	organization: z.string().nullable(),
	url: z.string(),
	/** Items where the case was handled, oldest first. */
	items: z.array(meetingRefSchema),
});

/** Data of a person page. */
export type Person = z.infer<typeof personSchema>;
/** Data of a topic page. */
export type Topic = z.infer<typeof topicSchema>;
/** Data of a case page. */
export type Case = z.infer<typeof caseSchema>;
/** A meeting (and item) reference. */
export type MeetingRef = z.infer<typeof meetingRefSchema>;
/** One meeting a person is listed in. */
export type Appearance = z.infer<typeof appearanceSchema>;
/** A value observed on a person over time. */
export type ObservedValue = z.infer<typeof observedValueSchema>;

import { z } from 'astro/zod';
import { partialDateSchema } from './meeting.ts';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

/** A value a person held (party, organisation, title, role) over a span of time. */
export const datedValueSchema = z.object({
	/** The value as it should be shown (`S`, `Region Halland`, `vice ordförande`). */
	value: z.string().min(1),
	/** First date it holds, if known. */
	from: partialDateSchema.optional(),
	/** Last date it holds, if known. */
	to: partialDateSchema.optional(),
	/** Body id the role belongs to, for roles. */
	body: z.string().optional(),
});

/** One curated person in `content/people.yml`. */
export const registryPersonSchema = z
	.object({
		/** Stable id; the person's page is `/personer/<id>/`. */
		id: idSchema,
		/** Display name. */
		name: z.string().min(1),
		/** Other ways the minutes write the name; every alias is matched exactly (after Unicode normalisation). */
		aliases: z.array(z.string().min(1)).default([]),
		/** Known parties with dates. */
		parties: z.array(datedValueSchema).default([]),
		/** Known organisations with dates. */
		organizations: z.array(datedValueSchema).default([]),
		/** Known roles with dates. */
		roles: z.array(datedValueSchema).default([]),
		/** Ids of people this person is NOT, even when the names look alike. */
		notSameAs: z.array(idSchema).default([]),
		/** Leave the person without a public page, search entry or listing; the name stays only inside the minutes text. */
		private: z.boolean().default(false),
		/** Why the entry is needed (what the text could not settle). */
		why: z.string().optional(),
	})
	.strict();

/** `content/people.yml`. */
export const peopleRegistrySchema = z
	.object({
		people: z.array(registryPersonSchema).default([]),
	})
	.strict();

/** One curated topic in `content/topics.yml`. */
export const registryTopicSchema = z
	.object({
		/** Stable id; the topic's page is `/amnen/<id>/`. */
		id: idSchema,
		/** Swedish label. */
		label: z.string().min(1),
		/** What the topic covers. */
		description: z.string().default(''),
		/** Words and phrases that mark an item as being on the topic; word forms and compounds are matched. */
		synonyms: z.array(z.string().min(1)).default([]),
		/** Abbreviations matched as whole words, case-sensitively (`RUS`, `RFP`). */
		abbreviations: z.array(z.string().min(1)).default([]),
		/** Id of the broader topic, if any. */
		broader: idSchema.optional(),
	})
	.strict();

/** `content/topics.yml`. */
export const topicsRegistrySchema = z
	.object({
		topics: z.array(registryTopicSchema).default([]),
	})
	.strict();

/** A registry person as validated by {@link registryPersonSchema}. */
export type RegistryPerson = z.infer<typeof registryPersonSchema>;
/** `content/people.yml` as validated. */
export type PeopleRegistry = z.infer<typeof peopleRegistrySchema>;
/** A registry topic as validated by {@link registryTopicSchema}. */
export type RegistryTopic = z.infer<typeof registryTopicSchema>;
/** `content/topics.yml` as validated. */
export type TopicsRegistry = z.infer<typeof topicsRegistrySchema>;

import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildConfig } from './build-config.ts';
import { meetingsLoader } from './loaders/meetings-loader.ts';
import { archiveSchema, bodySchema } from './schema/archive.ts';
import { caseSchema, personSchema, topicSchema } from './schema/derived.ts';
import { meetingSchema } from './schema/meeting.ts';

/** Where the converter wrote the collections (the integration's `generatedDir`). */
const generated = buildConfig.generatedDir;

/** The collections the site is built from, all written by the converter from `content/`. */
export const collections = {
	meetings: defineCollection({
		// MDX read as data and rendered to HTML by our own loader: no meeting becomes a JavaScript module. The id is
		// `<body>/<slug>` from the file path: the front matter's `slug` alone is not unique across bodies.
		loader: meetingsLoader({ base: `${generated}/meetings` }),
		schema: meetingSchema,
	}),
	people: defineCollection({ loader: file(`${generated}/people.json`), schema: personSchema }),
	topics: defineCollection({ loader: file(`${generated}/topics.json`), schema: topicSchema }),
	cases: defineCollection({ loader: file(`${generated}/cases.json`), schema: caseSchema }),
	bodies: defineCollection({ loader: file(`${generated}/bodies.json`), schema: bodySchema }),
	settings: defineCollection({
		loader: file(`${generated}/settings.json`),
		schema: archiveSchema.omit({ bodies: true }).extend({ id: z.string() }),
	}),
};

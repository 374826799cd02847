import { z } from 'astro/zod';
import { partialDateSchema, publicationSchema, timeSchema } from './meeting.ts';

/** `<file>.yml` beside a minutes file: what the text lacks or gets wrong. Every field wins over what is parsed. */
export const sidecarSchema = z
	.object({
		/** Meeting date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known. */
		date: partialDateSchema.optional(),
		/** Last day of a meeting over several days. */
		endDate: partialDateSchema.optional(),
		/** Start time `HH:MM`. */
		startTime: timeSchema.optional(),
		/** End time `HH:MM`. */
		endTime: timeSchema.optional(),
		/** Title of the meeting. */
		title: z.string().min(1).optional(),
		/** Place of the meeting. */
		location: z.string().min(1).optional(),
		/** Pins the last part of the meeting's URL (`/organ/<body>/<slug>/`); defaults to the file name. */
		slug: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens')
			.optional(),
		/** `published` (default), `draft` (shown with a notice) or `withdrawn` (page replaced by a notice). */
		publication: publicationSchema.optional(),
		/** Shown with a draft or withdrawn notice: what is missing, or why the minutes were withdrawn. */
		publicationNote: z.string().min(1).optional(),
	})
	.strict();

/** A sidecar as validated by {@link sidecarSchema}. */
export type Sidecar = z.infer<typeof sidecarSchema>;

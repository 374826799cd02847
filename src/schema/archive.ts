import { z } from 'astro/zod';
import { backgrounds, contrastRatio } from './contrast-ratio.ts';

const hexColour = z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/iu, 'write the colour as #rrggbb');

/** A colour of the theme: one for both colour schemes, or one for each. Text in it must reach WCAG AA (4.5:1) against the background of each. */
const themeColour = z
	.union([hexColour, z.object({ light: hexColour, dark: hexColour })])
	.transform((value) => (typeof value === 'string' ? { light: value, dark: value } : value))
	.superRefine((value, context) => {
		for (const scheme of ['light', 'dark'] as const) {
			const ratio = contrastRatio(value[scheme], backgrounds[scheme]);
			if (ratio < 4.5) {
				context.addIssue({
					code: 'custom',
					message: `${value[scheme]} reaches ${ratio.toFixed(1)}:1 against the ${scheme} background ${backgrounds[scheme]}; WCAG AA needs 4.5:1 for text. Choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour${value.light === value.dark ? ', or give one for each mode: { light: "#…", dark: "#…" }' : ''}`,
				});
			}
		}
	});

const themeLink = z.object({ label: z.string().min(1), url: z.url() });

/** The archive's own look: logo, favicon, colours, links in the header and the footer. */
export const themeSchema = z.object({
	/** A logo shown before the site's title: a file under `content/` and its text alternative. */
	logo: z.object({ src: z.string().min(1), alt: z.string().min(1) }).optional(),
	/** The browser tab's icon: a file under `content/` (`.svg`, `.png` or `.ico`). */
	favicon: z
		.string()
		.regex(/\.(svg|png|ico)$/iu, 'use an .svg, .png or .ico file')
		.optional(),
	colors: z
		.object({
			/** Links and the charts. */
			primary: themeColour.optional(),
			/** Buttons, tags and the focus outline. */
			accent: themeColour.optional(),
		})
		.default({}),
	/** Links at the top of every page (the organisation's own site). */
	headerLinks: z.array(themeLink).default([]),
	/** The footer's own text and links (contact, personuppgiftspolicy, tillgänglighetsredogörelse). */
	footer: z.object({ text: z.string().optional(), links: z.array(themeLink).default([]) }).default({ links: [] }),
});

/** One body (forum, board, committee) whose minutes the archive publishes. */
export const bodySchema = z.object({
	/** Folder name under `content/minutes/` and part of every URL of the body; lower-case letters, digits and hyphens. */
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
	/** Full name (`Kommun- och regionledningsforum`). */
	name: z.string().min(1),
	/** Short name used in lists and titles (`KRF`). */
	shortName: z.string().min(1),
	/** The organisation behind the body (`Region Halland`). */
	organization: z.string().min(1),
	/** What the body is, shown on its page. */
	description: z.string().default(''),
	/** Years after the meeting date that minutes stay online; older minutes are left out of the build. */
	publishYears: z.number().int().positive().optional(),
});

/** `content/archive.yml`: the site's settings and its bodies. */
export const archiveSchema = z.object({
	/** Site title. */
	title: z.string().min(1),
	/** One-paragraph description of the archive for the start page and feeds. */
	description: z.string().default(''),
	/** Full public address of the site (`https://protokoll.example.se/`). */
	baseUrl: z.url(),
	/** Sub-path the site is served under (`/` or `/arkiv/`). */
	basePath: z.string().startsWith('/').endsWith('/').default('/'),
	/** Language of the interface: `sv` (default) or `en`. The minutes are always shown as written, in Swedish. */
	language: z.enum(['sv', 'en']).default('sv'),
	/** Who publishes the archive (shown on the about page and in open data). */
	publisher: z
		.object({
			name: z.string().min(1),
			email: z.email().optional(),
			url: z.url().optional(),
		})
		.default({ name: 'Arkivet' }),
	/** Where the content is kept in git, for links to each file's history of corrections. */
	repository: z
		.object({
			/** Address of a file's history with `{path}` for its path in the repository, e.g. `https://github.com/org/arkiv/commits/main/{path}`. */
			historyUrl: z.string().includes('{path}'),
		})
		.optional(),
	/** How personal identity numbers (personnummer, samordningsnummer) in minutes are handled. */
	personalData: z
		.object({
			/** `redact` (default): replace each with "[personnummer borttaget]" and warn; `error`: stop the build. */
			identityNumbers: z.enum(['redact', 'error']).default('redact'),
		})
		.strict()
		.default({ identityNumbers: 'redact' }),
	/** The archive's own look (logo, favicon, colours, header and footer links). */
	theme: themeSchema.default({ colors: {}, headerLinks: [], footer: { links: [] } }),
	/** The licence of the open data, as an SPDX id (`CC0-1.0`, `CC-BY-4.0`); without one, others cannot know whether they may reuse it. */
	license: z
		.string()
		.regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/u, 'Write the licence as an SPDX id, such as CC0-1.0 or CC-BY-4.0.')
		.optional(),
	/** Ask search engines not to index person pages. */
	noindexPeople: z.boolean().default(false),
	/** The bodies; each has a folder `content/minutes/<id>/`. */
	bodies: z.array(bodySchema).min(1),
});

/** A body as validated by {@link bodySchema}. */
export type Body = z.infer<typeof bodySchema>;
/** The archive settings as validated by {@link archiveSchema}. */
export type Archive = z.infer<typeof archiveSchema>;
/** The archive's own look. */
export type Theme = z.infer<typeof themeSchema>;

import { z } from 'astro/zod';

/** A component a site may replace, with the file that replaces it (relative to the project's root). */
const componentPath = z
	.string()
	.min(1)
	.regex(/\.astro$/u, 'must be an .astro file');

/** The options of the `protokollarkiv()` integration, validated once when the configuration loads. */
export const integrationOptionsSchema = z
	.object({
		/**
		 * Components that replace the generator's own, the way Starlight's `components` option does: `Header`
		 * (site title, navigation, search box), `Footer`, and `Intro` (the start page's introduction).
		 */
		components: z.object({ Header: componentPath.optional(), Footer: componentPath.optional(), Intro: componentPath.optional() }).strict().default({}),
	})
	.strict()
	.default({ components: {} });

/** The options as a site writes them in `astro.config.mjs`. */
export type IntegrationUserOptions = z.input<typeof integrationOptionsSchema>;
/** The options after validation, with defaults filled in. */
export type IntegrationOptions = z.output<typeof integrationOptionsSchema>;
/** The names of the components a site may replace. */
export type OverridableComponent = keyof IntegrationOptions['components'];

/** Validates the integration's options; a wrong one fails with a message that names the field. */
export function parseIntegrationOptions(options: unknown): IntegrationOptions {
	const parsed = integrationOptionsSchema.safeParse(options ?? {});
	if (parsed.success) return parsed.data;
	const lines = parsed.error.issues.map((issue) => `  protokollarkiv({ ${issue.path.join('.') || '(options)'} }): ${issue.message}`);
	throw new Error(`The options of protokollarkiv() in astro.config.mjs are not valid:\n${lines.join('\n')}`);
}

import { z } from 'astro/zod';

/** One rule of `content/redactions.yml`: words or a pattern replaced in everything the site publishes. */
export const redactionRuleSchema = z
	.object({
		/**
		 * What to remove. Plain text (default) matches as a whole word or phrase, ignoring case, with any white
		 * space or a line break between its words (`Anna Andersson` also matches `ANNA\nANDERSSON`).
		 * With `regex: true`, a JavaScript regular expression (Unicode; note that `\b` only knows the letters a–z,
		 * so write `(?<!\p{L})` and `(?!\p{L})` around words with å, ä or ö).
		 */
		pattern: z.string().min(1, 'the pattern must not be empty'),
		/** Read `pattern` as a regular expression instead of plain text. */
		regex: z.boolean().default(false),
		/** Match upper and lower case exactly (default: ignore case). */
		caseSensitive: z.boolean().default(false),
		/** Text shown instead of what was removed, on one line (default `[uppgift borttagen]`). */
		replacement: z
			.string()
			.refine((value) => !/[\n\r]/.test(value), 'the replacement must be on one line')
			.optional(),
		/** Why the text is removed (for the build report; never published). */
		reason: z.string().min(1, 'say why the text is removed'),
	})
	.strict()
	.superRefine((rule, context) => {
		if (!rule.regex) return;
		let pattern: RegExp;
		try {
			pattern = new RegExp(rule.pattern, 'u');
		} catch (error) {
			context.addIssue({ code: 'custom', path: ['pattern'], message: `not a valid regular expression (${(error as Error).message})` });
			return;
		}
		if (pattern.test(''))
			context.addIssue({ code: 'custom', path: ['pattern'], message: 'the regular expression matches empty text; it must match at least one character' });
	});

/** `content/redactions.yml`: a list of rules (the file is optional). */
export const redactionsSchema = z.array(redactionRuleSchema);

/** A redaction rule as validated by {@link redactionRuleSchema}. */
export type RedactionRule = z.input<typeof redactionRuleSchema>;

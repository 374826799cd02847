import type { RedactionRule } from '../../../src/schema/redactions.ts';
import { compileRule } from './compile-rule.ts';

/** One replacement made by a redaction rule. */
export interface RedactionHit {
	/** 1-based line of the text before redaction where the match starts. */
	line: number;
	/** Position of the rule in `content/redactions.yml` (0-based). */
	rule: number;
	reason: string;
}

/** Replacement used when a rule gives none. */
export const defaultReplacement = '[uppgift borttagen]';

/**
 * Applies redaction rules to text. A plain pattern matches as a whole word or phrase, ignoring case, with any
 * white space (a line break too) between its words; a `regex` pattern is a JavaScript regular expression (Unicode,
 * case-insensitive unless `caseSensitive`). Line breaks inside a match are kept after the replacement so that
 * line numbers do not move.
 */
export function redactText(text: string, rules: readonly RedactionRule[]): { text: string; hits: RedactionHit[] } {
	const hits: RedactionHit[] = [];
	let current = text;
	// Line numbers of the current text map to the original, since line breaks are never removed or added.
	rules.forEach((rule, index) => {
		const pattern = compileRule(rule);
		current = current.replace(pattern, (match: string, ...rest: unknown[]) => {
			const offset = rest.find((value) => typeof value === 'number') as number;
			hits.push({ line: lineAt(current, offset), rule: index, reason: rule.reason });
			return (rule.replacement ?? defaultReplacement) + '\n'.repeat(match.split('\n').length - 1);
		});
	});
	hits.sort((a, b) => a.line - b.line || a.rule - b.rule);
	return { text: current, hits };
}

function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

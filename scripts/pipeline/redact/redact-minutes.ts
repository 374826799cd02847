import type { RedactionRule } from '../../../src/schema/redactions.ts';
import type { LocalProblem } from '../types.ts';
import { type IdentityNumberMode, redactIdentityNumbers } from './redact-identity-numbers.ts';
import { type RedactionHit, redactText } from './redact-text.ts';

/** The redaction settings of an archive. */
export interface RedactionSettings {
	/** Rules of `content/redactions.yml`. */
	rules: readonly RedactionRule[];
	/** `personalData.identityNumbers` of archive.yml. */
	identityNumbers: IdentityNumberMode;
}

/** Minutes text after redaction, with what was removed. */
export interface RedactedMinutes {
	text: string;
	/** Identity numbers found (warnings, or errors in `error` mode). */
	problems: LocalProblem[];
	/** Replacements made by the rules of `content/redactions.yml`. */
	hits: RedactionHit[];
	/** Whether anything was removed: the original file must then not be published as it is. */
	redacted: boolean;
}

/** Redacts extracted minutes text before it is parsed: identity numbers first, then the archive's rules. */
export function redactMinutes(text: string, settings: RedactionSettings): RedactedMinutes {
	const numbers = redactIdentityNumbers(text, settings.identityNumbers);
	const rules = redactText(numbers.text, settings.rules);
	return { text: rules.text, problems: numbers.problems, hits: rules.hits, redacted: numbers.problems.length > 0 || rules.hits.length > 0 };
}

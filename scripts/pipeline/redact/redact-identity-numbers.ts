import type { LocalProblem } from '../types.ts';
import { findIdentityNumbers } from './find-identity-numbers.ts';

/** What to do with identity numbers in minutes (`personalData.identityNumbers` in archive.yml). */
export type IdentityNumberMode = 'redact' | 'error';

/** The text shown where an identity number was removed. */
export const identityNumberMarker = '[personnummer borttaget]';

/** Replaces every personnummer and samordningsnummer with a marker and reports each (a warning, or an error in `error` mode), by line. */
export function redactIdentityNumbers(text: string, mode: IdentityNumberMode): { text: string; problems: LocalProblem[] } {
	const found = findIdentityNumbers(text);
	let out = '';
	let at = 0;
	for (const match of found) {
		out += text.slice(at, match.start) + identityNumberMarker;
		at = match.end;
	}
	out += text.slice(at);
	const problems = found.map(
		(match): LocalProblem =>
			mode === 'error'
				? {
						line: match.line,
						severity: 'error',
						message: `The line holds a ${match.kind}. Remove it from the file (the archive is set to stop the build for identity numbers: personalData.identityNumbers is 'error').`,
					}
				: {
						line: match.line,
						severity: 'warning',
						message: `A ${match.kind} was replaced by “${identityNumberMarker}” on the site. Remove it from the file too: the original file is not published while it holds one.`,
					},
	);
	return { text: out, problems };
}

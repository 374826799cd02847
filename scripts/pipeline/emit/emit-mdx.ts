import type { Meeting } from '../../../src/schema/meeting.ts';
import type { Block } from '../types.ts';
import { type ItemBody, meetingToMdast } from './meeting-to-mdast.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { stripControlCharacters } from './strip-control-characters.ts';
import { verifyMdx } from './verify-mdx.ts';

/** The result of emitting one meeting: the MDX file's text, or the reasons it was rejected. */
export interface EmitResult {
	mdx: string;
	problems: string[];
}

/**
 * Writes a meeting as MDX: front matter as JSON (which is YAML, and written many times faster than block YAML), a
 * body from mdast, re-parsed and checked.
 */
export function emitMdx(meeting: Meeting, preamble: readonly Block[], items: readonly ItemBody[]): EmitResult {
	const frontMatter = `${JSON.stringify(meeting, null, 1)}\n`;
	const tree = stripControlCharacters(meetingToMdast(preamble, items));
	const body = serializeMdx(tree);
	const problems = verifyMdx(body, tree);
	return { mdx: `---\n${frontMatter}---\n\n${body}`, problems };
}

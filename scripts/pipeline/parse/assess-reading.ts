import type { Reading } from '../../../src/schema/meeting.ts';
import type { ParsedAttendee, ParsedItem } from '../types.ts';
import { isPersonName } from './is-person-name.ts';

/** Above this share of names that do not look like people's, the whole list was not understood. */
const unsureShare = 0.2;

/**
 * How sure the reading of a meeting is: attendance `none` when nobody was found, `unsure` when names in it do not
 * look like people's (a role or a heading read as a name); items `none` without items, `unsure` when they rest on
 * numbered lines alone (no `§`, no agenda) whose numbers skip, else `sure`.
 */
export function assessReading(attendees: readonly ParsedAttendee[], items: readonly ParsedItem[]): Reading {
	const suspect = attendees.filter((attendee) => !isPersonName(attendee.name)).map((attendee) => attendee.name);
	const fromList = attendees.some((attendee) => attendee.section !== 'text');
	const attendance: Reading['attendance'] =
		attendees.length === 0
			? { level: 'none', basis: 'none', suspect: [] }
			: { level: suspect.length > attendees.length * unsureShare ? 'unsure' : 'sure', basis: fromList ? 'list' : 'sentences', suspect };
	const numbered = items.filter((item) => item.basis !== 'closing');
	const basis: Reading['items']['basis'] =
		numbered.length === 0
			? 'none'
			: numbered.some((item) => item.basis === 'paragraph' || item.basis === 'extract')
				? 'paragraphs'
				: numbered.some((item) => item.basis === 'agenda')
					? 'agenda'
					: numbered.some((item) => item.basis === 'heading')
						? 'headings'
						: 'numbered';
	// numbered lines alone are items when they count on without a gap (1, 2, 3 …); a gap says some were misread
	const numbers = numbered.map((item) => item.number).filter((n): n is number => n !== null);
	const gap = numbers.some((n, k) => k > 0 && n !== numbers[k - 1]! + 1);
	const level: Reading['items']['level'] = basis === 'none' ? 'none' : basis === 'numbered' && gap ? 'unsure' : 'sure';
	return { attendance, items: { level, basis } };
}

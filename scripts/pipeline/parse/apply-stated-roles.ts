import type { ParsedAttendee } from '../types.ts';
import { isSameSpelling, spellingKey } from './is-same-spelling.ts';
import type { StatedRole } from './parse-stated-roles.ts';

const wordSet = (name: string): string => spellingKey(name).split(' ').sort().join(' ');

/** Whether a name written with initials ("Per-Erik S", "P. Berg") stands for a full name ("Per-Erik Sandberg"). */
function abbreviates(short: string, full: string): boolean {
	const a = spellingKey(short).split(' ');
	const b = spellingKey(full).split(' ');
	return a.length === b.length && a.some((word) => /^\p{L}\.?$/u.test(word)) && a.every((word, k) => b[k]!.startsWith(word.replace(/\.$/u, '')));
}

/**
 * Adds what the sentences of the minutes say to the attendance: a role to the person it names, absence, and the
 * people named only there (a secretary who signs "Vid protokollet", a justerare chosen in § 1) as attendees of their
 * own. Returns a new list; the attendees read from the attendance part come first, in their order.
 */
export function applyStatedRoles(attendees: readonly ParsedAttendee[], stated: readonly StatedRole[]): ParsedAttendee[] {
	const result = attendees.map((attendee) => ({ ...attendee, roles: [...attendee.roles] }));
	for (const statement of stated) {
		let attendee =
			result.find((a) => spellingKey(a.name) === spellingKey(statement.name)) ??
			// "Persson Tord" in the list, "Tord Persson" in the text
			result.find((a) => wordSet(a.name) === wordSet(statement.name)) ??
			result.find((a) => abbreviates(statement.name, a.name)) ??
			result.find((a) => isSameSpelling(a.name, statement.name));
		// "Per-Erik S" that matches nobody: initials are no name to list a person under
		if (!attendee && /\s\p{Lu}\.?$/u.test(statement.name)) continue;
		if (!attendee) {
			attendee = {
				name: statement.name,
				party: statement.party,
				organization: null,
				title: statement.title ?? null,
				roles: [],
				group:
					statement.role === 'sekreterare'
						? 'official'
						: statement.party || statement.member || statement.role === 'tjänstgörande ersättare'
							? 'politician'
							: 'other',
				status: statement.absent ? 'absent' : 'present',
				presence: null,
				section: 'text',
				line: statement.line,
			};
			result.push(attendee);
		}
		if (statement.unlessChair && attendee.roles.includes('ordförande')) continue;
		attendee.party ??= statement.party;
		attendee.title ??= statement.title ?? null;
		if (statement.absent && !attendee.roles.includes('tjänstgörande ersättare')) attendee.status = 'absent';
		if (statement.role && !attendee.roles.includes(statement.role)) {
			if (statement.role === 'tjänstgörande ersättare') attendee.roles = attendee.roles.filter((role) => role !== 'ersättare');
			attendee.roles.push(statement.role);
		}
	}
	return result;
}

import type { ParsedAttendee } from '../types.ts';
import { nameWords, sameSurnames, spellingKey } from './is-same-spelling.ts';

/**
 * One person listed twice in one meeting's attendance (a page repeated, a chair listed in "Beslutande" and again under
 * "Ordförande", two spellings of one name) is one attendee: the first listing, with the roles and the details the others add. Two listings
 * that disagree (another party, present and absent, a politician and an official) are kept apart: two people of one name. `merged` lists the listings folded into another.
 */
export function mergeRepeatedNames(attendees: readonly ParsedAttendee[]): { attendees: ParsedAttendee[]; merged: ParsedAttendee[] } {
	const result: ParsedAttendee[] = [];
	const merged: ParsedAttendee[] = [];
	// listings by their name's first word: only those can be one person
	const byGiven = new Map<string, { attendee: ParsedAttendee; key: string; words: string[] }[]>();
	for (const attendee of attendees) {
		const words = nameWords(attendee.name);
		const own = spellingKey(attendee.name);
		const same = (byGiven.get(words[0] ?? '') ?? []).find(
			({ attendee: a, key: listedKey, words: listedWords }) =>
				(listedKey === own || sameSurnames(listedWords, words)) &&
				(a.party === null || attendee.party === null || a.party === attendee.party) &&
				a.status === attendee.status &&
				(a.group === attendee.group || a.group === 'other' || attendee.group === 'other'),
		)?.attendee;
		if (!same) {
			const copy = { ...attendee, roles: [...attendee.roles] };
			result.push(copy);
			byGiven.set(words[0] ?? '', [...(byGiven.get(words[0] ?? '') ?? []), { attendee: copy, key: own, words }]);
			continue;
		}
		merged.push(attendee);
		for (const role of attendee.roles) if (!same.roles.includes(role)) same.roles.push(role);
		same.party ??= attendee.party;
		same.organization ??= attendee.organization;
		same.title ??= attendee.title;
		same.presence ??= attendee.presence;
		if (same.group === 'other' && attendee.group !== 'other') same.group = attendee.group;
	}
	return { attendees: result, merged };
}

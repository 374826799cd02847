import type { Attendee } from '../schema/meeting.ts';

/** Attendees split for the meeting page: present people by group (politicians, officials, others), and the absent. */
export interface GroupedAttendees {
	present: { group: Attendee['group']; attendees: Attendee[] }[];
	absent: Attendee[];
}

const order: Attendee['group'][] = ['politician', 'official', 'other'];

/** Groups a meeting's attendees into present politicians, officials and others, and absent people, keeping the minutes' order. */
export function groupAttendees(attendees: readonly Attendee[]): GroupedAttendees {
	const present = order
		.map((group) => ({ group, attendees: attendees.filter((a) => a.status === 'present' && a.group === group) }))
		.filter((g) => g.attendees.length > 0);
	return { present, absent: attendees.filter((a) => a.status === 'absent') };
}

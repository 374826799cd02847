import { dataUi, minutesLanguage } from '../../i18n/ui.ts';
import type { Meeting } from '../../schema/meeting.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { absoluteUrl } from './absolute-url.ts';

const fullDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * schema.org `Event` of a meeting page. `startDate`/`endDate` only for full dates (with the start time when known,
 * local time without offset); a partial date (`2019-06`, `2024`) is left out rather than guessed.
 * `organizer` is the organisation behind the body, with the body as its `department`; `description` lists the agenda.
 */
export function meetingJsonLd<M extends MeetingEntry>(meeting: Meeting, index: ArchiveIndex<M>): Record<string, unknown> {
	const body = index.bodiesById.get(meeting.body);
	const start = meeting.date && fullDate.test(meeting.date) ? meeting.date + (meeting.startTime ? `T${meeting.startTime}` : '') : null;
	const end =
		meeting.endDate && fullDate.test(meeting.endDate)
			? meeting.endDate
			: meeting.date && fullDate.test(meeting.date) && meeting.endTime
				? `${meeting.date}T${meeting.endTime}`
				: null;
	const titles = meeting.items.map((i) => i.title);
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: meeting.title,
		url: absoluteUrl(meeting.url, index.settings),
		inLanguage: minutesLanguage,
		...(start ? { startDate: start } : {}),
		...(end ? { endDate: end } : {}),
		...(meeting.location ? { location: { '@type': 'Place', name: meeting.location } } : {}),
		...(body
			? {
					organizer: {
						'@type': 'Organization',
						name: body.organization,
						department: { '@type': 'Organization', name: body.name, url: absoluteUrl(`/organ/${body.id}/`, index.settings) },
					},
				}
			: {}),
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		...(titles.length > 0 ? { description: dataUi.structured.agenda(titles) } : {}),
	};
}

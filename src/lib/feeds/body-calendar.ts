import { createHash } from 'node:crypto';
import { dataUi, ui } from '../../i18n/ui.ts';
import type { Body } from '../../schema/archive.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { absoluteUrl } from '../open-data/absolute-url.ts';
import { firstDay } from '../open-data/first-day.ts';
import { announcedMeetings } from './announced-meetings.ts';
import { foldIcalLine } from './fold-ical-line.ts';
import { icalText } from './ical-text.ts';

const compact = (isoDate: string) => isoDate.replace(/-/g, '');

/** The day after an ISO date, for the exclusive DTEND of an all-day event. */
function nextDay(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/**
 * The iCalendar (RFC 5545) file of a body (`/kalender/<body>.ics`): one all-day VEVENT per meeting date its minutes
 * announce, past ones included (so the file does not depend on the build day). UID = hash of body and date;
 * DTSTAMP = the announcing minutes' date (first day of a partial date). CRLF line ends, lines folded at 75 octets.
 */
export function bodyCalendar<M extends MeetingEntry>(body: Body, index: ArchiveIndex<M>): string {
	const { settings } = index;
	const host = new URL(settings.baseUrl).hostname;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${icalText(settings.title)}//Protokollarkiv//SV`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icalText(dataUi.calendar.name(body.name))}`,
		`X-WR-CALDESC:${icalText(body.description || body.name)}`,
	];
	for (const announced of announcedMeetings(index.byBody.get(body.id) ?? [])) {
		const source = announced.source.data;
		const uid = createHash('sha256').update(`${body.id}\n${announced.date}`).digest('hex').slice(0, 32);
		const stamp = firstDay(source.date) ?? announced.date;
		const sourceUrl = absoluteUrl(source.url, settings);
		const description = `${dataUi.calendar.announcedIn(source.title, ui.dateRange(source.date, source.endDate))}\n${announced.text}\n${sourceUrl}`;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${uid}@${host}`,
			`DTSTAMP:${compact(stamp)}T000000Z`,
			`DTSTART;VALUE=DATE:${compact(announced.date)}`,
			`DTEND;VALUE=DATE:${compact(nextDay(announced.date))}`,
			`SUMMARY:${icalText(dataUi.calendar.summary(body.shortName))}`,
			`DESCRIPTION:${icalText(description)}`,
			`URL:${sourceUrl}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}

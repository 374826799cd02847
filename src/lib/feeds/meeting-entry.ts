import { dataUi, ui } from '../../i18n/ui.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { absoluteUrl } from '../open-data/absolute-url.ts';
import { firstDay } from '../open-data/first-day.ts';
import type { AtomEntry } from './atom-feed.ts';
import { xmlEscape } from './xml-escape.ts';

/** A meeting as an Atom entry: dated on the first day of its (possibly partial) date at 00:00 UTC, with the agenda as content; `null` when the date is unknown. */
export function meetingEntry<M extends MeetingEntry>(entry: M, index: ArchiveIndex<M>): AtomEntry | null {
	const meeting = entry.data;
	const day = firstDay(meeting.date);
	if (!day) return null;
	const body = index.bodiesById.get(meeting.body);
	const bodyName = body?.name ?? meeting.bodyName ?? meeting.body;
	const when = [ui.dateRange(meeting.date, meeting.endDate), meeting.location].filter(Boolean).join(', ');
	const items = meeting.items.map((item) => ui.meeting.item(item.number, item.title));
	const url = absoluteUrl(meeting.url, index.settings);
	const html = [
		`<p>${xmlEscape(`${bodyName}, ${when}`)}</p>`,
		meeting.publication === 'draft' ? `<p><strong>${xmlEscape(dataUi.feeds.draft)}</strong></p>` : '',
		items.length > 0 ? `<h2>${xmlEscape(dataUi.feeds.agenda)}</h2><ul>${items.map((t) => `<li>${xmlEscape(t)}</li>`).join('')}</ul>` : '',
	].join('');
	const title = meeting.title === bodyName ? `${meeting.title}, ${ui.dateRange(meeting.date, meeting.endDate)}` : meeting.title;
	return {
		id: url,
		title: meeting.publication === 'draft' ? `${title} (${ui.meeting.draft.toLowerCase()})` : title,
		link: url,
		updated: `${day}T00:00:00Z`,
		summary: [`${body?.shortName ?? bodyName}, ${when}`, items.join('; ')].filter(Boolean).join(': '),
		contentHtml: html,
		categories: [{ term: meeting.body, label: bodyName }],
	};
}

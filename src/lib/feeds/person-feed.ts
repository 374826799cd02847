import { dataUi } from '../../i18n/ui.ts';
import type { Person } from '../../schema/derived.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { meetingFeed } from './meeting-feed.ts';

/** The Atom feed of new meetings a person is listed in or named in (`/flode/personer/<id>.xml`). */
export function personFeed<M extends MeetingEntry>(person: Person, index: ArchiveIndex<M>): string {
	const ids = [...person.appearances.map((a) => a.meeting), ...person.mentions.map((r) => r.meeting)];
	const meetings = ids.map((id) => index.meetingsById.get(id)).filter((m): m is M => m !== undefined);
	return meetingFeed(
		{
			path: `/flode/personer/${person.id}.xml`,
			page: person.url,
			title: dataUi.feeds.person(person.name, index.settings.title),
			subtitle: dataUi.feeds.personSubtitle(person.name),
			meetings,
		},
		index,
	);
}

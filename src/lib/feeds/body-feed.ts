import { dataUi } from '../../i18n/ui.ts';
import type { Body } from '../../schema/archive.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { meetingFeed } from './meeting-feed.ts';

/** The Atom feed of a body's new minutes (`/flode/organ/<body>.xml`). */
export function bodyFeed<M extends MeetingEntry>(body: Body, index: ArchiveIndex<M>): string {
	return meetingFeed(
		{
			path: `/flode/organ/${body.id}.xml`,
			page: `/organ/${body.id}/`,
			title: dataUi.feeds.body(body.name, index.settings.title),
			subtitle: dataUi.feeds.bodySubtitle(body.name),
			meetings: index.byBody.get(body.id) ?? [],
			sorted: true,
		},
		index,
	);
}

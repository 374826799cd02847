import { dataUi } from '../../i18n/ui.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { meetingFeed } from './meeting-feed.ts';

/** The Atom feed of all new minutes (`/flode/alla.xml`). */
export function allFeed<M extends MeetingEntry>(index: ArchiveIndex<M>): string {
	const site = index.settings.title;
	return meetingFeed(
		{ path: '/flode/alla.xml', page: '/', title: dataUi.feeds.all(site), subtitle: dataUi.feeds.allSubtitle, meetings: index.meetings, sorted: true },
		index,
	);
}

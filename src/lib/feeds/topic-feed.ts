import { dataUi } from '../../i18n/ui.ts';
import type { Topic } from '../../schema/derived.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { meetingFeed } from './meeting-feed.ts';

/** The Atom feed of new meetings with items on a topic (`/flode/amnen/<id>.xml`). */
export function topicFeed<M extends MeetingEntry>(topic: Topic, index: ArchiveIndex<M>): string {
	const meetings = topic.items.map((ref) => index.meetingsById.get(ref.meeting)).filter((m): m is M => m !== undefined);
	return meetingFeed(
		{
			path: `/flode/amnen/${topic.id}.xml`,
			page: topic.url,
			title: dataUi.feeds.topic(topic.label, index.settings.title),
			subtitle: dataUi.feeds.topicSubtitle(topic.label),
			meetings,
		},
		index,
	);
}

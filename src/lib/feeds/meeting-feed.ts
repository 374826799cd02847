import { minutesLanguage } from '../../i18n/ui.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { compareMeetings } from '../compare-meetings.ts';
import { absoluteUrl } from '../open-data/absolute-url.ts';
import { licenseOf } from '../open-data/license.ts';
import { type AtomEntry, atomFeed } from './atom-feed.ts';
import { meetingEntry } from './meeting-entry.ts';

/** The feed's `<rights>`: the open data's licence, its SPDX id and address, or `undefined` without one. */
function rightsOf(id: string | undefined): string | undefined {
	const license = licenseOf(id);
	return license ? `${license.title} (${license.id}), ${license.url}` : undefined;
}

/** How many of the newest meetings a feed holds. */
export const feedLimit = 50;

/** What a feed is about and which meetings it may hold. */
export interface MeetingFeedOptions<M> {
	/** Site path of the feed (`/flode/alla.xml`). */
	path: string;
	/** Site path of the page the feed belongs to. */
	page: string;
	title: string;
	subtitle: string;
	/** Listed meetings, any order; already newest first skips the sort's work. */
	meetings: Iterable<M>;
	/** Set when `meetings` is already newest first without duplicates: the feed stops after `feedLimit` dated entries. */
	sorted?: boolean;
}

/** Writes an Atom feed of the newest `feedLimit` dated meetings; `updated` is the newest entry's date (1970-01-01 when empty). */
export function meetingFeed<M extends MeetingEntry>(options: MeetingFeedOptions<M>, index: ArchiveIndex<M>): string {
	const candidates = options.sorted ? options.meetings : [...new Set(options.meetings)].sort(compareMeetings).reverse();
	const entries: AtomEntry[] = [];
	for (const meeting of candidates) {
		if (meeting.data.publication === 'withdrawn') continue;
		const entry = meetingEntry(meeting, index);
		if (entry) entries.push(entry);
		if (entries.length >= feedLimit) break;
	}
	const { settings } = index;
	return atomFeed({
		self: absoluteUrl(options.path, settings),
		alternate: absoluteUrl(options.page, settings),
		title: options.title,
		subtitle: options.subtitle,
		language: minutesLanguage,
		author: { name: settings.publisher.name, email: settings.publisher.email, uri: settings.publisher.url },
		rights: rightsOf(settings.license),
		updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z',
		entries,
	});
}

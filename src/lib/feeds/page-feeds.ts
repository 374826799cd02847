import { dataUi } from '../../i18n/ui.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { href } from '../href.ts';

/** A feed or calendar a page links to. */
export interface PageFeed {
	/** Site path with the base path (`/flode/organ/krf.xml`). */
	href: string;
	type: 'application/atom+xml' | 'text/calendar';
	/** Title for `<link title>` and the visible link's accessible text. */
	title: string;
	/** Short visible label (`Atom-flöde`, `Kalender (iCal)`). */
	label: string;
}

/** Which page asks: a body, topic or person page, or (none set) the start page or any other page. */
export interface PageFeedsFor {
	body?: string;
	topic?: string;
	person?: string;
}

/** The feeds of a page: a body's feed and calendar, a topic's or a person's feed; with none of them, the feed of all minutes. */
export function pageFeeds<M extends MeetingEntry>(page: PageFeedsFor, index: ArchiveIndex<M>, base?: string): PageFeed[] {
	const t = dataUi.feeds;
	const atom = 'application/atom+xml' as const;
	const feeds: PageFeed[] = [];
	const body = page.body ? index.bodiesById.get(page.body) : undefined;
	if (body) {
		feeds.push({ href: href(`/flode/organ/${body.id}.xml`, base), type: atom, title: t.linkTitle.body(body.name), label: t.feedLabel });
		feeds.push({ href: href(`/kalender/${body.id}.ics`, base), type: 'text/calendar', title: t.linkTitle.calendar(body.name), label: t.calendarLabel });
	}
	const topic = page.topic ? index.topicsById.get(page.topic) : undefined;
	if (topic) feeds.push({ href: href(`/flode/amnen/${topic.id}.xml`, base), type: atom, title: t.linkTitle.topic(topic.label), label: t.feedLabel });
	const person = page.person ? index.peopleById.get(page.person) : undefined;
	if (person) feeds.push({ href: href(`/flode/personer/${person.id}.xml`, base), type: atom, title: t.linkTitle.person(person.name), label: t.feedLabel });
	if (feeds.length === 0) feeds.push({ href: href('/flode/alla.xml', base), type: atom, title: t.linkTitle.all, label: t.feedLabel });
	return feeds;
}

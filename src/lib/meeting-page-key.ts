import type { ArchiveIndex, MeetingEntry } from './build-archive-index.ts';
import { pageFeeds } from './feeds/page-feeds.ts';
import { itemCase } from './item-cases.ts';
import { meetingId } from './meeting-id.ts';
import { meetingJsonLd } from './open-data/meeting-json-ld.ts';
import { pageKey } from './page-key.ts';
import { slug } from './slug.ts';

/**
 * A meeting page's cache key for Astro's incremental build (`experimental.incrementalBuild`): a hash of everything the
 * page shows. That is the meeting's own data and, through `pageKey`, the content digest of its MDX file (which our
 * loader renders to HTML, so Astro does not track it as a module) and the archive's settings and bodies; the
 * neighbouring meetings, the pages its people (and their names, the search filter's values), topics, case numbers and parties (in vote tables) link to, its feeds, its JSON-LD and the hidden
 * search words of its items. A page whose key and code are unchanged is copied from the previous build instead of
 * rendered; when the page starts to show anything else, add it here.
 */
export function meetingPageKey<M extends MeetingEntry>(
	entry: M,
	index: ArchiveIndex<M>,
	searchTerms: readonly (readonly [string, readonly string[]])[],
): string {
	const meeting = entry.data;
	const { prev, next } = index.prevNext.get(meetingId(entry)) ?? { prev: null, next: null };
	const neighbour = (m: M | null) => m && [m.data.url, m.data.title, m.data.date];
	const named = meeting.items.flatMap((i) => [...i.proposals.flatMap((p) => p.by), ...i.votes.flatMap((v) => v.named), ...i.reservations, ...i.conflicts]);
	const people = new Set([
		...meeting.attendees.map((a) => a.person),
		...meeting.items.flatMap((i) => i.participants.map((p) => p.person)),
		...named.map((n) => n.person),
	]);
	const parties = new Set(meeting.items.flatMap((i) => i.votes.flatMap((v) => v.named.flatMap((n) => (n.party ? [n.party] : [])))));
	const inputs = {
		meeting,
		neighbours: [neighbour(prev), neighbour(next)],
		people: [...people].map((id) => [
			id,
			id === null ? null : (index.peopleById.get(id)?.url ?? null),
			id === null ? null : (index.peopleById.get(id)?.name ?? null),
		]),
		topics: meeting.items.flatMap((i) => i.topics).map((id) => [id, index.topicsById.get(id)?.label ?? null, index.topicsById.get(id)?.url ?? null]),
		cases: meeting.items.flatMap((i) => i.caseNumbers.map((n) => [n, itemCase(index.casesByItem, meetingId(entry), i.anchor, n)?.url ?? null])),
		parties: [...parties].map((code) => [code, index.parties.has(slug(code))]),
		feeds: [pageFeeds({ body: meeting.body }, index), pageFeeds({}, index)],
		jsonLd: meeting.publication === 'withdrawn' ? null : meetingJsonLd(meeting, index),
		searchTerms,
	};
	return pageKey(index, inputs, [meetingId(entry)]);
}

import { createHash } from 'node:crypto';
import type { ArchiveIndex, MeetingEntry } from './build-archive-index.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash of the archive's settings and bodies, once per index. */
const siteDigests = new WeakMap<object, string>();

/**
 * A cache key for Astro's incremental build (`experimental.incrementalBuild`): a hash of a page's own inputs, of the
 * archive's settings and bodies (which every page's layout and lists use) and of the content digest of every meeting
 * it shows, so the page is rendered again whenever one of those meetings changes in any way.
 */
export function pageKey<M extends MeetingEntry>(index: ArchiveIndex<M>, inputs: unknown, meetings: Iterable<string>): string {
	let site = siteDigests.get(index);
	if (site === undefined) {
		site = sha256(JSON.stringify([index.settings, index.bodies]));
		siteDigests.set(index, site);
	}
	const digests = [...new Set(meetings)].sort().map((id) => {
		const entry = index.meetingsById.get(id) as (M & { digest?: string | number }) | undefined;
		return [id, entry ? (entry.digest ?? JSON.stringify(entry.data)) : null];
	});
	return sha256(JSON.stringify([site, inputs, digests]));
}

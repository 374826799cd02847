import { type CollectionEntry, getCollection } from 'astro:content';
import { type ArchiveIndex, buildArchiveIndex, type Settings } from './build-archive-index.ts';

let cached: Promise<ArchiveIndex<CollectionEntry<'meetings'>>> | undefined;

/** Loads every collection once per build and returns the memoised archive index. */
export function archiveIndex(): Promise<ArchiveIndex<CollectionEntry<'meetings'>>> {
	cached ??= (async () => {
		const [settings, bodies, meetings, people, topics, cases] = await Promise.all([
			getCollection('settings'),
			getCollection('bodies'),
			getCollection('meetings'),
			getCollection('people'),
			getCollection('topics'),
			getCollection('cases'),
		]);
		const site = settings[0]?.data;
		if (!site) throw new Error('settings.json has no entry: run the converter first.');
		return buildArchiveIndex({
			settings: site as Settings,
			bodies: bodies.map((b) => b.data),
			meetings,
			people: people.map((p) => p.data),
			topics: topics.map((t) => t.data),
			cases: cases.map((c) => c.data),
		});
	})();
	return cached;
}

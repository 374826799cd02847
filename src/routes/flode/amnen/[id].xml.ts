import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveIndex } from '../../../lib/archive-index.ts';
import { topicFeed } from '../../../lib/feeds/topic-feed.ts';
import type { Topic } from '../../../schema/derived.ts';

/** One feed per topic. */
export const getStaticPaths = (async () =>
	(await archiveIndex()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

/** Atom feed of new meetings on a topic. */
export const GET: APIRoute<{ topic: Topic }> = async ({ props }) =>
	new Response(topicFeed(props.topic, await archiveIndex()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

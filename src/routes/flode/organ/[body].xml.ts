import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveIndex } from '../../../lib/archive-index.ts';
import { bodyFeed } from '../../../lib/feeds/body-feed.ts';
import type { Body } from '../../../schema/archive.ts';

/** One feed per body. */
export const getStaticPaths = (async () =>
	(await archiveIndex()).bodies.map((body) => ({ params: { body: body.id }, props: { body } }))) satisfies GetStaticPaths;

/** Atom feed of a body's new minutes. */
export const GET: APIRoute<{ body: Body }> = async ({ props }) =>
	new Response(bodyFeed(props.body, await archiveIndex()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

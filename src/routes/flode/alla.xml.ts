import type { APIRoute } from 'astro';
import { archiveIndex } from '../../lib/archive-index.ts';
import { allFeed } from '../../lib/feeds/all-feed.ts';

/** Atom feed of all new minutes. */
export const GET: APIRoute = async () => new Response(allFeed(await archiveIndex()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

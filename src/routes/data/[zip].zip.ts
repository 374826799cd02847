import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../lib/open-data/open-data.ts';

/** The one bulk download of this build, named by content hash. */
export const getStaticPaths = (async () => [{ params: { zip: (await openData()).zipName.replace(/\.zip$/, '') } }]) satisfies GetStaticPaths;

/** `protokollarkiv-<version>.zip`: every open-data file in one zip. */
export const GET: APIRoute = async () => new Response(await (await openData()).zip(), { headers: { 'Content-Type': 'application/zip' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveIndex } from '../../lib/archive-index.ts';
import { bodyCalendar } from '../../lib/feeds/body-calendar.ts';
import type { Body } from '../../schema/archive.ts';

/** One calendar per body. */
export const getStaticPaths = (async () =>
	(await archiveIndex()).bodies.map((body) => ({ params: { body: body.id }, props: { body } }))) satisfies GetStaticPaths;

/** iCalendar of the meetings a body's minutes announce. */
export const GET: APIRoute<{ body: Body }> = async ({ props }) =>
	new Response(bodyCalendar(props.body, await archiveIndex()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

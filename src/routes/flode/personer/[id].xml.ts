import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveIndex } from '../../../lib/archive-index.ts';
import { personFeed } from '../../../lib/feeds/person-feed.ts';
import type { Person } from '../../../schema/derived.ts';

/** One feed per person. */
export const getStaticPaths = (async () =>
	(await archiveIndex()).people.map((person) => ({ params: { id: person.id }, props: { person } }))) satisfies GetStaticPaths;

/** Atom feed of new meetings with a person. */
export const GET: APIRoute<{ person: Person }> = async ({ props }) =>
	new Response(personFeed(props.person, await archiveIndex()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

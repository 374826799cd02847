import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../lib/open-data/open-data.ts';

/** archive.json, archive.schema.json, datapackage.json and the CSV tables. */
export const getStaticPaths = (async () => (await openData()).files.map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

/** One open-data file, made once per build. */
export const GET: APIRoute = async ({ params }) => {
	const file = (await openData()).files.find((f) => f.name === params.file);
	if (!file) return new Response(null, { status: 404 });
	return new Response(file.content, { headers: { 'Content-Type': file.mediaType } });
};

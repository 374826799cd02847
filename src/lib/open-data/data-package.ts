import type { Settings } from '../build-archive-index.ts';
import { absoluteUrl } from './absolute-url.ts';
import { licenseOf } from './license.ts';
import { type TableName, tableSchemas } from './table-schemas.ts';

const dialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

const tableTitles: Record<TableName, string> = {
	meetings: 'Möten',
	attendance: 'Närvaro (en rad per person och möte)',
	items: 'Ärenden (dagordningspunkter)',
	decisions: 'Beslut, uppdrag, återkopplingar och aviserade möten',
	'vote-events': 'Omröstningar (en rad per omröstning)',
	votes: 'Röster (en rad per ledamot och omröstning)',
	proposals: 'Yrkanden',
	reservations: 'Reservationer (en rad per person)',
	conflicts: 'Jäv (en rad per person och ärende)',
};

/** The `licenses` of the descriptor, when the archive names a licence. */
function licenses(id: string | undefined): { licenses?: { name: string; path: string; title: string }[] } {
	const license = licenseOf(id);
	return license ? { licenses: [{ name: license.id, path: license.url, title: license.title }] } : {};
}

/** The Frictionless Data Package descriptor (`/data/datapackage.json`) of the JSON file, its schema and the CSV tables. */
export function dataPackage(settings: Settings, version: string): Record<string, unknown> {
	return {
		profile: 'data-package',
		name: 'protokollarkiv',
		id: absoluteUrl('/data/datapackage.json', settings),
		title: settings.title,
		description: settings.description,
		version,
		homepage: absoluteUrl('/data/', settings),
		keywords: ['protokoll', 'minnesanteckningar', 'popolo', 'oparl'],
		...licenses(settings.license),
		contributors: [
			{
				title: settings.publisher.name,
				role: 'publisher',
				...(settings.publisher.email ? { email: settings.publisher.email } : {}),
				...(settings.publisher.url ? { path: settings.publisher.url } : {}),
			},
		],
		resources: [
			{
				name: 'archive',
				path: 'archive.json',
				profile: 'data-resource',
				title: 'Hela arkivet (Popolo/OParl)',
				description:
					'Organ, personer, medlemskap, möten med närvaro, ärenden och beslut, ämnen och diarienummer. Beskrivs och valideras av archive.schema.json.',
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
			},
			{
				name: 'archive-schema',
				path: 'archive.schema.json',
				profile: 'data-resource',
				title: 'JSON Schema för archive.json',
				format: 'json',
				mediatype: 'application/schema+json',
				encoding: 'utf-8',
			},
			...(Object.keys(tableSchemas) as TableName[]).map((name) => ({
				name,
				path: `${name}.csv`,
				profile: 'tabular-data-resource',
				title: tableTitles[name],
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				dialect,
				schema: tableSchemas[name],
			})),
		],
	};
}

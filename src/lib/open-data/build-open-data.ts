import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { archiveDocument } from './archive-document.ts';
import { archiveSchema } from './archive-schema.ts';
import { bulkZip } from './bulk-zip.ts';
import { contentVersion } from './content-version.ts';
import { dataPackage } from './data-package.ts';
import { firstDay } from './first-day.ts';
import { tableRows } from './table-rows.ts';
import { type TableName, tableSchemas } from './table-schemas.ts';
import { toCsv } from './to-csv.ts';

/** One file under `/data/`. */
export interface OpenDataFile {
	name: string;
	mediaType: string;
	content: string;
}

/** Every open-data file of a build, made once. */
export interface OpenData {
	/** Content hash of `archive.json` (12 hex digits). */
	version: string;
	/** File name of the bulk download: `protokollarkiv-<version>.zip`. */
	zipName: string;
	/** The JSON, schema, descriptor and CSV files, in the order the data page lists them. */
	files: OpenDataFile[];
	/** The bulk download of all `files`, made on first call. */
	zip: () => Promise<Uint8Array<ArrayBuffer>>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** Builds every open-data file from the archive index: `archive.json` first, the CSVs from it, the version from its hash. */
export function buildOpenData<M extends MeetingEntry>(index: ArchiveIndex<M>): OpenData {
	const doc = archiveDocument(index);
	const archiveJson = `${JSON.stringify(doc)}\n`;
	const version = contentVersion(archiveJson);
	const rows = tableRows(doc);
	const files: OpenDataFile[] = [
		{ name: 'archive.json', mediaType: 'application/json; charset=utf-8', content: archiveJson },
		{ name: 'archive.schema.json', mediaType: 'application/schema+json; charset=utf-8', content: json(archiveSchema(index.settings)) },
		{ name: 'datapackage.json', mediaType: 'application/json; charset=utf-8', content: json(dataPackage(index.settings, version)) },
		...(Object.keys(tableSchemas) as TableName[]).map((name) => ({
			name: `${name}.csv`,
			mediaType: 'text/csv; charset=utf-8; header=present',
			content: toCsv(
				tableSchemas[name].fields.map((f) => f.name),
				rows[name],
			),
		})),
	];
	const folder = `protokollarkiv-${version}`;
	const newest = firstDay(index.meetings.find((m) => m.data.date)?.data.date);
	let zip: Promise<Uint8Array<ArrayBuffer>> | undefined;
	return {
		version,
		zipName: `${folder}.zip`,
		files,
		zip: () => (zip ??= bulkZip(folder, files, new Date(`${newest ?? '1980-01-01'}T00:00:00Z`))),
	};
}

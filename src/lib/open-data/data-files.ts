import { dataUi } from '../../i18n/ui.ts';
import { href } from '../href.ts';
import type { OpenData } from './build-open-data.ts';
import { fileSize } from './file-size.ts';

/** A row of the open-data page's file table. */
export interface DataFileRow {
	name: string;
	href: string;
	description: string;
	size: string;
}

/** The files the `/data/` page lists, the bulk zip last, with their Swedish descriptions and sizes. */
export async function dataFiles(data: OpenData, base?: string): Promise<DataFileRow[]> {
	const encoder = new TextEncoder();
	const d = dataUi.data.descriptions;
	const rows = data.files.map((file) => ({
		name: file.name,
		href: href(`/data/${file.name}`, base),
		description: d[file.name] ?? '',
		size: fileSize(encoder.encode(file.content).length),
	}));
	rows.push({ name: data.zipName, href: href(`/data/${data.zipName}`, base), description: d.zip ?? '', size: fileSize((await data.zip()).length) });
	return rows;
}

import { archiveIndex } from '../archive-index.ts';
import { buildOpenData, type OpenData } from './build-open-data.ts';

let cached: Promise<OpenData> | undefined;

/** The open-data files of this build, made once from the memoised archive index. */
export function openData(): Promise<OpenData> {
	cached ??= archiveIndex().then(buildOpenData);
	return cached;
}

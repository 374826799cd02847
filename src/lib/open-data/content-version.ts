import { createHash } from 'node:crypto';

/** The version of the open data: the first 12 hex digits of the SHA-256 of `archive.json`, so the same content gives the same version. */
export function contentVersion(archiveJson: string): string {
	return createHash('sha256').update(archiveJson, 'utf8').digest('hex').slice(0, 12);
}

import JSZip from 'jszip';

/**
 * Packs files into a zip under one folder, deterministically: entries in the given order, every timestamp set to
 * `date` (UTC; clamped to 1980, the zip format's first year), DEFLATE, no extra fields.
 */
export async function bulkZip(folder: string, files: readonly { name: string; content: string }[], date: Date): Promise<Uint8Array<ArrayBuffer>> {
	const stamp = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)));
	const zip = new JSZip();
	for (const file of files) zip.file(`${folder}/${file.name}`, file.content, { date: stamp, createFolders: false, unixPermissions: 0o644 });
	return (await zip.generateAsync({
		type: 'uint8array',
		compression: 'DEFLATE',
		compressionOptions: { level: 6 },
		platform: 'UNIX',
	})) as Uint8Array<ArrayBuffer>;
}

/** A byte count in Swedish (`812 byte`, `12,3 kB`, `4,1 MB`), decimal units. */
export function fileSize(bytes: number): string {
	const format = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
	if (bytes < 1000) return `${bytes} byte`;
	if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
	return `${format(bytes / 1_000_000)} MB`;
}

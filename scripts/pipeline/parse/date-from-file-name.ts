/** The ISO date (`YYYY-MM-DD`, or `YYYY-MM`) in a file name such as `2023-02-01.txt` or `ks-2019-03-12-protokoll.txt`, or `null`. */
export function dateFromFileName(fileName: string): string | null {
	const base = fileName.replace(/^.*[/\\]/u, '');
	const full = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(base);
	if (full) {
		const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
		const date = new Date(Date.UTC(y, m - 1, d));
		if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900) return `${full[1]}-${full[2]}-${full[3]}`;
		return null;
	}
	const month = /(?<!\d)(\d{4})-(\d{2})(?![\d-])/u.exec(base);
	if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12 && Number(month[1]) >= 1900) return `${month[1]}-${month[2]}`;
	return null;
}

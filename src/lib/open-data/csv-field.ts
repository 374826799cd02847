/** One CSV field per RFC 4180: quoted (with `"` doubled) when it holds a comma, quote, CR or LF or starts or ends with a space. */
export function csvField(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

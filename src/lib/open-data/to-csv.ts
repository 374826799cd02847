import { csvField } from './csv-field.ts';

/** A CSV row: values by column name; `null` is written as an empty field. */
export type CsvRow = Record<string, string | number | boolean | null>;

/** Writes rows as RFC 4180 CSV: a header row of `columns`, CRLF after every record, UTF-8 without a byte-order mark. */
export function toCsv(columns: readonly string[], rows: Iterable<CsvRow>): string {
	const lines = [columns.map(csvField).join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
	return `${lines.join('\r\n')}\r\n`;
}

import { sortableDate } from '../sortable-date.ts';

/** A span of partial dates that grows to cover every date added; unknown dates are ignored. */
export interface DateSpan {
	start_date: string | null;
	end_date: string | null;
}

/** Widens a span to include a partial date (compared as padded `YYYY-MM-DD`), in place, and returns it. */
export function dateSpan(span: DateSpan, date: string | null): DateSpan {
	if (!date) return span;
	if (span.start_date === null || sortableDate(date) < sortableDate(span.start_date)) span.start_date = date;
	if (span.end_date === null || sortableDate(date) > sortableDate(span.end_date)) span.end_date = date;
	return span;
}

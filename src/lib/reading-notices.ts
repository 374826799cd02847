import type { Reading } from '../schema/meeting.ts';

/** What a reader is told about a part of the minutes that the converter could not read with certainty. */
export type ReadingNotice = 'attendanceNone' | 'attendanceUnsure' | 'itemsUnsure';

/** The notices a meeting page shows for its reading: none when attendance and items were read with certainty. */
export function readingNotices(reading: Reading): ReadingNotice[] {
	const notices: ReadingNotice[] = [];
	if (reading.attendance.level === 'none') notices.push('attendanceNone');
	if (reading.attendance.level === 'unsure') notices.push('attendanceUnsure');
	if (reading.items.level === 'unsure') notices.push('itemsUnsure');
	return notices;
}

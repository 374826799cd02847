import type { Appearance } from '../schema/derived.ts';
import { yearGroups } from './year-groups.ts';

/** One year of a person's attendance: meetings present at in full, present at in part (a partial presence is written), absent from. */
export interface AttendanceYear {
	year: string;
	present: number;
	partly: number;
	absent: number;
}

/** A person's attendance per year, newest year first and undated last, from the meetings the person is listed in. */
export function attendanceByYear(appearances: readonly Pick<Appearance, 'date' | 'status' | 'presence'>[]): AttendanceYear[] {
	return yearGroups(appearances, (a) => a.date).map(({ year, entries }) => ({
		year,
		present: entries.filter((a) => a.status === 'present' && a.presence === null).length,
		partly: entries.filter((a) => a.status === 'present' && a.presence !== null).length,
		absent: entries.filter((a) => a.status === 'absent').length,
	}));
}

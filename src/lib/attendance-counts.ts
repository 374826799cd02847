/** Counts of how a person was listed: present for the whole meeting, absent, or present part of it. */
export interface AttendanceCounts {
	present: number;
	absent: number;
	partial: number;
	/** Meetings where the person is listed at all: the only meetings the counts are about. */
	listed: number;
}

/** Counts present, absent and partial listings; only meetings where the person is listed count, so no rate over other meetings is implied. */
export function attendanceCounts(listings: readonly { status: 'present' | 'absent'; presence: string | null }[]): AttendanceCounts {
	const counts: AttendanceCounts = { present: 0, absent: 0, partial: 0, listed: listings.length };
	for (const { status, presence } of listings) {
		if (status === 'absent') counts.absent++;
		else if (presence) counts.partial++;
		else counts.present++;
	}
	return counts;
}

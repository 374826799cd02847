import type { MeetingEntry } from '../build-archive-index.ts';
import { extractAnnouncedDates } from './extract-announced-dates.ts';

/** A meeting date announced in minutes, with the minutes and the sentence that announce it. */
export interface AnnouncedMeeting<M> {
	/** `YYYY-MM-DD`. */
	date: string;
	/** The (newest) minutes that announce the date. */
	source: M;
	/** The announcing sentence, as written. */
	text: string;
}

/**
 * The dates that a body's minutes announce in decisions of kind `meeting` (`Kommande möten är 29 augusti och
 * 24 oktober`), oldest first; a date announced more than once keeps the newest announcement. Takes the body's
 * listed meetings newest first (as the archive index keeps them), one pass.
 */
export function announcedMeetings<M extends MeetingEntry>(meetingsNewestFirst: readonly M[]): AnnouncedMeeting<M>[] {
	const byDate = new Map<string, AnnouncedMeeting<M>>();
	for (const meeting of meetingsNewestFirst) {
		if (meeting.data.publication === 'withdrawn') continue;
		for (const item of meeting.data.items) {
			for (const decision of item.decisions) {
				if (decision.kind !== 'meeting') continue;
				for (const date of extractAnnouncedDates(decision.text, { meetingDate: meeting.data.date })) {
					if (!byDate.has(date)) byDate.set(date, { date, source: meeting, text: decision.text });
				}
			}
		}
	}
	return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

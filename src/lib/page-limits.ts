/** How many rows a page shows before the rest moves to year or letter pages, so no page grows with the archive. */
export const pageLimits = {
	/** A person's latest appearances on the person page. */
	appearances: 50,
	/** A person's latest mentions on the person page. */
	mentions: 50,
	/** Meetings listed under each value in a person's "over time" section. */
	observedMeetings: 10,
	/** Latest items in a topic's or case's timeline. */
	timeline: 50,
	/** Latest decisions on a topic or body page. */
	decisions: 20,
	/** Latest meetings on a body page. */
	bodyMeetings: 50,
	/** Members in a body's attendance table (the most often listed). */
	members: 150,
	/** People on one list page before it splits into a page per initial letter. */
	people: 300,
	/** Cases on the case index before it splits into a page per year. */
	cases: 300,
} as const;

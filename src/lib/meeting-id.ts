/** The id the converter's page data uses for a meeting (`<body>/<slug>`), independent of the content layer's entry id. */
export function meetingId(meeting: { data: { body: string; slug: string } }): string {
	return `${meeting.data.body}/${meeting.data.slug}`;
}

import type { Body } from '../../../src/schema/archive.ts';
import type { Meeting } from '../../../src/schema/meeting.ts';
import type { Sidecar } from '../../../src/schema/sidecar.ts';
import type { ParsedMinutes } from '../types.ts';

/** What is known about a minutes file besides its parsed text. */
export interface MeetingContext {
	source: string;
	sourceSha256: string;
	body: Body;
	slug: string;
	sidecar: Sidecar;
}

/** Combines what was parsed with the sidecar (which always wins) into a meeting without people, topics or decisions resolved. */
export function buildMeeting(parsed: ParsedMinutes, context: MeetingContext): Meeting {
	const { sidecar, body } = context;
	const header = parsed.header;
	const provenance: Meeting['provenance'] = {};
	const pick = <T>(field: string, fromSidecar: T | undefined, fromText: T | null, textSource: 'text' | 'filename' | 'inferred' = 'text'): T | null => {
		if (fromSidecar !== undefined) {
			provenance[field] = 'sidecar';
			return fromSidecar;
		}
		if (fromText !== null && fromText !== undefined) provenance[field] = textSource;
		return fromText;
	};
	const date = pick('date', sidecar.date, header.date, header.dateSource ?? 'text');
	const title = pick('title', sidecar.title, header.title) ?? body.name;
	if (!provenance.title) provenance.title = 'inferred';
	return {
		source: context.source,
		sourceSha256: context.sourceSha256,
		url: `/organ/${body.id}/${context.slug}/`,
		body: body.id,
		bodyName: header.bodyName,
		slug: context.slug,
		title,
		documentType: header.documentType,
		date,
		endDate: pick('endDate', sidecar.endDate, header.endDate),
		startTime: pick('startTime', sidecar.startTime, header.startTime),
		endTime: pick('endTime', sidecar.endTime, header.endTime),
		location: pick('location', sidecar.location, header.location),
		provenance,
		attendees: parsed.attendees.map((attendee) => ({ ...attendee, person: null })),
		reading: parsed.reading,
		items: [],
		signature: parsed.signature,
		originalWithheld: false,
		sourceAdded: null,
		sourceChanged: null,
		corrections: null,
		historyUrl: null,
		publication: sidecar.publication ?? 'published',
		publicationNote: sidecar.publicationNote ?? null,
	};
}

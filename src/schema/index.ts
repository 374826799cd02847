/** The schemas of the archive's data, for sites and tools that read it: settings, bodies, meetings and the derived records. */
export { type Archive, archiveSchema, type Body, bodySchema, type Theme, themeSchema } from './archive.ts';
export { caseSchema, personSchema, topicSchema } from './derived.ts';
export { type Attendee, attendeeSchema, type Item, itemSchema, type Meeting, meetingSchema } from './meeting.ts';

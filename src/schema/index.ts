/** The schemas of the archive's data, for sites and tools that read it: settings, bodies, meetings and the derived records. */
export { archiveSchema, bodySchema, themeSchema, type Archive, type Body, type Theme } from './archive.ts';
export { caseSchema, personSchema, topicSchema } from './derived.ts';
export { attendeeSchema, itemSchema, meetingSchema, type Attendee, type Item, type Meeting } from './meeting.ts';

import type { DataStrings } from './sv-data.ts';

/** English strings of the feeds, calendars, structured data and the open-data page. */
export const enData: DataStrings = {
	feeds: {
		all: (site: string) => `${site} – new minutes`,
		allSubtitle: 'The minutes and notes most recently published in the archive.',
		body: (name: string, site: string) => `${name} – ${site}`,
		bodySubtitle: (name: string) => `New minutes and notes from ${name}.`,
		topic: (label: string, site: string) => `Topic: ${label} – ${site}`,
		topicSubtitle: (label: string) => `New meetings with items about ${label}.`,
		person: (name: string, site: string) => `${name} – ${site}`,
		personSubtitle: (name: string) => `New meetings where ${name} is on the attendance list or mentioned.`,
		agenda: 'Agenda',
		draft: 'Draft: the content may change.',
		linkTitle: {
			all: 'Atom feed: all new minutes',
			body: (name: string) => `Atom feed: new minutes from ${name}`,
			topic: (label: string) => `Atom feed: the topic ${label}`,
			person: (name: string) => `Atom feed: meetings with ${name}`,
			calendar: (name: string) => `Calendar: coming meetings of ${name} (iCalendar)`,
		},
		subscribe: 'Subscribe',
		feedLabel: 'Atom feed',
		calendarLabel: 'Calendar (iCal)',
	},
	calendar: {
		name: (name: string) => `Meetings of ${name}`,
		summary: (shortName: string) => `${shortName}: meeting`,
		announcedIn: (title: string, date: string) => `Announced in ${title} (${date}):`,
	},
	data: {
		title: 'Open data',
		intro:
			'The whole archive is open data: a JSON file with every meeting, participant, case and decision, tables in CSV format, and a download of everything as one zip file. The files are built again every time the archive is updated.',
		files: 'Files',
		file: 'File',
		description: 'Content',
		size: 'Size',
		license: 'Licence',
		licenseText: (title: string, id: string) => `The data may be reused under the licence ${title} (${id}).`,
		noLicense: 'The archive names no licence for the data. Ask the publisher before you reuse it.',
		version: (version: string) => `Version ${version}. The version is a checksum of the content: the same content always gives the same version.`,
		formats: 'Formats',
		formatsText:
			'The JSON file follows the structure of Popolo (people, organisations, memberships and meetings) and OParl (meeting, agenda item and case). The CSV files follow RFC 4180: UTF-8, commas as separators, one header row, and quotes where needed. Fields with several values are separated by semicolons. Dates are written YYYY-MM-DD, or YYYY-MM and YYYY when the minutes give only the month or the year.',
		feeds: 'Feeds and calendars',
		feedsText:
			'Every body, topic and person has an Atom feed of its latest 50 meetings, and every body has a calendar (iCalendar) of the meeting dates its minutes announce. The links are on each page.',
		allFeed: 'All new minutes (Atom)',
		calendars: 'Calendars by body',
		withdrawn: 'Minutes that have been withdrawn are not in the data or the feeds.',
		descriptions: {
			'archive.json':
				'The whole archive: bodies, people, memberships, meetings with attendance, cases and decisions, motions, votes, reservations and conflicts of interest, topics and case numbers.',
			'archive.schema.json': 'JSON Schema that describes and validates archive.json.',
			'datapackage.json': 'A description of the files as a Frictionless Data Package, with table schemas for the CSV files.',
			'meetings.csv': 'One row per meeting: body, date, time, place, links and the number of participants, items and decisions.',
			'attendance.csv': 'One row per person and meeting: the name as written, party, role, present or absent.',
			'items.csv':
				'One row per item: number, title, case numbers, topics, the decision, whether it was taken without a vote, what was adopted and who the decision is sent to.',
			'decisions.csv': 'One row per decision, assignment, follow-up or announced meeting, with the sentence as the minutes write it.',
			'vote-events.csv': 'One row per vote: item, what yes and no stood for, and the number of yes, no, abstaining and absent according to the minutes.',
			'votes.csv': 'One row per member and vote, where the minutes give how each voted: name, party and vote.',
			'proposals.csv': 'One row per motion: who moved it (with those who supported it) and what.',
			'reservations.csv': 'One row per person who entered a reservation against a decision, and in favour of what.',
			'conflicts.csv': 'One row per person who declared a conflict of interest in an item.',
			zip: 'All the files above in one zip file.',
		},
	},
	structured: {
		agenda: (titles: readonly string[]) => `Agenda: ${titles.join('; ')}`,
	},
};

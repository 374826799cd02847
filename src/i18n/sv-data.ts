/** Swedish strings of the feeds, calendars, structured data and the open-data page (kept apart from `sv.ts`). */
export const svData = {
	feeds: {
		all: (site: string) => `${site} – nya protokoll`,
		allSubtitle: 'De senast publicerade protokollen och anteckningarna i arkivet.',
		body: (name: string, site: string) => `${name} – ${site}`,
		bodySubtitle: (name: string) => `Nya protokoll och anteckningar från ${name}.`,
		topic: (label: string, site: string) => `Ämne: ${label} – ${site}`,
		topicSubtitle: (label: string) => `Nya möten med ärenden om ${label}.`,
		person: (name: string, site: string) => `${name} – ${site}`,
		personSubtitle: (name: string) => `Nya möten där ${name} finns med i närvarolistan eller nämns.`,
		agenda: 'Dagordning',
		draft: 'Utkast: innehållet kan komma att ändras.',
		linkTitle: {
			all: 'Atom-flöde: alla nya protokoll',
			body: (name: string) => `Atom-flöde: nya protokoll från ${name}`,
			topic: (label: string) => `Atom-flöde: ämnet ${label}`,
			person: (name: string) => `Atom-flöde: möten med ${name}`,
			calendar: (name: string) => `Kalender: kommande möten i ${name} (iCalendar)`,
		},
		subscribe: 'Prenumerera',
		feedLabel: 'Atom-flöde',
		calendarLabel: 'Kalender (iCal)',
	},
	calendar: {
		name: (name: string) => `Möten i ${name}`,
		summary: (shortName: string) => `${shortName}: möte`,
		announcedIn: (title: string, date: string) => `Aviserat i ${title} (${date}):`,
	},
	data: {
		title: 'Öppna data',
		intro:
			'Hela arkivet finns som öppna data: en JSON-fil med alla möten, deltagare, ärenden och beslut, tabeller i CSV-format och en nedladdning av allt i en zip-fil. Filerna byggs om varje gång arkivet uppdateras.',
		files: 'Filer',
		file: 'Fil',
		description: 'Innehåll',
		size: 'Storlek',
		/** The licence of the data, or what to do when the archive names none. */
		license: 'Licens',
		licenseText: (title: string, id: string) => `Datan får återanvändas enligt licensen ${title} (${id}).`,
		noLicense: 'Arkivet anger ingen licens för datan. Fråga utgivaren innan du återanvänder den.',
		version: (version: string) => `Version ${version}. Versionen är en kontrollsumma av innehållet: samma innehåll ger alltid samma version.`,
		formats: 'Format',
		formatsText:
			'JSON-filen följer strukturen i Popolo (personer, organisationer, medlemskap och möten) och OParl (möte, dagordningspunkt och ärende). CSV-filerna följer RFC 4180: UTF-8, kommatecken som avgränsare, en rubrikrad och citattecken där det behövs. Fält med flera värden skiljs med semikolon. Datum skrivs ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM och ÅÅÅÅ när protokollet bara anger månad eller år.',
		feeds: 'Flöden och kalendrar',
		feedsText:
			'Varje organ, ämne och person har ett Atom-flöde med de senaste 50 mötena, och varje organ har en kalender (iCalendar) med de mötesdatum som protokollen aviserar. Länkarna finns på respektive sida.',
		allFeed: 'Alla nya protokoll (Atom)',
		calendars: 'Kalendrar per organ',
		withdrawn: 'Protokoll som har dragits tillbaka finns inte med i data eller flöden.',
		descriptions: {
			'archive.json':
				'Hela arkivet: organ, personer, medlemskap, möten med närvaro, ärenden och beslut, yrkanden, omröstningar, reservationer och jäv, ämnen och diarienummer.',
			'archive.schema.json': 'JSON Schema som beskriver och validerar archive.json.',
			'datapackage.json': 'Beskrivning av filerna enligt Frictionless Data Package, med tabellscheman för CSV-filerna.',
			'meetings.csv': 'En rad per möte: organ, datum, tid, plats, länkar och antal deltagare, ärenden och beslut.',
			'attendance.csv': 'En rad per person och möte: namn som det skrivs, parti, roll, närvarande eller frånvarande.',
			'items.csv':
				'En rad per ärende: nummer, rubrik, diarienummer, ämnen, beslutet, om det fattades utan omröstning, vad som bifölls och vem beslutet skickas till.',
			'decisions.csv': 'En rad per beslut, uppdrag, återkoppling eller aviserat möte, med meningen som den står i protokollet.',
			'vote-events.csv': 'En rad per omröstning: ärende, vad ja och nej stod för och antalet ja, nej, avstående och frånvarande enligt protokollet.',
			'votes.csv': 'En rad per ledamot och omröstning, där protokollet anger hur var och en röstade: namn, parti och röst.',
			'proposals.csv': 'En rad per yrkande: vem som yrkade (med dem som instämde) och vad.',
			'reservations.csv': 'En rad per person som reserverade sig mot ett beslut, och till förmån för vad.',
			'conflicts.csv': 'En rad per person som anmälde jäv i ett ärende.',
			zip: 'Alla filerna ovan i en zip-fil.',
		} as Record<string, string>,
	},
	structured: {
		agenda: (titles: readonly string[]) => `Dagordning: ${titles.join('; ')}`,
	},
};

/** The shape of the open-data strings. */
export type DataStrings = typeof svData;

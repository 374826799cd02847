import { dateText } from './date-text.ts';

/** Swedish interface strings and formatting helpers; every word the site shows comes from here. */

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Picks the singular or plural form of a noun for a count: `3 möten`, `1 möte`. */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;

const { date, dateRange } = dateText({ months, missing: 'Datum saknas' });

export const sv = {
	lang: 'sv',
	locale: 'sv-SE',
	skipLink: 'Hoppa till innehållet',
	mainNav: 'Huvudmeny',
	nav: { meetings: 'Möten', bodies: 'Organ', people: 'Personer', topics: 'Ämnen', cases: 'Ärenden', search: 'Sök', about: 'Om webbplatsen' },
	search: {
		label: 'Sök i protokollen',
		button: 'Sök',
		/** Labels of the search boxes limited to one body, person, topic or case. */
		scoped: {
			body: (name: string) => `Sök i protokollen från ${name}`,
			person: (name: string) => `Sök i möten där ${name} deltog`,
			topic: (label: string) => `Sök inom ämnet ${label}`,
			case: (number: string) => `Sök i ärende ${number}`,
		},
		/** Link on a person's page to a search for the name as a phrase, wherever the minutes write it. */
		nameSearch: (name: string) => `Sök efter ”${name}” i alla protokoll`,
		title: 'Sök',
		intro: 'Sök i texten i alla publicerade protokoll och anteckningar.',
		noscript: 'Sökningen behöver JavaScript. Du kan i stället bläddra bland',
		loading: 'Laddar sökningen …',
		failed: 'Sökningen kunde inte laddas.',
		none: (q: string) => `Inga träffar för ”${q}”.`,
		results: (n: number, q: string) => `${count(n, 'träff', 'träffar')} för ”${q}”`,
		more: 'Visa fler träffar',
		/** Templates for the search page's script: `{n}` is a number, `{q}` the query. */
		client: {
			loading: 'Laddar sökningen …',
			failed: 'Sökningen kunde inte laddas.',
			none: 'Inga träffar för ”{q}”.',
			one: '1 möte med träffar för ”{q}”.',
			many: '{n} möten med träffar för ”{q}”.',
			filteredOne: '1 möte.',
			filteredMany: '{n} möten.',
			filteredNone: 'Inga möten med de valda avgränsningarna.',
			ofAll: ' ({n} utan avgränsningar)',
			diacritics: 'Inga träffar med exakt stavning; visar träffar där å, ä, ö och a, o räknas lika.',
			apart: 'Orden står inte tillsammans i något protokoll; visar träffar med orden var för sig.',
			showAll: 'Visa alla ({n})',
			showFewer: 'Visa färre',
			otherItems: 'och träffar i {n} punkter till',
		},
		filtersHeading: 'Avgränsa',
		clearFilters: 'Rensa avgränsningar',
		filterNames: { organ: 'Organ', år: 'År', ämne: 'Ämne', ärende: 'Ärende', person: 'Närvarande', parti: 'Parti', beslutsgång: 'Beslutsgång' } as Record<
			string,
			string
		>,
		/** Values of the filter `beslutsgång`: what the minutes record of how items were decided. */
		proceedingsValues: { vote: 'Omröstning', reservation: 'Reservation', conflict: 'Jäv' },
		sort: 'Sortera',
		sortOptions: { relevans: 'Bästa träff först', nyast: 'Nyaste först', aldst: 'Äldsta först' },
		resultsLabel: 'Sökresultat',
		/** Label of an item's hidden search words (shown only in search excerpts). */
		indexTerms: 'Delar av sammansatta ord',
		browse: 'Du kan också bläddra bland',
	},
	home: {
		latest: 'Senaste mötena',
		allMeetings: 'Alla möten efter år',
		bodies: 'Organ i arkivet',
		browse: 'Bläddra',
	},
	body: {
		all: 'Organ',
		intro: 'Organen vars protokoll och anteckningar publiceras i arkivet.',
		meetings: 'Möten',
		byYear: 'Möten per år',
		noMeetings: 'Inga publicerade möten ännu.',
		roles: 'Ordförande, vice ordförande och sekreterare',
		rolesIntro: 'Som protokollen anger dem, med första och senaste möte.',
		members: 'Närvaro per person',
		membersIntro: 'Antal möten där personen finns med i närvarolistan. Möten där personen inte är listad räknas inte.',
		topics: 'Vanligaste ämnen',
		organization: 'Organisation',
		people: 'Personer i organet',
		role: 'Roll',
	},
	meeting: {
		body: 'Organ',
		date: 'Datum',
		time: 'Tid',
		place: 'Plats',
		documentType: 'Dokument',
		partialDate: 'Exakt datum anges inte i protokollet.',
		draft: 'Utkast',
		draftNotice: 'Det här är ett utkast. Innehållet kan komma att ändras.',
		withdrawn: 'Protokollet har dragits tillbaka',
		withdrawnNotice: 'Det här protokollet är inte längre publicerat.',
		decisions: 'Beslut och uppdrag',
		/** A citation of an item, to copy: body, organisation, date, § or point, title and permalink. */
		cite: 'Citera punkten',
		citeLink: 'Länk som markerar punktens rubrik',
		noDecisions: 'Inga beslut eller uppdrag är markerade i protokollet.',
		attendance: 'Närvaro',
		/** Shown where the converter could not read part of the minutes with certainty (see `src/lib/reading-notices.ts`). */
		readingNotices: {
			attendanceNone: 'Ingen närvarolista kunde läsas ur protokollet. Vilka som deltog framgår av originalet.',
			attendanceUnsure:
				'Närvarolistan kunde inte läsas säkert ur protokollet och kan innehålla fel. Jämför med originalet; namnen länkas inte till personsidor.',
			itemsUnsure: 'Ärendena kunde inte läsas säkert ur protokollet: rubrikerna kan vara fel avgränsade. Texten visas som den står.',
		},
		present: 'Närvarande',
		absent: 'Frånvarande',
		groups: { politician: 'Politiker', official: 'Tjänstepersoner', other: 'Övriga' } as Record<'politician' | 'official' | 'other', string>,
		agenda: 'Dagordning',
		items: 'Ärenden',
		caseNumbers: 'Diarienummer',
		topics: 'Ämnen',
		participants: 'Medverkande',
		signature: 'Underskrift',
		previous: 'Föregående möte',
		next: 'Nästa möte',
		prevNext: 'Andra möten i organet',
		original: 'Originalfilen',
		originalText: (name: string) => `Ladda ned originalfilen (${name})`,
		originalWithheld: 'Originalfilen publiceras inte eftersom uppgifter har tagits bort ur den.',
		provenance: 'Källa',
		sourceFile: 'Källfil',
		checksum: 'Kontrollsumma (SHA-256)',
		added: 'Tillagd i arkivet',
		changed: 'Senast ändrad',
		history: 'Ändringshistorik',
		historyText: (name: string) => `Rättelser och tidigare versioner av ${name}`,
		corrected: 'Rättat',
		correctedLink: 'se vad som ändrats',
		corrections: (since: string) => `Ändringar sedan första versionen (${since})`,
		correction: {
			itemAdded: (item: string) => `Tillkom: ${item}`,
			itemRemoved: (item: string) => `Togs bort: ${item}`,
			itemRetitled: (number: string | null, from: string, to: string) =>
				`${number ? `Punkt ${number}` : 'En punkt'} fick rubriken ”${to}” (tidigare ”${from}”)`,
			attendeesAdded: (names: string) => `Tillagda i deltagarlistan: ${names}`,
			attendeesRemoved: (names: string) => `Borttagna ur deltagarlistan: ${names}`,
		},
		item: (number: number | null, title: string) => (number === null ? title : `${number}. ${title}`),
		time_: (start: string | null, end: string | null) => (start && end ? `${start}–${end}` : start ? `från ${start}` : end ? `till ${end}` : ''),
		unknown: 'Anges inte',
	},
	/** How an item's decision was made: proposals, votes, reservations, conflicts of interest. */
	/** Charts by year (static SVG with a table to open). */
	chart: {
		asTable: 'Visa som tabell',
		year: 'År',
		attendance: 'Närvaro per år',
		attendanceSeries: { present: 'Närvarande', partly: 'Delvis närvarande', absent: 'Frånvarande' },
		attendanceSummary: (listed: number, present: number, partly: number, absent: number, span: string) =>
			`Listad vid ${listed} ${listed === 1 ? 'möte' : 'möten'} ${span}: närvarande vid ${present}, delvis vid ${partly}, frånvarande vid ${absent}.`,
		meetings: 'Möten per år',
		meetingsSeries: 'Möten',
		meetingsSummary: (total: number, span: string, peakYear: string, peak: number) =>
			`${total} ${total === 1 ? 'möte' : 'möten'} ${span}, flest ${peakYear} (${peak}).`,
		topicItems: 'Punkter per år och organ',
		topicSummary: (items: number, span: string, bodies: readonly string[]) => `${items} ${items === 1 ? 'punkt' : 'punkter'} ${span}: ${bodies.join(', ')}.`,
		otherBodies: 'Övriga organ',
		casePath: 'Ärendets väg',
		casePathSummary: (steps: number, bodies: readonly string[], first: string, last: string) =>
			`Behandlat ${steps} ${steps === 1 ? 'gång' : 'gånger'} i ${bodies.length} organ${first === last ? ` ${first}` : ` från ${first} till ${last}`}: ${bodies.join(', ')}.`,
		date: 'Datum',
		body: 'Organ',
		item: 'Punkt',
	},
	proceedings: {
		/** Name of the part of an item that tells how its decision was made. */
		label: 'Beslut och beslutsgång',
		resolution: 'Beslut',
		acclamation: 'Beslutet fattades utan omröstning.',
		propositions: 'Propositioner',
		proposition: (put: string | null, adopted: string | null) =>
			put && adopted
				? `Ordföranden ställde proposition på ${put} och fann att ${adopted} hade bifallits.`
				: put
					? `Ordföranden ställde proposition på ${put}.`
					: `Ordföranden fann att ${adopted ?? ''} hade bifallits.`,
		recipients: 'Beslutet skickas till',
		proposals: 'Yrkanden',
		proposal: (by: string, text: string) => `${by}: ${text}`,
		vote: 'Omröstning',
		voteSummary: (yes: number | null, no: number | null, abstain: number | null, absent: number | null) =>
			`Beslutet fattades efter omröstning: ${[yes !== null ? `${yes} ja` : null, no !== null ? `${no} nej` : null, abstain ? `${abstain} avstod` : null, absent ? `${absent} frånvarande` : null].filter(Boolean).join(', ') || 'resultatet anges inte i protokollet'}.`,
		yesMeans: (text: string) => `Ja för ${text}`,
		noMeans: (text: string) => `Nej för ${text}`,
		votesByParty: 'Röster per parti',
		party: 'Parti',
		noParty: 'Parti anges inte',
		choices: { yes: 'Ja', no: 'Nej', abstain: 'Avstod', absent: 'Frånvarande' } as Record<'yes' | 'no' | 'abstain' | 'absent', string>,
		namedMismatch: 'De namngivna rösterna stämmer inte med summorna i protokollet.',
		reservations: 'Reservationer',
		inFavourOf: (text: string) => `till förmån för ${text}`,
		conflicts: 'Jäv',
		conflictNote: 'anmälde jäv och deltog inte i handläggningen',
		/** On a person's page: what the person did in how items were decided. */
		personTitle: 'Yrkanden, röster och reservationer',
		personIntro: 'Som protokollen anger dem, per år.',
		proposed: (text: string) => `yrkade ${text}`,
		voted: (choice: 'yes' | 'no' | 'abstain' | 'absent') =>
			({ yes: 'röstade ja', no: 'röstade nej', abstain: 'avstod från att rösta', absent: 'var frånvarande vid omröstningen' })[choice],
		majority: (choice: 'yes' | 'no' | 'abstain' | 'absent' | null, own: 'yes' | 'no' | 'abstain' | 'absent') =>
			choice === null || (own !== 'yes' && own !== 'no')
				? ''
				: choice === own
					? ' (med majoriteten)'
					: ` (majoriteten röstade ${choice === 'yes' ? 'ja' : 'nej'})`,
		reserved: (text: string | null) => (text ? `reserverade sig till förmån för ${text}` : 'reserverade sig mot beslutet'),
		declaredConflict: 'anmälde jäv',
		/** The party pages `/partier/…`. */
		parties: 'Partier',
		partiesIntro: 'Partierna som finns med i protokollen: ledamöter, yrkanden, hur partiet röstade i namngivna omröstningar och reservationer.',
		partyTitle: (code: string) => `Partiet ${code}`,
		partyInBody: (code: string, body: string) => `${code} i ${body}`,
		partyLead: (members: number, proposals: number, votes: number, reservations: number) =>
			`${members} ${members === 1 ? 'person' : 'personer'} i protokollen, ${proposals} ${proposals === 1 ? 'yrkande' : 'yrkanden'}, ${votes} namngivna ${votes === 1 ? 'omröstning' : 'omröstningar'}, ${reservations} ${reservations === 1 ? 'reservation' : 'reservationer'}.`,
		allBodies: 'Alla organ',
		members: 'Ledamöter och andra i partiet',
		partyProposals: 'Yrkanden',
		partyVotes: 'Så röstade partiet',
		partyVote: (yes: number, no: number, abstain: number, absent: number) =>
			[yes && `${yes} ja`, no && `${no} nej`, abstain && `${abstain} avstod`, absent && `${absent} frånvarande`].filter(Boolean).join(', '),
		withMajority: 'med majoriteten',
		againstMajority: 'mot majoriteten',
		partyReservations: 'Reservationer',
		/** On a body's page: how often the parties voted the same way. */
		agreementTitle: 'Hur partierna röstade i förhållande till varandra',
		agreementIntro: (votes: number) =>
			`Andelen namngivna omröstningar där två partier röstade lika (partiets ställning är hur flest av dess ledamöter röstade). Underlag: ${votes} ${votes === 1 ? 'omröstning' : 'omröstningar'}; inom parentes hur många båda partierna deltog i.`,
		agreementCell: (same: number, votes: number) => `${Math.round((100 * same) / votes)} % (${votes})`,
		agreementChart: 'Diagram över hur ofta partierna röstade lika',
		agreementPair: (a: string, b: string, same: number, votes: number) => `${a} och ${b} röstade lika i ${same} av ${votes} omröstningar`,
		undated: 'Utan datum',
	},
	decisionKinds: { decision: 'Beslut', assignment: 'Uppdrag', followup: 'Återkommer', meeting: 'Kommande möte' } as Record<
		'decision' | 'assignment' | 'followup' | 'meeting',
		string
	>,
	status: { present: 'närvarande', absent: 'frånvarande', partial: 'delvis' },
	/** Decision sentences gathered on topic, body and year pages. */
	decisions: {
		title: 'Beslut och uppdrag',
		none: 'Inga beslut eller uppdrag är markerade.',
	},
	/** Lists split into pages per year or letter so no page grows with the archive. */
	paging: {
		/** Landmark label of the navigation between a page's year pages. */
		years: 'Sidor per år',
		latest: (shown: number, total: number) =>
			`Visar de ${shown.toLocaleString('sv-SE')} senaste av ${total.toLocaleString('sv-SE')}. Alla finns på sidorna per år.`,
		yearTitle: (name: string, year: string) => `${name} – ${year === 'utan-datum' ? 'utan datum' : year}`,
		observedMore: (shown: number, total: number) => `De ${shown.toLocaleString('sv-SE')} senaste av ${count(total, 'möte', 'möten')}.`,
		membersMore: (shown: number, total: number) =>
			`Visar de ${shown.toLocaleString('sv-SE')} personer av ${total.toLocaleString('sv-SE')} som finns med i flest möten. Närvaron för alla finns på sidorna per år.`,
		yearsIntro: 'Alla möten, beslut och närvaro finns på en sida per år:',
		personYearsIntro: 'Alla möten och omnämnanden finns på en sida per år:',
	},
	meetings: {
		title: 'Möten',
		intro: 'Alla publicerade möten, år för år.',
		year: (y: string) => (y === 'utan-datum' ? 'Utan datum' : `Möten ${y}`),
		yearLabel: (y: string) => (y === 'utan-datum' ? 'Utan datum' : y),
		allIn: (y: string) => (y === 'utan-datum' ? 'Alla möten utan datum' : `Alla möten ${y}`),
	},
	people: {
		title: 'Personer',
		intro: 'Alla personer som finns med i protokollen, sorterade efter efternamn.',
		filters: 'Filtrera',
		all: 'Alla personer',
		byBody: 'Organ',
		byParty: 'Parti',
		byGroup: 'Grupp',
		groupSlugs: { politiker: 'politician', tjansteperson: 'official', ovrig: 'other' } as Record<string, 'politician' | 'official' | 'other'>,
		groupNames: { politician: 'Politiker', official: 'Tjänstepersoner', other: 'Övriga' } as Record<string, string>,
		inBody: (name: string) => `Personer i ${name}`,
		inParty: (party: string) => `Personer från ${party}`,
		inGroup: (group: string) => group,
		letters: 'Bokstäver',
		letterTitle: (letter: string) => (letter === '#' ? 'Personer med övriga namn' : `Personer, efternamn på ${letter}`),
		letterIntro: 'Personerna finns på en sida per bokstav i efternamnet.',
		letterPages: 'Personer per bokstav',
	},
	person: {
		parties: 'Parti',
		organizations: 'Organisation',
		titles: 'Titel',
		roles: 'Roller',
		overTime: 'Uppgifter över tid',
		overTimeIntro: 'Som protokollen anger dem, med mötena som visar dem.',
		meetings: 'Möten',
		attendance: 'Närvaro per organ',
		mentions: 'Omnämnd i',
		coOccurring: 'Deltar ofta tillsammans med',
		items: 'Deltog i',
		asWritten: (name: string) => `skrivs ”${name}”`,
		aliases: 'Skrivs också',
		/** Between the count of a person's meetings and the bodies: "3 möten i KS, KF". */
		inBodies: 'i',
	},
	attendance: {
		present: 'Närvarande',
		absent: 'Frånvarande',
		partial: 'Delvis',
		person: 'Person',
		listed: 'Listad',
		first: 'Första',
		last: 'Senaste',
	},
	topics: {
		title: 'Ämnen',
		intro: 'Ämnen som ärendena handlar om, grupperade efter överordnat ämne.',
		recurring: 'Återkommande ärenden',
		other: 'Övriga ämnen',
		timeline: 'Tidslinje',
		people: 'Personer som oftast deltar',
		related: 'Relaterade ämnen',
		broader: 'Överordnat ämne',
		narrower: 'Underordnade ämnen',
		alsoOn: 'Förekommer ofta med',
		synonyms: 'Sökord',
	},
	cases: {
		title: 'Ärenden',
		intro: 'Diarienummer som nämns i protokollen, med de möten där ärendet behandlades.',
		handled: 'Behandlat',
		byYear: 'Ärenden efter första året de behandlades',
		yearTitle: (year: string) => (year === 'utan-datum' ? 'Ärenden utan datum' : `Ärenden som behandlades första gången ${year}`),
		case: (n: string) => `Ärende ${n}`,
		handledTimes: (n: number) => `Behandlat ${n} ${n === 1 ? 'gång' : 'gånger'}`,
	},
	about: {
		title: 'Om webbplatsen',
		what: 'Om arkivet',
		publisher: 'Utgivare',
		contact: 'Kontakt',
		a11y: 'Tillgänglighetsredogörelse',
		a11yIntro: (publisher: string) =>
			`${publisher} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.`,
		a11yStatus: 'Hur tillgänglig är webbplatsen?',
		a11yStatusText:
			'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service (DOS-lagen). Vi har granskat den mot standarden EN 301 549, som bygger på WCAG 2.1 nivå AA.',
		a11yShortcomings: 'Kända brister',
		a11yShortcomingList: [
			'Protokollen publiceras som de är skrivna. Förkortningar förklaras inte alltid, och rubriker i äldre protokoll kan vara ofullständiga.',
			'Originalfilerna (PDF, Word och text) är inte alltid tillgängliga. Innehållet finns återgivet som webbsida.',
			'Sökfunktionen kräver JavaScript. Alla protokoll går också att nå genom att bläddra per år, organ, person, ämne och ärende.',
		],
		a11yReport: 'Rapportera brister',
		a11yReportText: 'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta oss:',
		a11yNoEmail: 'Kontakta utgivaren.',
		a11ySupervision: 'Tillsyn',
		a11ySupervisionText:
			'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
		digg: 'Anmäl till Digg',
		diggUrl: 'https://www.digg.se/tdosanmalan',
		a11yMethod: 'Hur vi testat webbplatsen',
		a11yMethodText: 'Webbplatsen har testats med automatiska verktyg och manuellt med tangentbord, skärmläsare, förstoring och mörkt läge.',
	},
	notFound: {
		title: 'Sidan finns inte',
		text: 'Sidan du letar efter finns inte, eller har flyttats.',
		home: 'Till startsidan',
	},
	theme: {
		/** Name of the navigation with the organisation's own links in the header. */
		headerLinks: 'Länkar',
	},
	footer: {
		publishedBy: 'Utgivare:',
		openData: 'Öppna data',
		feed: 'Flöde',
	},
	breadcrumb: 'Du är här',
	noResults: 'Inget att visa.',
	count: {
		meetings: (n: number) => count(n, 'möte', 'möten'),
		items: (n: number) => count(n, 'ärende', 'ärenden'),
		people: (n: number) => count(n, 'person', 'personer'),
		times: (n: number) => count(n, 'gång', 'gånger'),
		topics: (n: number) => count(n, 'ämne', 'ämnen'),
	},
	date,
	dateRange,
	month: (m: number) => months[m - 1] ?? String(m),
	list: (values: readonly string[]) => new Intl.ListFormat('sv', { type: 'conjunction' }).format(values),
};

/** The shape every interface language must provide. */
export type UiStrings = typeof sv;

import { personListPattern, readPersonList } from './person-list.ts';
import { swedishNumber, swedishNumberPattern } from './swedish-number.ts';
import type { ItemSentence, ReadVote } from './types.ts';

type Choice = ReadVote['named'][number]['vote'];
const n = swedishNumberPattern;
const list = personListPattern;
const rx = (source: string, flags = 'iu') => new RegExp(source, flags);
const b = '(?<![\\p{L}\\p{N}])';
const e = '(?![\\p{L}\\p{N}])';

/** Counts as stated: "Med 11 ja-röster mot 2 nej-röster samt 2 ledamöter som avstår", "35 ja, 26 nej, 2 avstår", "Ja-röster: 35". */
const counts: Record<'yes' | 'no' | 'abstain' | 'absent', RegExp[]> = {
	yes: [
		rx(`${b}(?<n>${n})\\s+ja(?:-|\\s)?röst(?:er|erna)?${e}`),
		rx(`${b}ja(?:-|\\s)?röst(?:er|erna)?\\s*:?\\s*(?<n>${n})${e}`),
		rx(`${b}(?<n>${n})\\s+(?:ledamöter\\s+)?röst(?:ar|ade)\\s+ja${e}`),
	],
	no: [
		rx(`${b}(?<n>${n})\\s+nej(?:-|\\s)?röst(?:er|erna)?${e}`),
		rx(`${b}nej(?:-|\\s)?röst(?:er|erna)?\\s*:?\\s*(?<n>${n})${e}`),
		rx(`${b}(?<n>${n})\\s+(?:ledamöter\\s+)?röst(?:ar|ade)\\s+nej${e}`),
	],
	abstain: [
		rx(`${b}(?<n>${n})\\s+(?:ledamot|ledamöter)\\s*,\\s*[^,.]{3,80}?,?\\s+(?:avstår|avstod)${e}`),
		rx(`${b}(?<n>${n})\\s+(?:(?:ledamöter|ledamot|ledamöterna|st|personer)\\s+)?(?:som\\s+)?(?:avstår|avstod|avstående|avstått|avstod|nedlagda|blanka)${e}`),
		rx(`${b}(?:avstår|avstod|avstående|avstått)(?:\\s+från\\s+att\\s+rösta)?\\s*:?\\s*(?<n>${n})${e}`),
	],
	absent: [
		rx(`${b}(?<n>${n})\\s+(?:(?:\\p{L}*ledamöter|ledamot|st|personer)\\s+)?(?:som\\s+)?(?:är\\s+|var\\s+)?frånvarande${e}`),
		rx(`${b}frånvarande\\s*:?\\s*(?<n>${n})${e}`),
	],
};
/** Bare counts, read only beside each other in a vote: "35 ja, 26 nej", "Ja 35 Nej 26". */
const bareYesNo = rx(`${b}(?:(?<yes>${n})\\s+ja\\s*[,;och\\s]+\\s*(?<no>${n})\\s+nej|ja\\s*:?\\s*(?<yes2>${n})\\s*[,;]?\\s*nej\\s*:?\\s*(?<no2>${n}))${e}`);

/** What a yes and a no stand for: "Ja-röst för bifall till X", "JA för kommunstyrelsens förslag, NEJ för Anna Eks yrkande". */
const means = (word: string) =>
	rx(
		`${b}${word}(?:-|\\s)?(?:röst(?:en)?|röstar)?\\s*(?:för|innebär|betyder|=|:)\\s+(?<m>[^.;]+?)(?=\\s*(?:[.;]|,\\s*(?:och\\s+)?nej|,\\s*(?:och\\s+)?ja${e}|\\s+och\\s+(?:nej|ja)${e}|$))`,
	);
const yesMeans = means('ja');
const noMeans = means('nej');
/** "Den som vill bifalla X röstar ja, den som vill bifalla Y röstar nej" */
const whoWants = (word: string) => rx(`${b}den\\s+som\\s+vill\\s+(?<m>(?!(?:det\\s+)?(?:ej|inte)\\s)[^,;.]+?)\\s+röstar\\s+${word}${e}`);
const wantsYes = whoWants('ja');
const wantsNo = whoWants('nej');
/** Finland-Swedish: "De fullmäktigeledamöter som understöder en fortsatt behandling röstar ”ja” och de … röstar ”nej”". */
const supporters = (word: string) =>
	rx(`${b}de(?:\\s+\\p{L}*ledamöter)?\\s+som\\s+(?:understöder|vill\\s+bifalla|röstar\\s+för)\\s+(?<m>(?:(?!röstar)[^,;])+?)\\s+röstar\\s+["”“']?${word}${e}`);
const supportersYes = supporters('ja');
const supportersNo = supporters('nej');
/** "… understödde 37 fullmäktigeledamöter en fortsatt behandling, 24 fullmäktigeledamöter understödde fullm. Mika Helvas förslag": counts for what a yes or no stood for. */
const supportCounts = [
	rx(`${b}understödde\\s+(?<n>${n})\\s+\\p{L}*(?:ledamöter|ledamot)\\s+(?<what>[^,;]+)`, 'giu'),
	rx(`${b}(?<n>${n})\\s+\\p{L}*(?:ledamöter|ledamot)\\s+understödde\\s+(?<what>[^,;]+)`, 'giu'),
];

/** Whether what a count was given for is what a yes or a no stood for: the one begins with the other. */
function sameChoice(what: string, means: string | null): boolean {
	if (means === null) return false;
	const [a, c] = [what, means].map((text) => text.trim().toLocaleLowerCase('sv').replace(/\s+/gu, ' '));
	return a !== undefined && c !== undefined && a.length >= 6 && c.length >= 6 && (a.startsWith(c) || c.startsWith(a));
}

/** Named votes: "För nej röstade A, B och C", "Följande ledamöter röstar ja: A (S), B (M)", "A (S) och B (M) avstår". */
const namedLists: { pattern: RegExp; vote?: Choice }[] = [
	{ pattern: rx(`${b}(?:[Ff]ör\\s+)?(?<v>[Jj]a|JA|[Nn]ej|NEJ)\\s+röst(?:ar|ade)\\s*:?\\s*(?<list>${list})`, 'gu') },
	{ pattern: rx(`${b}[Ff]öljande(?:\\s+\\p{Ll}+){0,2}\\s+röst(?:ar|ade)\\s+(?<v>ja|nej|JA|NEJ|Ja|Nej)\\s*:?\\s*(?<list>${list})`, 'gu') },
	{ pattern: rx(`(?<list>${list})\\s+röst(?:ar|ade)\\s+(?<v>ja|nej|JA|NEJ)${e}`, 'gu') },
	// "7 ledamöter röstade ja Lars Thomsson (c), … och ordföranden Lena Celion (m)"
	{ pattern: rx(`${b}\\d{1,3}\\s+(?:ledamöter\\s+)?röst(?:ar|ade)\\s+(?<v>ja|nej|JA|NEJ)\\s*:?\\s*(?<list>${list})`, 'gu') },
	{ pattern: rx(`${b}[Ff]öljande(?:\\s+\\p{Ll}+){0,2}\\s+avst(?:år|od)(?:\\s+från\\s+att\\s+rösta)?\\s*:?\\s*(?<list>${list})`, 'gu'), vote: 'abstain' },
	// a vote list: "Ja: Anna Ek (S), Per Berg (M)", "Nej (2): …", "Avstår: …"
	{ pattern: rx(`(?:^|[.;]\\s+)(?<v>[Jj]a|JA|[Nn]ej|NEJ)(?:\\s*\\(\\d{1,3}\\))?\\s*:\\s*(?<list>${list})`, 'gu') },
	{ pattern: rx(`(?:^|[.;]\\s+)(?:[Aa]vstår|AVSTÅR|[Aa]vstod|[Bb]lanka)(?:\\s*\\(\\d{1,3}\\))?\\s*:\\s*(?<list>${list})`, 'gu'), vote: 'abstain' },
	{ pattern: rx(`(?<list>${list})\\s+avst(?:år|od)(?:\\s+från\\s+att\\s+(?:rösta|delta))${e}`, 'gu'), vote: 'abstain' },
];
/** A count and the names after it: "Ja-röster: 54 Hilkka Ahde, Mahad Ahmed, …", "Blanka: 2 Anna Ek, Per Berg". */
const countedList = rx(`${b}(?<v>[Jj]a|JA|[Nn]ej|NEJ|[Bb]lanka|[Aa]vstår|[Ff]rånvarande)(?:-|\\s)?(?:röster)?\\s*:\\s*\\d{1,3}\\s+(?<list>${list})`, 'gu');
/** Finland-Swedish: "med rösterna 9 (Anna Ek, …) – 4 (Per Berg, …)": the majority first, taken as the yes. */
const votesFor = rx(
	`${b}[Mm]ed\\s+rösterna\\s+(?<yes>\\d{1,3})\\s*(?:\\((?<yesList>${list})\\))?\\s*[–-]\\s*(?<no>\\d{1,3})(?:\\s*\\((?<noList>${list})\\))?`,
	'u',
);
/** A row of a vote table, in a vote: "Anna Ek (S) Ja", "Per Berg M N Ja", "Lisa Holm (KD) – Avstår", "Bino Drummond M F (Susanne Lippert Enquist) -" (absent, a stand-in in brackets). */
const tableRow =
	/(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\s+)?\p{Lu}[\p{L}'’-]+){1,2})\s*(?:\((?<party>[\p{L}]{1,5})\)|\s(?<bare>[A-ZÅÄÖ]{1,3}))?(?:\s+(?:N|Tj|X))?\s*[-–:]?\s*(?:(?<v>Ja|JA|Nej|NEJ|Avstår|AVSTÅR|Avst|Frånvarande|Frånv)(?![\p{L}])|(?<away>F)\s*(?:\([^()]{0,60}\))?\s*[-–](?![\p{L}]))/gu;

/** A sentence that says a vote was taken: "efter votering", "Omröstning begärs och verkställs", "Den öppna omröstningen utföll …". */
const voteTaken = rx(
	`${b}(?:efter|genom)\\s+(?:omröstning|votering|sluten\\s+omröstning)${e}|${b}(?:omröstning|votering)\\s+(?:om|begärs|begärdes|verkställs|verkställdes|genomförs|genomfördes|ägde\\s+rum|äger\\s+rum)${e}|${b}(?:omröstningen|voteringen)\\s+(?:utföll|gav|visade)${e}`,
);
const voteWord = rx(
	`${b}(?:omröstning|omröstningen|votering|voteringen|röstsammanräkning|omröstningsresultat|voteringslista|omröstningslista|omröstningsprotokoll|voteringsprotokoll|omröstningsbilaga)${e}`,
);

function choice(word: string): Choice {
	const lower = word.toLocaleLowerCase('sv');
	if (lower === 'ja') return 'yes';
	if (lower === 'nej') return 'no';
	if (lower.startsWith('avst')) return 'abstain';
	return 'absent';
}

function count(text: string, field: keyof typeof counts): number | null {
	for (const pattern of counts[field]) {
		const match = pattern.exec(text);
		const value = match?.groups?.n ? swedishNumber(match.groups.n) : null;
		if (value !== null) return value;
	}
	return null;
}

const emptyVote = (line: number): ReadVote => ({ yes: null, no: null, abstain: null, absent: null, yesMeans: null, noMeans: null, named: [], line });

/**
 * The votes (omröstningar) of an item's sentences: the vote order, the totals as stated and the members whose votes
 * are named. A new vote starts where a vote order or totals follow a vote that already has them. An item that says a
 * vote was taken without giving its result has one vote whose numbers are all `null`.
 */
export function parseVotes(sentences: readonly ItemSentence[]): ReadVote[] {
	const votes: ReadVote[] = [];
	const inVote = sentences.some(
		(sentence) => voteWord.test(sentence.text) || sentence.label?.startsWith('omröstning') || sentence.label?.startsWith('votering'),
	);
	let current: ReadVote | null = null;
	const open = (line: number, when: (vote: ReadVote) => boolean): ReadVote => {
		if (!current || when(current)) {
			current = emptyVote(line);
			votes.push(current);
		}
		return current;
	};
	for (const sentence of sentences) {
		const text = sentence.text;
		// "Följande ledamöter röstar ja: …" names voters; it says nothing of what a yes stands for
		const names = namedLists.some(({ pattern }) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text));
		const yesMeaning = names ? null : (yesMeans.exec(text)?.groups?.m ?? wantsYes.exec(text)?.groups?.m ?? supportersYes.exec(text)?.groups?.m ?? null);
		const noMeaning = names ? null : (noMeans.exec(text)?.groups?.m ?? wantsNo.exec(text)?.groups?.m ?? supportersNo.exec(text)?.groups?.m ?? null);
		const tally = { yes: count(text, 'yes'), no: count(text, 'no'), abstain: count(text, 'abstain'), absent: count(text, 'absent') };
		const bare = inVote && tally.yes === null && tally.no === null ? bareYesNo.exec(text)?.groups : undefined;
		if (bare) {
			tally.yes = swedishNumber(bare.yes ?? bare.yes2 ?? '');
			tally.no = swedishNumber(bare.no ?? bare.no2 ?? '');
		}
		const order = current as ReadVote | null;
		if (order !== null && tally.yes === null && tally.no === null) {
			for (const match of supportCounts.flatMap((pattern) => [...text.matchAll(pattern)])) {
				const what = match.groups?.what ?? '';
				if (sameChoice(what, order.yesMeans)) tally.yes = swedishNumber(match.groups?.n ?? '');
				else if (sameChoice(what, order.noMeans)) tally.no = swedishNumber(match.groups?.n ?? '');
			}
		}
		const majority = votesFor.exec(text)?.groups;
		if (majority && tally.yes === null && tally.no === null) {
			tally.yes = Number(majority.yes);
			tally.no = Number(majority.no);
		}
		const hasYesNo = tally.yes !== null || tally.no !== null;
		// a vote order that only names what yes and no stand for, or is written with counts
		if ((yesMeaning !== null || noMeaning !== null) && !hasYesNo) {
			const vote = open(
				sentence.line,
				(known) =>
					known.yes !== null || (yesMeaning !== null && known.yesMeans !== null) || (noMeaning !== null && yesMeaning === null && known.noMeans !== null),
			);
			vote.yesMeans ??= yesMeaning?.trim() ?? null;
			vote.noMeans ??= noMeaning?.trim() ?? null;
		}
		if (hasYesNo) {
			// "36 ledamöter röstade ja. 35 ledamöter röstade nej.": one vote over two sentences
			const vote = open(sentence.line, (known) => (tally.yes !== null && known.yes !== null) || (tally.no !== null && known.no !== null));
			vote.yes ??= tally.yes;
			vote.no ??= tally.no;
			vote.abstain ??= tally.abstain;
			vote.absent ??= tally.absent;
		} else if (current !== null && (tally.abstain !== null || tally.absent !== null) && (current as ReadVote).yes !== null) {
			// "Två ledamöter avstår från att rösta och åtta är frånvarande." after the sentence with the counts
			const vote: ReadVote = current;
			vote.abstain ??= tally.abstain;
			vote.absent ??= tally.absent;
		}
		if (majority) {
			const vote = current ?? open(sentence.line, () => false);
			for (const [group, cast] of [
				['yesList', 'yes'],
				['noList', 'no'],
			] as const) {
				for (const person of readPersonList(majority[group] ?? '') ?? []) vote.named.push({ ...person, vote: cast });
			}
		}
		if (!inVote) continue;
		for (const match of text.matchAll(countedList)) {
			const people = readPersonList(match.groups?.list ?? '');
			if (!people) continue;
			const vote = open(sentence.line, () => false);
			const cast: Choice = /^blank/iu.test(match.groups?.v ?? '') ? 'abstain' : choice(match.groups?.v ?? '');
			for (const person of people) if (!vote.named.some((known) => known.name === person.name)) vote.named.push({ ...person, vote: cast });
		}
		for (const { pattern, vote: fixed } of namedLists) {
			for (const match of text.matchAll(pattern)) {
				const people = readPersonList(match.groups?.list ?? '');
				if (!people) continue;
				const vote = open(sentence.line, () => false);
				const cast = fixed ?? choice(match.groups?.v ?? '');
				for (const person of people) if (!vote.named.some((known) => known.name === person.name)) vote.named.push({ ...person, vote: cast });
			}
		}
		for (const match of text.matchAll(tableRow)) {
			const people = readPersonList(match.groups?.name ?? '');
			const person = people?.length === 1 ? people[0] : undefined;
			if (!person) continue;
			const vote = open(sentence.line, () => false);
			if (vote.named.some((known) => known.name === person.name)) continue;
			const written = match.groups?.party ?? match.groups?.bare ?? null;
			vote.named.push({
				name: person.name,
				party: written ? written.toLocaleUpperCase('sv') : null,
				vote: match.groups?.away ? 'absent' : choice(match.groups?.v ?? ''),
			});
		}
	}
	const counted = votes.filter((vote) => vote.yes !== null || vote.no !== null || vote.named.length > 0);
	// "Alliansens ändringsförslag vann bifall efter votering": a vote was taken, its result is not given
	const taken = sentences.find((sentence) => voteTaken.test(sentence.text));
	return counted.length === 0 && taken ? [emptyVote(taken.line)] : counted;
}

import { givenNames } from '../parse/given-names.ts';
import { bodyAbbreviation } from '../parse/match-item-heading.ts';

/** A place in a text where an item may open, and the number it gives the item. */
export interface ItemMarker {
	/** Which text (line) of those searched it is in. */
	text: number;
	/** Its offset in that text. */
	index: number;
	number: number;
}

/**
 * Places that may open an item inside a text: `§ 12`, `12 §`, `3.` / `3:` / `3)` before a capital, a bare number
 * before a capitalised word (transcripts drop the `§`: "188 Justering … 189 Godkännande …"), and a body's
 * abbreviation with the number before a title, a `Dnr`, a case number or earlier references ("TN 2 09/TN 0044 Mål
 * och resursplan", "Sn 50 Au 84 Dnr 2016/ Budget"); only a run of numbers counting on by one makes them items.
 */
const marker = new RegExp(
	String.raw`(?<=^|\s)(?:§\s*(\d{1,4})(?=[\s.:])|(\d{1,4})\s*§(?=\s)|(\d{1,3})[.:)](?=\s*\p{Lu})|` +
		String.raw`${bodyAbbreviation}\s+(\d{1,4})(?=(?:\s+${bodyAbbreviation}\s+\d{1,4})*\s+(?:Dnr\b|\S*\d\S*\/\S*|\p{Lu}\p{Ll}))|` +
		String.raw`(\d{1,4})(?=\s+\p{Lu}\p{Ll}))`,
	'gu',
);

/** Words before a number that make it a reference ("under punkt 7)", "kl. 13:", "bilaga 3"), not an item. */
const reference = /(?:(?<!\p{L})(?:punkt(?:erna)?|p\.|kl\.?|klockan|nr|ärende|bilaga|sid(?:a|an)?|s\.|och|till)|§|–|-)\s*$/iu;

const labelWords =
	/^(?:Justeringens|Utses|Plats|Tid|Beslutande|Ledamöter|Ersättare|Tjänstgörande|Övriga|Underskrift\p{L}*|Sekreterare|Ordförande|Justerande|Paragrafer|Sammanträdesdatum|Sida)\b/u;

/** A bare number before a name or a label is presence ("§§ 69 Lena …", "133 Justeringens plats"), not an item. */
function isBareFollower(after: string): boolean {
	const word = /^\p{Lu}[\p{L}-]*/u.exec(after)?.[0] ?? '';
	const key = word.toLocaleLowerCase('sv');
	return labelWords.test(word) || givenNames.has(key) || givenNames.has(key.split('-')[0] ?? '');
}

/** Whether a person's name and a comma follow a number ("§ 133 Annika Friberg, tf. utvecklingschef"): an attendance list, not an item. */
function personFollows(after: string): boolean {
	const m = /^(\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){1,2},/u.exec(after);
	if (!m) return false;
	const key = m[1]!.toLocaleLowerCase('sv');
	return givenNames.has(key) || givenNames.has(key.split('-')[0] ?? '');
}

/** Whether an offset is inside a parenthesis opened before it and not yet closed. */
function insideParentheses(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** A place where an item may open, with whether its number stands bare and the words after it. */
type Marker = ItemMarker & { bare: boolean; follower: string };

/** The places in one text where an item may open. */
function markersOf(text: string, at: number): Marker[] {
	return (
		[...text.matchAll(marker)]
			.filter((m) => !reference.test(text.slice(Math.max(0, m.index - 12), m.index)) && !insideParentheses(text, m.index))
			.map((m) => {
				const bare = m[5] !== undefined;
				const rest = text.slice(m.index + m[0].length).trimStart();
				return { text: at, index: m.index, number: Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]), bare, follower: rest };
			})
			.filter((m) => !m.bare || !isBareFollower(m.follower))
			// "ekonomichef § 133 Annika Friberg, tf. utvecklingschef § 132": paragraphs an official attended, before the next one's name
			.filter((m) => !personFollows(m.follower))
			// a year before a capital ("2016 Budget") is a date, not a paragraph
			.filter((m) => !(m.bare && m.number >= 1900 && m.number < 2100))
	);
}

/**
 * The runs of markers that count on by one (3, 4, 5 …), each after the one before, from every start: taking the next
 * number wherever it stands, and taking it only where it is written as the start is ("1. …", "2. …" or "1 …", "2 …").
 */
function runs(markers: readonly Marker[]): Marker[][] {
	const found: Marker[][] = [];
	for (let start = 0; start < markers.length; start++) {
		for (const alike of [false, true]) {
			const run = [markers[start]!];
			for (let k = start + 1; k < markers.length; k++) {
				if (markers[k]!.number === run[run.length - 1]!.number + 1 && (!alike || markers[k]!.bare === run[0]!.bare)) run.push(markers[k]!);
			}
			found.push(run);
		}
	}
	return found;
}

/** Of two runs, the better: the longer; as long, the one written one way throughout, then the one with fewer bare numbers, then the tighter. */
function better(a: readonly Marker[], b: readonly Marker[]): boolean {
	if (b.length !== a.length) return b.length > a.length;
	const mixed = (run: readonly Marker[]) => run.some((m) => m.bare !== run[0]!.bare);
	if (mixed(a) !== mixed(b)) return mixed(a);
	const bare = (run: readonly Marker[]) => run.filter((m) => m.bare).length;
	if (bare(a) !== bare(b)) return bare(b) < bare(a);
	// "1. Ärende … (in § 50) … 1. Snabbrapport 2. Miljöcertifiering …": the run whose numbers stand together
	return before(a[0]!, b[0]!) && !before(a[a.length - 1]!, b[b.length - 1]!);
}

/** Document order of two markers. */
function before(a: ItemMarker, b: ItemMarker): boolean {
	return a.text < b.text || (a.text === b.text && a.index < b.index);
}

/**
 * Whether `inner` lies within one item of `outer`: it starts after one of outer's markers and ends before the next one
 * (or after the last, with the text of that last marker), sharing none of them.
 */
function nestedIn(inner: readonly ItemMarker[], outer: readonly ItemMarker[]): boolean {
	if (inner.some((m) => outer.includes(m))) return false;
	const k = outer.findLastIndex((m) => before(m, inner[0]!));
	if (k < 0) return false;
	const next = outer[k + 1];
	return next ? before(inner[inner.length - 1]!, next) : inner[inner.length - 1]!.text <= outer[k]!.text;
}

/** Whether an item's piece of text holds a sentence (an agenda or a table of contents holds only titles). */
function hasSentence(piece: string): boolean {
	return /\p{Ll}[.!?](?:\s|$)/u.test(piece.trim());
}

/** How the texts to search came about. */
export interface FindItemRunOptions {
	/** Per text, the number of the transcript's page (a whole page made one line) it comes from, or `null`: a number right after a page's header opens an item. */
	pages?: readonly (number | null)[];
}

/** Lines this long hold more than one paragraph: a web page or a transcript flattened the layout (a transcript's page is one). */
export const flattenedLength = 160;

/** The longest page header before a page's first item: the letterhead, the kind of document and the page ("Sida 3 (24)"). */
const pageHeaderLength = 100;

/** A page's header: nothing, the page ("Sida 3 (24)", "2 (44)", "3 av 12", "[36]") at its end, or a letterhead of capitalised words ("NORDANSTIGS KOMMUN"). */
function isPageHeader(text: string): boolean {
	const t = text.trim();
	// "INNEHÅLLSFÖRTECKNING 33 Delårsbokslut …": a table of contents lists the paragraphs
	if (/innehåll|ärendelista|förteckning|föredragningslista|dagordning/iu.test(t)) return false;
	return (
		t === '' ||
		/(?:^|\s)(?:Sida:?\s*)?\d{1,3}(?:\s*\(\d{1,3}\)|\s+av\s+\d{1,3})?$/u.test(t) ||
		/\[\d{1,3}\]$/u.test(t) ||
		t.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))
	);
}

/**
 * Paragraphs that each open a page of a transcript that lost their `§` and the stated range ("SAMMANTRÄDESPROTOKOLL 3
 * (21) 196 Ändring av dagordningen Ärende 5-9 utgår."): the first number on a page, after nothing but its header (no
 * sentence, a few words), with a capitalised title and a sentence after it; their numbers rise (a table of contents
 * that lists the same paragraph has no sentences).
 */
function pageOpeners(
	texts: readonly string[],
	pages: readonly (number | null)[],
	markers: readonly Marker[],
	piece: (m: Marker, next: undefined) => string,
): Marker[] {
	const found: Marker[] = [];
	for (let at = 0; at < texts.length; at++) {
		const page = pages[at];
		// the page's own number ("3 Kommunstyrelsen [36] KS 137 …") is not a paragraph
		const first = page === null || page === undefined ? undefined : markers.find((m) => m.text === at && !(m.index === 0 && m.number === page));
		if (!first || first.index > pageHeaderLength || !isPageHeader(texts[at]!.slice(0, first.index))) continue;
		// a stored page may end inside the item's first sentence: many words on the last page are as good as a sentence
		const text = piece(first, undefined);
		const holdsText = hasSentence(text) || (at === texts.length - 1 && text.split(/\s+/u).length >= 12);
		if (!/^\p{Lu}\p{Ll}/u.test(first.follower) || !holdsText) continue;
		if (found.length === 0 || first.number > found[found.length - 1]!.number) found.push(first);
	}
	return found;
}

/** The paragraph range a protokoll's first page states ("Paragrafer 101–118", "Justerade paragrafer 132-142"). */
export function statedParagraphs(texts: readonly string[]): { from: number; to: number } | null {
	for (const text of texts) {
		const m = /(?<![\p{L}])[Pp]aragraf(?:er)?\s*:?\s*(\d{1,4})\s*[-–]\s*(\d{1,4})(?!\d)/u.exec(text);
		if (m && Number(m[1]) <= Number(m[2])) return { from: Number(m[1]), to: Number(m[2]) };
	}
	return null;
}

/**
 * Where the items of texts that lost their layout start (flattened lines, or whole pages a transcript turned into one
 * line each): the longest run of item numbers counting on by one across the texts, in order. A run nested in one
 * item of another run is a list inside that item; numbers whose next words repeat are page headers (items have
 * titles of their own); numbers outside the paragraphs the first page states (`range`) are not items; one number alone is an
 * item only when it is the first of those paragraphs. Numbers with only a title after each are an agenda, not items.
 */
export function findItemRun(texts: readonly string[], range: { from: number; to: number } | null = null, options: FindItemRunOptions = {}): ItemMarker[] {
	const found = texts.flatMap((text, at) => markersOf(text, at));
	let markers = found;
	// "2 Kommunstyrelsen [36] …", "3 Kommunstyrelsen [36] …": page numbers before a repeated header
	const key = (follower: string) => follower.split(/\s+/u).slice(0, 3).join(' ').replace(/\d+/gu, '#').toLocaleLowerCase('sv');
	const count = new Map<string, number>();
	for (const m of markers) count.set(key(m.follower), (count.get(key(m.follower)) ?? 0) + 1);
	markers = markers.filter((m) => (count.get(key(m.follower)) ?? 0) < 2);
	if (range) markers = markers.filter((m) => m.number >= range.from && m.number <= range.to);
	const all = runs(markers);
	// of two runs as long, the one whose numbers are written as items ("1. Fastställande …"), not bare ("4/97 1 Protokoll …")
	let best = all.reduce<Marker[]>((a, b) => (better(a, b) ? b : a), []);
	// "50 Fastställande … 51 Landstingsdirektörens rapport 1. Snabbrapport 2. Miljöcertifiering …": the outer run wins
	const outer = all.filter((run) => run.length >= 2 && run !== best && nestedIn(best, run));
	if (outer.length > 0) best = outer.reduce((a, b) => (b.length > a.length ? b : a));
	const piece = (m: ItemMarker, next: ItemMarker | undefined) =>
		next && next.text === m.text ? texts[m.text]!.slice(m.index, next.index) : texts[m.text]!.slice(m.index);
	if (best.length < 2) {
		// one paragraph alone: the first of those the first page states, with text of its own
		// (a stored page may end inside that text's first sentence: a long text is as good as a sentence)
		const first =
			range === null ? undefined : markers.find((m) => m.number === range.from && (hasSentence(piece(m, undefined)) || piece(m, undefined).length >= 200));
		if (first) return [first];
		return options.pages && range === null ? pageOpeners(texts, options.pages, found, piece) : [];
	}
	// "1 Mötets öppnande 2 Föregående minnesanteckningar 3 …": items hold sentences
	const withSentences = best.filter((m, k) => hasSentence(piece(m, best[k + 1]))).length;
	if (withSentences * 2 < best.length) return options.pages && range === null ? pageOpeners(texts, options.pages, found, piece) : [];
	return best;
}

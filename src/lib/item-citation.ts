/** What a citation of one item is made of. */
export interface CitationInput {
	/** The body's full name (`Kommunstyrelsen`). */
	bodyName: string;
	/** The organisation behind the body (`Falkenbergs kommun`), or `null`. */
	organization: string | null;
	/** The meeting date as far as the minutes tell (`2019-03-12`, `2019-03`), or `null`. */
	date: string | null;
	/** The item's number as written (`12`, `2.1`), or `null` for an unnumbered item. */
	number: string | null;
	/** Whether the minutes number their items with `§` (a formal protokoll) rather than as points. */
	paragraphs: boolean;
	title: string;
	/** The item's permalink: the meeting page's absolute address with the item's `#anchor`. */
	permalink: string;
}

/** A citation of an item and its links: the permalink, and the permalink with a text fragment that highlights the title. */
export interface Citation {
	text: string;
	permalink: string;
	/** The permalink with a text fragment (`#punkt-12:~:text=Motion%20om%20fler`) that browsers scroll to and highlight. */
	textLink: string;
}

/** Words of the title a text fragment quotes: enough to be unique on the page, few enough to survive a small edit. */
const fragmentWords = 6;

/** Percent-encodes a text directive's term: `-`, `,` and `&` have a meaning in it and are encoded too. */
function directiveTerm(text: string): string {
	return encodeURIComponent(text).replace(/-/gu, '%2D');
}

/** The citation of one item: "Kommunstyrelsen, Falkenbergs kommun, 2019-03-12, § 12, <permalink>". */
export function itemCitation(input: CitationInput): Citation {
	const where = input.number === null ? null : input.paragraphs ? `§ ${input.number}` : `punkt ${input.number}`;
	const parts = [input.bodyName, input.organization, input.date, where, `”${input.title}”`, input.permalink].filter(
		(part): part is string => part !== null && part !== '',
	);
	const quoted = input.title.split(/\s+/u).slice(0, fragmentWords).join(' ');
	return { text: parts.join(', '), permalink: input.permalink, textLink: `${input.permalink}:~:text=${directiveTerm(quoted)}` };
}

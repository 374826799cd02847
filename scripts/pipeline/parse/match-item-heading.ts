import { parseCaseNumbers } from './parse-case-numbers.ts';

/** A line that may open an item: its number, its title as written and how strong the signal is. */
export interface ItemHeading {
	/** The item's number; for a sub-item (`2.1`, `2a`) the number of the item it belongs to. */
	number: number;
	title: string;
	/** `§ 12`, `12 §`, `KS § 12`, `Punkt 3`, `Ärende 3:` are strong; `1. Title` and `1 Title` are weak and need the agenda or the layout to confirm them. */
	strong: boolean;
	/** Whether the number had no dot (`1 Title`). */
	bare: boolean;
	/** The number as written when it is not a plain one: `2.1`, `2a` (a sub-item); else `null`. */
	label: string | null;
	/** Case numbers written on the heading line itself (`§ 12 Budget 2020 Dnr KS 2018/124`), taken out of the title. */
	caseNumbers: string[];
	/** Whether words on the line are neither number nor title (a body's abbreviation, earlier references), so the line is kept as written. */
	prefixed: boolean;
}

/** `§ 12`, `§ 988.`, `KF § 101`, `KSAU §3`, `§ 52/2019`, with a title after it or none (it is on the next line). */
const paragraph = /^\s*(?:\p{Lu}[\p{L}-]{0,9}\s+)?§\s*(\d{1,4})(\/\d{4}|\/\d{2}(?!\d))?\s*[.:]?(?:\s+(\S.*))?$/u;
/** A body's abbreviation before a paragraph number whose `§` a transcript dropped: `KS`, `Ks`, `TN`, `Sn`, `KSAU` (a pattern source). */
export const bodyAbbreviation = String.raw`(?:[A-ZÅÄÖ][a-zåäö]?|[A-ZÅÄÖ]{2,5})`;
/** `12 §`, `33 § Title`. */
const trailing = /^\s*(\d{1,4})\s*§\s*[.:]?(?:\s+(\S.*))?$/u;
const named = /^\s*(?:punkt|ärende|paragraf|p\.)\s*(\d{1,3})\s*[.:)]?(?:\s+(\S.*))?$/iu;
/** `1. Title`, `1) Title`, `7.Mötet avslutas`, `1:Mötet öppnas`, `#1 Title`. */
const dotted = /^\s*(\d{1,3})(?:[.):]\s+|[.):](?=\p{Lu}\p{Ll}))(\S.*)$/u;
const hashed = /^\s*#(\d{1,3})\s+(\S.*)$/u;
/** `2.1 Mötets behörighet`, `2.1. Title`, `2a Title`, `2a. Title`, `2 a) Title` (never a time such as `8.30 Samling`). */
const sub = /^\s*([1-9]\d{0,2})(?:\.([1-9]|1\d|20)(?:\.([1-9]\d?))?\.?|([a-zåäö])[.)]?|\s([a-zåäö])[.)])\s+(\p{Lu}.*)$/u;
const bare = /^\s*(\d{1,3})\s+(\p{Lu}.*)$/u;
/**
 * `Ks 1 Dnr 2012-KS Namninsamling …`, `KSAU 130/2014 Dnr 2014/ Ombudgetering 2014`, `MBN 27 Dnr MB Information`: a
 * body's abbreviation and the number of a paragraph whose `§` a transcript dropped, confirmed by the `Dnr` after it.
 */
const abbreviated = new RegExp(String.raw`^\s*${bodyAbbreviation}\s+(\d{1,4})(?:\/\d{2,4})?\s+(Dnr\b.*)$`, 'u');
/**
 * `KS 136 Val av protokolljusterare`, `TN 2 09/TN 0044 Mål och resursplan`, `Sn 50 Au 84 Sn 34 Dnr 2016/ Budget`: a
 * body's abbreviation and a paragraph number without its `§`, perhaps earlier references and a case number, then the
 * title. Weak: the numbers must count on, or segmentation must have confirmed the line.
 */
const abbreviatedTitle = new RegExp(
	String.raw`^\s*${bodyAbbreviation}\s+(\d{1,4})(?:\s+${bodyAbbreviation}\s+\d{1,4})*(?:\s+(Dnr\.?:?(?:\s*(?!\S*\p{Ll}{3})\S*\d\S*)?|\S*\d\S*\/\S*(?:\s+\d+(?!\S))?))?\s+(\p{Lu}\p{Ll}.*)$`,
	'u',
);
/** "Dnr KS 2018/124", "Dnr: 2019/45" at the start or the end of a heading's title. */
const dnrLead = /^(?:dnr|diarienr|diarienummer)\.?\s*:?\s*/iu;

function clean(title: string): string {
	const t = title.trim();
	const bold = /^(\*\*|__)(.+)\1$/u.exec(t);
	return (bold ? bold[2]! : t).trim();
}

/** A filing code after a case number ("107", "KS-5"): part of the case number as written. */
const filingCode = /^\d+$|^(?=\S*\d)\p{Lu}+[-./]?\d+$/u;

/** Takes case numbers written on the heading line out of its title: "Budget 2020 Dnr KS 2018/124" → "Budget 2020". */
function splitCaseNumbers(title: string): { title: string; caseNumbers: string[] } {
	const found = parseCaseNumbers(title).filter((number) => dnrLead.test(number) || /^\p{Lu}{1,6}(?:\s?\d{4}\/|\/\d{4}[:.-])/u.test(number));
	if (found.length === 0) return { title, caseNumbers: [] };
	let rest = title;
	for (const number of found) rest = rest.replace(number, ' ');
	rest = rest
		.replace(/\(\s*\)/gu, ' ')
		.replace(/\s+/gu, ' ')
		.replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '')
		.trim();
	// "Dnr KS 02-820 107", "Dnr 2018/0219 KS-5": the filing code after the case number is part of it, not a title (that is on the next line)
	if (filingCode.test(rest)) return { title: '', caseNumbers: [...found.slice(0, -1), `${found[found.length - 1]} ${rest}`] };
	return { title: rest, caseNumbers: found };
}

/** "DNR: KU.2017.3", "Dnr 2019/45 Budget 2020": a register number right after the paragraph number, the title (if any) after it. */
const dnrFirst = /^(?:dnr|diarienr|diarienummer)\.?\s*:?\s*((?!\S*\p{Ll}{3})\S*\d\S*)(?:\s+(.*))?$/iu;
/** "Dnr Redovisning av …", "Dnr 4R-analys": a register label whose number a transcript dropped. */
const emptyDnr = /^(?:dnr|diarienr|diarienummer)\.?\s*:?\s+(?=\S)/iu;

function heading(number: string, title: string | undefined, strong: boolean, rest: Partial<ItemHeading> = {}): ItemHeading {
	const first = dnrFirst.exec(clean(title ?? ''));
	if (first) {
		const code = filingCode.test(first[2] ?? '');
		const split = code ? { title: '', caseNumbers: [] } : splitCaseNumbers(first[2] ?? '');
		const register = first[1]!.replace(/[,;.]$/u, '');
		return {
			number: Number(number),
			title: split.title,
			strong,
			bare: false,
			label: null,
			caseNumbers: [code ? `${register} ${first[2]}` : register, ...split.caseNumbers],
			prefixed: true,
			...rest,
		};
	}
	const cleaned = clean(title ?? '');
	const whole = splitCaseNumbers(cleaned);
	const prefixed = whole.caseNumbers.length === 0 && emptyDnr.test(cleaned);
	const split = prefixed ? splitCaseNumbers(cleaned.replace(emptyDnr, '')) : whole;
	return { number: Number(number), title: split.title, strong, bare: false, label: null, caseNumbers: split.caseNumbers, prefixed, ...rest };
}

/**
 * Recognise an item heading line ("1. Title", "§ 12 Title", "KS § 12", "12 § Title", "Punkt 3. Title", "Ärende 3:
 * Title", "7.Mötet avslutas", "#1 Title", "2.1 Title", "1 Title"), or return `null`. A strong heading may leave the
 * title empty (it is on the next line); a case number on the heading line is taken out of the title.
 */
export function matchItemHeading(text: string): ItemHeading | null {
	let m = paragraph.exec(text);
	if (m) return heading(m[1]!, m[3], true, m[2] ? { label: `${m[1]}${m[2]}` } : {});
	m = trailing.exec(text) ?? named.exec(text);
	if (m) return heading(m[1]!, m[2], true);
	m = abbreviated.exec(text);
	if (m) {
		// "Dnr 2012-KS Namninsamling …": the register number (what a transcript left of it), then the title
		const dnr = /^Dnr\.?:?\s+((?:(?!\S*\p{Ll}{3})\S*\d\S*|\p{Lu}{1,6}(?=\s|$))(?:\s+(?:\S*\d\S*|\p{Lu}{1,6}(?=\s)))?)\s*(.*)$/u.exec(m[2]!);
		if (dnr) return { number: Number(m[1]), title: clean(dnr[2]!), strong: true, bare: false, label: null, caseNumbers: [`Dnr ${dnr[1]}`], prefixed: true };
	}
	m = abbreviatedTitle.exec(text);
	if (m) {
		const found = heading(m[1]!, m[3], false, { bare: true, prefixed: true });
		return m[2] ? { ...found, caseNumbers: [m[2], ...found.caseNumbers] } : found;
	}
	m = sub.exec(text);
	// "2.1 Mötets behörighet", "2.1.1. Hemställan …", "2a Val av …"
	if (m && Number(m[2] ?? 1) > 0) return heading(m[1]!, m[6], false, { label: m[2] ? [m[1], m[2], m[3]].filter(Boolean).join('.') : `${m[1]}${m[4] ?? m[5]}` });
	m = hashed.exec(text) ?? dotted.exec(text);
	if (m && /^(?:\*\*|__)?[\p{Lu}\p{N}"”'«]/u.test(m[2]!)) return heading(m[1]!, m[2], false);
	m = bare.exec(text);
	if (m && Number(m[1]) <= 200) return heading(m[1]!, m[2], false, { bare: true });
	return null;
}

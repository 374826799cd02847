import { slugify } from '../slugify.ts';

/** A case number in its canonical form. */
export interface CaseNumber {
	/** For display: the register prefix in capitals, white space tidied (`RS181313`, `KS 2018/124`, `RS 2019-0045`); `Dnr` only when there is no prefix (`Dnr 2019/45`). */
	number: string;
	/** Stable URL id, the same however the number is written (`rs181313`, `ks-2018-124`, `rs-2019-45`, `2019-45`). */
	id: string;
}

/** Words that introduce a case number and are not part of it. */
const lead = /^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|ärende\s+nr|reg\.?\s*nr)\.?\s*:?\s*/iu;

/**
 * Normalises a case number as written (`RS 181313`, `KS2018/124`, `Dnr: RS 2019-0045`, `Dnr 2019/45`) to a
 * display form and a URL id, so that one case written two ways is one case. A year and serial
 * (`2018/124`, `2018-124`, `2018:124`) keep the separator for display; the id drops leading zeros of the
 * serial. Anything else falls back to the tidied text and its slug; `null` when nothing is left.
 */
export function normalizeCaseNumber(written: string): CaseNumber | null {
	const text = written
		.normalize('NFKC')
		.trim()
		.replace(/[.,;]+$/, '')
		.replace(lead, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (!text) return null;
	const match = /^(?<prefix>\p{L}{1,6}(?:-\p{L}{1,4})?)?[\s./-]?(?<rest>\d.*)$/u.exec(text);
	const prefix = match?.groups?.prefix?.toLocaleUpperCase('sv') ?? '';
	const rest = match?.groups?.rest ?? '';
	const yearSerial = /^(?<year>(?:19|20)?\d{2})\s*(?<separator>[/:.-])\s*(?<serial>\d{1,6})(?<tail>(?:[/:.-]\d+)*)$/.exec(rest);
	if (match && yearSerial?.groups) {
		const { year, separator, serial, tail } = yearSerial.groups as { year: string; separator: string; serial: string; tail: string };
		const serialNumber = String(Number(serial));
		const tailParts = tail
			.split(/[/:.-]/)
			.filter(Boolean)
			.map((part) => String(Number(part)));
		return {
			number: `${prefix ? `${prefix} ` : 'Dnr '}${year}${separator}${serial}${tail}`,
			id: [prefix.toLowerCase(), year, serialNumber, ...tailParts].filter(Boolean).join('-'),
		};
	}
	if (match && /^\d[\d ]*$/.test(rest)) {
		const digits = rest.replace(/ /g, '');
		return { number: `${prefix}${digits}`, id: slugify(`${prefix}${digits}`) };
	}
	const id = slugify(text);
	return id ? { number: text, id } : null;
}

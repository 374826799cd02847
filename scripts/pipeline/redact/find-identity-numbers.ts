/** A Swedish personal identity number (personnummer) or coordination number (samordningsnummer) found in text. */
export interface IdentityNumberMatch {
	/** Offsets in the text: `text.slice(start, end)` is the number as written. */
	start: number;
	end: number;
	/** 1-based line the number starts on. */
	line: number;
	kind: 'personnummer' | 'samordningsnummer';
}

// YYMMDD or YYYYMMDD, an optional separator (hyphen, plus for people over 100, or a typographic dash), then NNNC.
// Not part of a longer number, case number (`KS 2018/124`), date or code.
const candidate =
	/(?<![\p{L}\p{N}_/.:+\-\u2010-\u2015\u2212])((?:19|20)?)(\d{2})(\d{2})(\d{2})([-+\u2010-\u2015\u2212]?)(\d{3})(\d)(?![\p{L}\p{N}_]|[/.:,\-\u2010-\u2015\u2212]\p{N})/gu;
// Words that mark a phone number, bank account or similar right before the digits.
const notIdentity = /(?:tel|telefon|tfn|mobil|mob|fax|växel|konto|bankgiro|plusgiro|bg|pg|org\.?\s*nr|organisationsnummer|ordernr|fakturanr)\.?:?\s*$/iu;

/** Finds personnummer and samordningsnummer (day + 60) with a valid date and Luhn check digit; other 10- or 12-digit numbers are left alone. */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
	const found: IdentityNumberMatch[] = [];
	for (const match of text.matchAll(candidate)) {
		const [whole, century = '', yy = '', mm = '', dd = '', separator = '', serial = '', check = ''] = match;
		const start = match.index;
		if (century === '' && separator === '' && whole.length !== 10) continue;
		if (century !== '' && separator === '+') continue;
		const month = Number(mm);
		let day = Number(dd);
		const kind = day > 60 ? 'samordningsnummer' : 'personnummer';
		if (kind === 'samordningsnummer') day -= 60;
		const year = century ? Number(century + yy) : 2000 + Number(yy);
		if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month, century === '')) continue;
		if (luhn(`${yy}${mm}${dd}${serial}`) !== Number(check)) continue;
		if (notIdentity.test(text.slice(Math.max(0, start - 24), start))) continue;
		found.push({ start, end: start + whole.length, line: lineAt(text, start), kind });
	}
	return found;
}

function daysIn(year: number, month: number, centuryUnknown: boolean): number {
	if (month === 2) return centuryUnknown || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The Luhn check digit of nine digits (weights 2, 1, 2, …). */
function luhn(digits: string): number {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
		sum += product > 9 ? product - 9 : product;
	}
	return (10 - (sum % 10)) % 10;
}

function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

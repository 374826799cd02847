const caseNumber =
	/(?<![\p{L}\d/])(?:(?:Dnr|Diarienr|Diarienummer|Dnr\.)\s*:?\s*(?:[\p{Lu}]{1,6}[\s.-]?)?\d{2,4}[/.:-]\d{1,6}(?:[/.:-]\d{1,6})?|[\p{Lu}]{1,6}\s?\d{4}\/\d{1,6}(?:[/.:-]\d{1,6})?|[\p{Lu}]{1,6}\/\d{4}[:.-]\d{1,6}|[\p{Lu}]{2,4}\d{5,8})(?![\p{L}\d/])/gu;

/** Find case numbers in a text, as written ("RS181313", "KS 2018/124", "KS/2017:499", "Dnr 2019/45", "Dnr KS 2018/124"). */
export function parseCaseNumbers(text: string): string[] {
	const found: string[] = [];
	// fast path: every form has four digits, a slash after digits, or a Dnr label
	if (!/\d{4}|\d\/\d|dnr|diarie/iu.test(text)) return found;
	for (const m of text.matchAll(caseNumber)) {
		const value = m[0].trim();
		if (!found.includes(value)) found.push(value);
	}
	return found;
}

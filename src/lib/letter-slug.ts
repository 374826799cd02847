/** The URL segment of an initial letter's page: `A` → `a`, `Å` → `aa`, `Ä` → `ae`, `Ö` → `oe`, `#` → `ovrigt`; never a year. */
export function letterSlug(letter: string): string {
	const special: Record<string, string> = { Å: 'aa', Ä: 'ae', Ö: 'oe', '#': 'ovrigt' };
	return special[letter] ?? letter.toLowerCase();
}

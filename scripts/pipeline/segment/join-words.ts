const suspended = /^(?:och|eller|samt|resp\.?|respektive|till|,)(?:\s|$|,)/u;

/** Join the end of one wrapped line to the start of the next: drop a hyphen that splits a word, keep a real hyphen ("Ann-" + "Charlotte", "kommun- och"). */
export function joinWords(left: string, right: string): string {
	const a = left.replace(/\s+$/u, '');
	const b = right.replace(/^\s+/u, '');
	if (a === '') return b;
	if (b === '') return a;
	// after a capital ("SKR-" + "nätverket") the hyphen is part of the word
	if (/\p{Lu}-$/u.test(a)) return a + b;
	if (/\p{L}-$/u.test(a) && !/\s-$/u.test(a)) {
		// a suspended compound ("kommun- och") keeps hyphen and space
		if (suspended.test(b)) return `${a} ${b}`;
		// a capital or a digit after the hyphen: a real hyphen ("Ann-" + "Charlotte", "2023-" + "2024")
		if (/^[\p{Lu}\d]/u.test(b)) return a + b;
		if (/^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
	}
	return `${a} ${b}`;
}

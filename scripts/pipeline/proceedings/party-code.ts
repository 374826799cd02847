/** Party names as written in running text (`Socialdemokraterna`, `Moderaternas`, `Vänsterpartiet`) and the code each stands for. */
const names: readonly [RegExp, string][] = [
	[/^socialdemokrat(?:erna|ernas|iska)?$/iu, 'S'],
	[/^moderat(?:erna|ernas|a)?$/iu, 'M'],
	[/^sverigedemokrat(?:erna|ernas)?$/iu, 'SD'],
	[/^centerpartiet(?:s)?$|^centern(?:s)?$/iu, 'C'],
	[/^liberal(?:erna|ernas)?$/iu, 'L'],
	[/^folkpartiet(?:s)?$/iu, 'FP'],
	[/^kristdemokrat(?:erna|ernas)?$/iu, 'KD'],
	[/^vänsterpartiet(?:s)?$/iu, 'V'],
	[/^miljöpartiet(?:s)?$/iu, 'MP'],
];

/** Pattern of a party named in running text: a name (`Moderaterna`, `Socialdemokraternas`) or a code (`(S)`, `S`, `KD`). */
export const partyNamePattern = String.raw`(?:[Ss]ocialdemokrat(?:erna|ernas)|[Mm]oderaterna|[Mm]oderaternas|[Ss]verigedemokrat(?:erna|ernas)|[Cc]enterpartiet(?:s)?|[Ll]iberalerna(?:s)?|[Ff]olkpartiet(?:s)?|[Kk]ristdemokrat(?:erna|ernas)|[Vv]änsterpartiet(?:s)?|[Mm]iljöpartiet(?:s)?|\((?:[A-ZÅÄÖ]{1,4}|[a-zåäö]{1,3})\)|(?<![\p{L}])[A-ZÅÄÖ]{1,3}(?![\p{L}]))`;

/** The party code a party name or code in running text stands for (`Moderaternas` → `M`, `(kd)` → `KD`), or `null`. */
export function partyCode(written: string): string | null {
	const word = written
		.trim()
		.replace(/^\(|\)$/gu, '')
		.replace(/[-:]$/u, '');
	for (const [pattern, code] of names) if (pattern.test(word)) return code;
	if (/^[A-ZÅÄÖ]{1,4}$/u.test(word) || /^[a-zåäö]{1,3}$/u.test(word)) return word.toLocaleUpperCase('sv');
	return null;
}

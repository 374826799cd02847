import { isGiven, isNameWord } from './split-name-run.ts';

/** "Sandberg, Henrik": a surname, a comma and a given name (each perhaps hyphenated). */
const reversed = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*),\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)(?![\p{L}'’-])/gu;

/** How many surname-first names must follow each other before a list's commas are read as "surname, given name". */
const minimumRun = 3;

/**
 * A list that writes each name surname first with a comma ("Sandberg, Henrik Lindfors, Ralf Back, Eivor …", as
 * Finland-Swedish minutes do) written given name first, one name a comma ("Henrik Sandberg, Ralf Lindfors, Eivor
 * Back, …"), so the same person is one name in the list and in the signatures. Only pairs that follow each other with
 * nothing between them count, three at least with a known given name after the comma; "Anna Ek, Göteborg Per Berg,
 * Borås" (a name and the place after it) is returned as it is, as is any other text.
 */
export function reorderReversedNames(text: string): string {
	const pairs = [...text.matchAll(reversed)].filter((m) => isNameWord(m[1]!) && isNameWord(m[2]!));
	// runs of pairs that follow each other with only white space between them
	const runs: RegExpExecArray[][] = [];
	for (const m of pairs) {
		const run = runs.at(-1);
		const last = run?.at(-1);
		if (run && last && /^\s+$/u.test(text.slice(last.index + last[0].length, m.index))) run.push(m as RegExpExecArray);
		else runs.push([m as RegExpExecArray]);
	}
	// "Anna Ek, Per Holm, Lisa Berg" pairs the same way inside: a given name before the first pair and a surname after
	// the last tell it apart
	const wordBefore = (m: RegExpExecArray) => /(\S+)\s*$/u.exec(text.slice(0, m.index))?.[1] ?? '';
	const wordAfter = (m: RegExpExecArray) => /^\s*(\S+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
	const found = runs
		.filter(
			(run) =>
				run.length >= minimumRun &&
				run.filter((m) => isGiven(m[2]!) && !isGiven(m[1]!)).length >= minimumRun &&
				!isNameWord(wordBefore(run[0]!)) &&
				!isNameWord(wordAfter(run.at(-1)!)),
		)
		.flat();
	if (found.length === 0) return text;
	let out = '';
	let at = 0;
	for (const m of found) {
		out += `${text.slice(at, m.index)}${m[2]} ${m[1]},`;
		at = m.index + m[0].length;
	}
	return `${out}${text.slice(at)}`.replace(/,(\s*)$/u, '$1');
}

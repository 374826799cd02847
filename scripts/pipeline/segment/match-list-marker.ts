/** A list line: its indentation, whether it is numbered, its number and its text. */
export interface ListMarker {
	indent: number;
	ordered: boolean;
	number: number | null;
	text: string;
}

const bullet = /^([ \t]*)([-•*–\u2022\uf0b7\u25aa\u25cf\u25e6\u2043\u2219·])[ \t]+(\S.*)$/u;
const numbered = /^([ \t]*)(\d{1,2})[.)][ \t]+(\S.*)$/u;

function width(space: string): number {
	let n = 0;
	for (const c of space) n += c === '\t' ? 4 : 1;
	return n;
}

/** Recognise a bullet ("-", "•", "", "*", "–") or numbered ("1.", "2)") list line, or return `null`. */
export function matchListMarker(text: string): ListMarker | null {
	const b = bullet.exec(text);
	if (b) return { indent: width(b[1]!), ordered: false, number: null, text: b[3]! };
	const n = numbered.exec(text);
	if (n) return { indent: width(n[1]!), ordered: true, number: Number(n[2]), text: n[3]! };
	return null;
}

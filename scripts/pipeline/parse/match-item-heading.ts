/** A line that may open an item: its number, its title as written and how strong the signal is. */
export interface ItemHeading {
	number: number;
	title: string;
	/** `§ 12`, `Punkt 3`, `Ärende 3:` are strong; `1. Title` and `1 Title` are weak and need the agenda or the layout to confirm them. */
	strong: boolean;
	/** Whether the number had no dot (`1 Title`). */
	bare: boolean;
}

const paragraph = /^\s*§\s*(\d{1,4})\s*[.:]?(?:\s+(\S.*))?$/u;
const named = /^\s*(?:punkt|ärende|paragraf|p\.)\s*(\d{1,3})\s*[.:)]?(?:\s+(\S.*))?$/iu;
const dotted = /^\s*(\d{1,3})[.)]\s+(\S.*)$/u;
const bare = /^\s*(\d{1,3})\s+(\p{Lu}.*)$/u;

function clean(title: string): string {
	const t = title.trim();
	const bold = /^(\*\*|__)(.+)\1$/u.exec(t);
	return (bold ? bold[2]! : t).trim();
}

/** Recognise an item heading line ("1. Title", " 1. Title", "§ 12 Title", "Punkt 3. Title", "Ärende 3: Title", "1 Title"), or return `null`. A strong heading may leave the title empty (it is on the next line). */
export function matchItemHeading(text: string): ItemHeading | null {
	let m = paragraph.exec(text) ?? named.exec(text);
	if (m) return { number: Number(m[1]), title: clean(m[2] ?? ''), strong: true, bare: false };
	m = dotted.exec(text);
	if (m && /^(?:\*\*|__)?[\p{Lu}\p{N}"”'«]/u.test(m[2]!)) return { number: Number(m[1]), title: clean(m[2]!), strong: false, bare: false };
	m = bare.exec(text);
	if (m && Number(m[1]) <= 200) return { number: Number(m[1]), title: clean(m[2]!), strong: false, bare: true };
	return null;
}

import type { Block, ParsedMinutes } from '../../../scripts/pipeline/types.ts';

/** Split a text into comparable words: on whitespace and dashes, surrounding punctuation stripped, lower-cased. */
export function words(text: string): string[] {
	return text
		.split(/[\s\-–—/()[\],;:]+/u)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
		.filter((w) => w !== '');
}

/** A word of the input, or a word hyphenated at a line end that the parser may have joined ("planerings-" + "förutsättningarna"). */
export type InputWord = string | { parts: string[] };

/** The words of the input, without the text of removals; a lower-case word hyphenated at a line end may count as joined or as its two parts. */
export function inputWords(text: string, removed: readonly { line: number; text: string }[]): InputWord[] {
	// a removal takes only its own text out of its line: a page number split off a flattened page leaves the page's words
	const lines = text.split(/\r\n|\r|\n/u);
	for (const removal of removed) {
		const at = lines[removal.line - 1];
		if (at === undefined) continue;
		const cut = removal.text.trim();
		// the removal's text as a whole word: a page number "1" is not the "1" inside "2014"
		const escaped = cut.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
		const index = cut === '' ? -1 : (new RegExp(`(?<!\\S)${escaped}(?!\\S)`, 'u').exec(at)?.index ?? at.indexOf(cut));
		lines[removal.line - 1] = index < 0 ? '' : `${at.slice(0, index)} ${at.slice(index + cut.length)}`;
	}
	const kept = lines.join('\n');
	const marked = kept.replace(/(\p{Ll})-[ \t]*\n(?:[ \t]*\n)*[ \t]*(?!(?:och|eller|samt|till|resp|respektive)[\s,.]|,)(?=\p{Ll})/gu, '$1\u0001');
	const out: InputWord[] = [];
	for (const raw of marked.split(/[\s\-–—/()[\],;:]+/u)) {
		if (raw.includes('\u0001')) {
			const parts = raw
				.split('\u0001')
				.map((w) => words(w).join(''))
				.filter((w) => w !== '');
			if (parts.length > 1) out.push({ parts });
			else out.push(...parts);
			continue;
		}
		out.push(...words(raw));
	}
	return out;
}

function blockWords(blocks: readonly Block[], out: string[]): void {
	for (const b of blocks) {
		if (b.type === 'list') {
			b.items.forEach((item, i) => {
				if (b.ordered) out.push(String((b.start ?? 1) + i));
				out.push(...words(item.text));
				blockWords(item.children, out);
			});
		} else out.push(...words(b.text));
	}
}

/** Every word the parsed minutes hold: header, attendees, agenda, items, preamble, signature and structure lines. */
export function outputWords(parsed: ParsedMinutes): string[] {
	const out: string[] = [];
	const add = (s: string | number | null | undefined): void => {
		if (s !== null && s !== undefined) out.push(...words(String(s)));
	};
	const h = parsed.header;
	for (const v of [h.bodyName, h.title, h.documentType, h.location]) add(v);
	for (const a of parsed.attendees) {
		for (const v of [a.name, a.party, a.organization, a.title, a.presence, a.section, ...a.roles]) add(v);
	}
	for (const e of parsed.agenda) {
		add(e.number);
		add(e.title);
		add(e.day);
	}
	for (const it of parsed.items) {
		add(it.label ?? it.number);
		add(it.title);
		add(it.day);
		for (const c of it.caseNumbers) add(c);
		for (const p of it.participants) for (const v of [p.name, p.organization, p.title]) add(v);
		blockWords(it.blocks, out);
	}
	blockWords(parsed.preamble, out);
	add(parsed.signature);
	for (const l of parsed.structure) add(l.text);
	return out;
}

/** Words of the input missing from the output, counted as a multiset: `word → how many are missing`. */
export function missingWords(text: string, parsed: ParsedMinutes): Map<string, number> {
	const have = new Map<string, number>();
	for (const w of outputWords(parsed)) have.set(w, (have.get(w) ?? 0) + 1);
	const missing = new Map<string, number>();
	const take = (w: string): boolean => {
		const n = have.get(w) ?? 0;
		if (n === 0) return false;
		have.set(w, n - 1);
		return true;
	};
	const words = inputWords(text, parsed.removed);
	// plain words first, so that a joined word does not take a part another occurrence needs
	for (const w of words) if (typeof w === 'string' && !take(w)) missing.set(w, (missing.get(w) ?? 0) + 1);
	for (const w of words) {
		if (typeof w === 'string') continue;
		// the parser joins some or all of the parts: take the longest joined runs that the output holds
		let i = 0;
		while (i < w.parts.length) {
			let j = w.parts.length;
			while (j > i + 1 && !take(w.parts.slice(i, j).join(''))) j--;
			if (j === i + 1 && !take(w.parts[i]!)) missing.set(w.parts[i]!, (missing.get(w.parts[i]!) ?? 0) + 1);
			i = j;
		}
	}
	return missing;
}

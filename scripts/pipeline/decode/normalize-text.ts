import type { LocalProblem } from '../types.ts';

/** Text after normalisation, with what was changed that a reader could notice. */
export interface NormalizedText {
	text: string;
	problems: LocalProblem[];
}

// Bidirectional embeddings, overrides and isolates: they reorder what is shown without changing what is stored.
const bidi = /[\u202A-\u202E\u2066-\u2069]/g;
// Invisible characters that hide or split words: zero-width space, word joiner, invisible operators, BOM,
// soft hyphen, Mongolian vowel separator, Hangul fillers, direction marks and Unicode tag characters.
// The zero-width joiner and non-joiner (U+200C, U+200D) stay: Persian, Indic scripts and emoji need them.
const invisible = /[\u200B\u200E\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u115F\u1160\u3164\uFFA0]|\uDB40[\uDC01\uDC20-\uDC7F]/g;
// C0 and C1 control characters other than tab and line feed, and noncharacters.
const control = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Normalises decoded text: `\n` line ends, Unicode NFC, no control, zero-width or bidirectional-override characters. */
export function normalizeText(input: string): NormalizedText {
	const problems: LocalProblem[] = [];
	// Windows (CRLF), old Mac (CR), Unicode line and paragraph separators, NEL; vertical tab and form feed
	// (a manual line break and a page break in text exported from Word or a PDF) also end a line.
	let text = input
		.toWellFormed()
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\u2029\u0085\u000B\u000C]/g, '\n');
	text = text.normalize('NFC');
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		const kinds: string[] = [];
		let cleaned = line;
		for (const [kind, pattern, replacement] of [
			['bidirectional-override', bidi, ''],
			['invisible', invisible, ''],
			['control', control, ' '],
		] as const) {
			const next = cleaned.replace(pattern, replacement);
			if (next !== cleaned) kinds.push(kind);
			cleaned = next;
		}
		if (line.includes('\uFFFD')) kinds.push('unreadable (�)');
		if (cleaned !== line || kinds.length > 0) {
			problems.push({
				line: i + 1,
				severity: 'warning',
				message: kinds.includes('unreadable (�)')
					? `The line holds characters that could not be read (shown as �)${kinds.length > 1 ? `; ${kinds.filter((kind) => kind !== 'unreadable (�)').join(' and ')} characters were removed` : ''}. Check the line against the original document.`
					: `Removed ${kinds.join(' and ')} characters that would change how the line is shown or searched.`,
			});
			lines[i] = cleaned;
		}
	}
	text = lines.join('\n');
	return { text, problems };
}

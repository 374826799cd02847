import type { LocalProblem } from '../types.ts';

/** Text after normalisation, with what was changed that a reader could notice. */
export interface NormalizedText {
	text: string;
	problems: LocalProblem[];
}

// Invisible characters that change how text is read or shown: bidirectional overrides and isolates, zero-width characters, byte-order marks.
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
// C0 and C1 control characters other than tab and line feed.
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Normalises decoded text: `\n` line ends, Unicode NFC, no control, zero-width or bidirectional-override characters. */
export function normalizeText(input: string): NormalizedText {
	const problems: LocalProblem[] = [];
	let text = input.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
	text = text.normalize('NFC');
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		const cleaned = line.replace(invisible, '').replace(control, ' ');
		if (cleaned !== line) {
			const what = /[\u202A-\u202E\u2066-\u2069]/.test(line)
				? 'bidirectional-override'
				: line.replace(control, '') !== line
					? 'control'
					: 'invisible';
			problems.push({
				line: i + 1,
				severity: 'warning',
				message: `Removed ${what} characters that would change how the line is shown or searched.`,
			});
			lines[i] = cleaned;
		}
	}
	text = lines.join('\n');
	return { text, problems };
}

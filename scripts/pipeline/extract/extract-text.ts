import { decodeText } from '../decode/decode-text.ts';
import type { LocalProblem } from '../types.ts';

/** The text of a minutes file in any supported format, or the reason it has none. */
export interface ExtractedText {
	text: string | null;
	/** How the text was obtained (`utf-8`, `windows-1252`, `docx`, `pdf`). */
	format: string;
	problems: LocalProblem[];
}

/** File extensions the archive reads as minutes. */
export const minutesExtensions = ['.txt', '.md'] as const;

/** Extracts plain text from the bytes of a minutes file, choosing the reader by the file's extension. */
export async function extractText(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
	const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
	if (bytes.length === 0) {
		return { text: null, format: extension, problems: [{ line: null, severity: 'error', message: 'The file is empty. Put the text of the minutes in it, or remove it.' }] };
	}
	if (extension === '.txt' || extension === '.md') {
		if (looksBinary(bytes)) {
			return {
				text: null,
				format: extension,
				problems: [{ line: null, severity: 'error', message: `The file is named ${extension} but holds binary data, not text. Export the minutes as plain text (UTF-8), or give the file its real extension.` }],
			};
		}
		const decoded = decodeText(bytes);
		return { text: decoded.text, format: decoded.encoding, problems: decoded.problems };
	}
	return {
		text: null,
		format: extension,
		problems: [{ line: null, severity: 'error', message: `Files ending in ${extension || '(no extension)'} are not read as minutes. Supported: ${minutesExtensions.join(', ')}. Convert the file, or move it out of content/minutes/.` }],
	};
}

/** A file with NUL bytes that is not UTF-16 is binary. */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false;
	let zeros = 0;
	for (const byte of sample) if (byte === 0) zeros++;
	if (zeros === 0) return false;
	// UTF-16 without a byte-order mark has zeros on one side of each pair; binary data has them anywhere.
	let even = 0;
	for (let i = 0; i < sample.length; i += 2) if (sample[i] === 0) even++;
	const odd = zeros - even;
	return Math.min(even, odd) > zeros * 0.05 || zeros < sample.length * 0.2;
}

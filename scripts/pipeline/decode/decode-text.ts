import iconv from 'iconv-lite';
import type { DecodedText, LocalProblem } from '../types.ts';
import { normalizeText } from './normalize-text.ts';

/** Decodes the bytes of a plain-text file: byte-order marks, UTF-8, UTF-16 and Windows-1252, then normalises the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
	const problems: LocalProblem[] = [];
	let encoding: string;
	let text: string;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		encoding = 'utf-8';
		text = strictUtf8(bytes.subarray(3)) ?? lenientUtf8(bytes.subarray(3), problems);
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		encoding = 'utf-16le';
		text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		encoding = 'utf-16be';
		text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
	} else if (looksLikeUtf16(bytes)) {
		encoding = bytes[0] === 0 ? 'utf-16be' : 'utf-16le';
		text = iconv.decode(Buffer.from(bytes), encoding);
		problems.push({
			line: null,
			severity: 'warning',
			message: `The file has no byte-order mark but looks like ${encoding.toUpperCase()}; it was read as ${encoding.toUpperCase()}. Save it as UTF-8 to be sure.`,
		});
	} else {
		const utf8 = strictUtf8(bytes);
		if (utf8 !== null) {
			encoding = 'utf-8';
			text = utf8;
		} else {
			encoding = 'windows-1252';
			text = iconv.decode(Buffer.from(bytes), 'windows-1252');
			problems.push({
				line: null,
				severity: 'warning',
				message:
					'The file is not valid UTF-8; it was read as Windows-1252 (the usual encoding of older Swedish Windows files). Check that å, ä and ö look right on the page, or save the file as UTF-8.',
			});
		}
	}
	const normalized = normalizeText(text);
	return { text: normalized.text, encoding, problems: [...problems, ...normalized.problems] };
}

function strictUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

function lenientUtf8(bytes: Uint8Array, problems: LocalProblem[]): string {
	problems.push({
		line: null,
		severity: 'warning',
		message: 'The file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8; they are shown as �. Save the file again as UTF-8.',
	});
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** UTF-16 without a byte-order mark: many zero bytes, nearly all on the same side of each pair. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	if (bytes.length < 4) return false;
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
	let even = 0;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
	const pairs = sample.length / 2;
	return Math.max(even, odd) > pairs * 0.3 && Math.min(even, odd) < pairs * 0.05;
}

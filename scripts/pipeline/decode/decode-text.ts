import iconv from 'iconv-lite';
import type { DecodedText, LocalProblem } from '../types.ts';
import { normalizeText } from './normalize-text.ts';

/**
 * Decodes the bytes of a plain-text file: byte-order marks, UTF-8, UTF-16 and single-byte encodings
 * (Windows-1252, which also covers ISO-8859-1, or the old DOS code page 850), then normalises the text.
 * Whenever the encoding is not certain, a warning says which one was chosen.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const problems: LocalProblem[] = [];
	let encoding: string;
	let text: string;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		encoding = 'utf-8';
		text = strictUtf8(bytes.subarray(3)) ?? lenientUtf8(bytes.subarray(3), problems);
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		encoding = 'utf-16le';
		text = utf16(bytes.subarray(2), encoding, problems);
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		encoding = 'utf-16be';
		text = utf16(bytes.subarray(2), encoding, problems);
	} else if (looksLikeUtf16(bytes)) {
		encoding = utf16Order(bytes);
		text = utf16(bytes, encoding, problems);
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
			const chosen = singleByte(bytes);
			encoding = chosen.encoding;
			text = chosen.text;
			problems.push({ line: null, severity: 'warning', message: chosen.message });
		}
	}
	const mojibake = findMojibake(text);
	if (mojibake) problems.push(mojibake);
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

/** Decodes UTF-16; an odd byte count or unpaired surrogates are reported and shown as �. */
function utf16(bytes: Uint8Array, encoding: string, problems: LocalProblem[]): string {
	const even = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
	const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(even);
	if (even !== bytes || decoded.includes('\uFFFD')) {
		problems.push({
			line: null,
			severity: 'warning',
			message: `The file is ${encoding.toUpperCase()} but is cut off or damaged; unreadable characters are shown as �. Save the file again as UTF-8.`,
		});
	}
	return decoded;
}

/** UTF-16 without a byte-order mark: many zero bytes, nearly all on the same side of each pair. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	if (bytes.length < 4) return false;
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
	let even = 0;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
	const pairs = sample.length / 2;
	return Math.max(even, odd) > pairs * 0.3 && Math.min(even, odd) < pairs * 0.05;
}

/** Big-endian when the zero bytes come first in each pair. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' {
	let even = 0;
	let odd = 0;
	for (let i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
	return even > odd ? 'utf-16be' : 'utf-16le';
}

// Letters Swedish text is made of, and characters that in running text point at the wrong code page.
const swedish = /[åäöÅÄÖéÉüÜ]/g;
const unlikely = /[\uFFFD\u0080-\u009F†‡‰„•˜™›œšž¤¦¨¬±²³µ¶·¸¹º¼½¾Ž\u2500-\u259F]/g;

/** Chooses between Windows-1252 (and ISO-8859-1, its subset) and DOS code page 850 by how Swedish the text reads. */
function singleByte(bytes: Uint8Array): { encoding: string; text: string; message: string } {
	const buffer = Buffer.from(bytes);
	const windows = iconv.decode(buffer, 'windows-1252');
	const dos = iconv.decode(buffer, 'cp850');
	const score = (text: string) => (text.match(swedish)?.length ?? 0) - 2 * (text.match(unlikely)?.length ?? 0);
	if (score(dos) > score(windows) && score(dos) > 0) {
		return {
			encoding: 'cp850',
			text: dos,
			message:
				'The file is not valid UTF-8 and reads as the old DOS code page 850 (not Windows-1252); it was read as code page 850. Check that å, ä and ö look right on the page, or save the file as UTF-8.',
		};
	}
	return {
		encoding: 'windows-1252',
		text: windows,
		message:
			'The file is not valid UTF-8; it was read as Windows-1252 (the usual encoding of older Swedish Windows files, which also covers ISO-8859-1). Check that å, ä and ö look right on the page, or save the file as UTF-8.',
	};
}

// UTF-8 bytes of Swedish and other Latin letters read as Windows-1252: "Ã¥" for "å", "Ã¤" for "ä", "â€“" for "–".
const doubleEncoded =
	/Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0093\u0094\u0098\u0099\u009C\u009D“”˜™œ\u009D¦¢]/u;

/** A warning when text looks like UTF-8 that was once read as Windows-1252 and saved again ("mojibake"). */
function findMojibake(text: string): LocalProblem | null {
	const lines = text.split(/\r\n|\r|\n/);
	const index = lines.findIndex((line) => doubleEncoded.test(line));
	if (index < 0) return null;
	const sample = (lines[index]?.match(doubleEncoded)?.[0] ?? '').trim();
	return {
		line: index + 1,
		severity: 'warning',
		message: `The text looks garbled ("${sample}" where a letter such as å, ä or ö belongs): the file was probably saved as UTF-8, opened as Windows-1252 and saved again. It was published as it is; open the original document and export it again as UTF-8.`,
	};
}

import { decodeText } from '../decode/decode-text.ts';
import { normalizeText } from '../decode/normalize-text.ts';
import type { LocalProblem } from '../types.ts';
import { docxToText } from './docx-to-text.ts';
import { markdownItemHeadings, markdownToLines } from './markdown-to-lines.ts';
import { pdfToText } from './pdf-to-text.ts';
import { sniffFormat } from './sniff-format.ts';

/** The text of a minutes file in any supported format, or the reason it has none. */
export interface ExtractedText {
	text: string | null;
	/** How the text was obtained (`utf-8`, `windows-1252`, `docx`, `pdf`; `markdown/utf-8` for Markdown). */
	format: string;
	problems: LocalProblem[];
	/** Line numbers of item headings the format marks as headings (Markdown `##`), for the parser. */
	headings?: number[];
}

/** File extensions the archive reads as minutes. */
export const minutesExtensions = ['.txt', '.md', '.docx', '.pdf'] as const;

/** What to do with formats staff often have that the archive does not read. */
const advice: Record<string, string> = {
	'.doc': 'This is an old Word file (.doc). Open it in Word and save it as .docx (Word document).',
	'.rtf': 'Open the file in Word and save it as .docx (Word document).',
	'.odt': 'Open the file in LibreOffice or Word and save it as .docx (Word document).',
	'.pages': 'Export the file from Pages as Word (.docx) or PDF.',
	'.html': 'Save the page as plain text (.txt) or open it in Word and save it as .docx.',
	'.htm': 'Save the page as plain text (.txt) or open it in Word and save it as .docx.',
	'.jpg': 'This is an image. Run OCR on it and upload the text, or upload the Word/text version.',
	'.jpeg': 'This is an image. Run OCR on it and upload the text, or upload the Word/text version.',
	'.png': 'This is an image. Run OCR on it and upload the text, or upload the Word/text version.',
	'.tif': 'This is an image. Run OCR on it and upload the text, or upload the Word/text version.',
	'.tiff': 'This is an image. Run OCR on it and upload the text, or upload the Word/text version.',
};

/** Names of formats recognised from a file's first bytes, for messages. */
const sniffedNames: Record<string, string> = {
	pdf: 'a PDF (rename it to .pdf)',
	zip: 'a Word document or another zip file (if it is a Word document, rename it to .docx)',
	ole: 'an old Word (.doc) or other Office file (open it in Word and save it as .docx)',
	rtf: 'an RTF document (open it in Word and save it as .docx)',
	image: 'an image (run OCR on it, or upload the Word/text version)',
};

/** Extracts plain text from the bytes of a minutes file, choosing the reader by the file's extension. Never throws. */
export async function extractText(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
	const dot = fileName.lastIndexOf('.');
	const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
	if (bytes.length === 0 || (bytes.length < 16 && [...bytes].every((byte) => byte <= 0x20))) {
		return error(extension, 'The file is empty. Put the text of the minutes in it, or remove it.');
	}
	const sniffed = sniffFormat(bytes);
	try {
		switch (extension) {
			case '.txt':
			case '.md': {
				if (sniffed && sniffed !== 'text') {
					return error(extension, `The file is named ${extension} but is ${sniffedNames[sniffed] ?? 'not text'}.`);
				}
				if (looksBinary(bytes)) {
					return error(
						extension,
						`The file is named ${extension} but holds binary data, not text. Export the minutes as plain text (UTF-8), or give the file its real extension.`,
					);
				}
				const decoded = decodeText(bytes);
				if (extension === '.txt') return { text: decoded.text, format: decoded.encoding, problems: decoded.problems };
				return {
					text: markdownToLines(decoded.text),
					format: `markdown/${decoded.encoding}`,
					problems: decoded.problems,
					headings: markdownItemHeadings(decoded.text),
				};
			}
			case '.docx': {
				if (sniffed === 'pdf') return error(extension, `The file is named .docx but is ${sniffedNames.pdf}.`);
				if (sniffed === 'ole')
					return error(
						extension,
						'The file is named .docx but is an old Word (.doc) file or is password-protected. Open it in Word and save it as .docx (Word document) without a password.',
					);
				const read = await docxToText(bytes);
				return normalized(read.text, 'docx', read.problems);
			}
			case '.pdf': {
				if (sniffed !== 'pdf') {
					return error(
						extension,
						`The file is named .pdf but is not a PDF${sniffed && sniffed !== 'text' ? ` (it is ${sniffedNames[sniffed]})` : ''}. Export the minutes again as PDF, or upload the Word/text version.`,
					);
				}
				const read = await pdfToText(bytes);
				return normalized(read.text, 'pdf', read.problems);
			}
			default:
				return error(
					extension,
					`Files ending in ${extension || '(no extension)'} are not read as minutes. ${advice[extension] ?? ''} Supported: ${minutesExtensions.join(', ')}. Convert the file, or move it out of content/minutes/.`.replace(
						/ {2,}/g,
						' ',
					),
				);
		}
	} catch (caught) {
		return error(
			extension,
			`The file could not be read (${((caught as Error).message ?? String(caught)).split('\n')[0]}). Save or export it again, or upload it as plain text (.txt).`,
		);
	}
}

function error(format: string, message: string): ExtractedText {
	return { text: null, format, problems: [{ line: null, severity: 'error', message }] };
}

/** Text from a document reader goes through the same Unicode normalisation as a text file. */
function normalized(text: string | null, format: string, problems: LocalProblem[]): ExtractedText {
	if (text === null) return { text, format, problems };
	const result = normalizeText(text);
	return { text: result.text, format, problems: [...problems, ...result.problems] };
}

/**
 * Whether bytes are mostly not text: UTF-16 (with or without a byte-order mark) is text; otherwise a file is binary
 * when more than one byte in ten of its start is NUL or another control character. A stray NUL or BEL inside
 * otherwise valid text is not binary: normalisation removes it with a warning that names the line.
 */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false;
	let zeros = 0;
	let controls = 0;
	for (const byte of sample) {
		if (byte === 0) zeros++;
		else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
	}
	if (zeros + controls === 0) return false;
	// UTF-16 without a byte-order mark has zeros on one side of each pair; binary data has them anywhere.
	let even = 0;
	for (let i = 0; i < sample.length; i += 2) if (sample[i] === 0) even++;
	const odd = zeros - even;
	if (zeros > sample.length * 0.2 && Math.min(even, odd) <= zeros * 0.05) return false;
	return zeros + controls > sample.length * 0.1;
}

import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { LocalProblem } from '../types.ts';
import { textItemsToLines } from './text-items-to-lines.ts';

/** Plain text of a PDF's text layer, or `null` with the reason in `problems`. */
export interface PdfText {
	text: string | null;
	problems: LocalProblem[];
}

/** Reads the text layer of a PDF with unpdf and rebuilds its lines; a PDF without one (a scan) is an error that says what to do. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
	let pages: Awaited<ReturnType<typeof extractTextItems>>['items'];
	try {
		// pdf.js takes ownership of the buffer it is given, so it gets a copy.
		const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
		try {
			pages = (await extractTextItems(document)).items;
		} finally {
			await document.destroy();
		}
	} catch (error) {
		const name = (error as { name?: string }).name ?? '';
		if (name === 'PasswordException') {
			return fail('The PDF is password-protected. Upload a version without a password, or the Word/text version.');
		}
		return fail(
			`The PDF is damaged and could not be read (${((error as Error).message ?? String(error)).split('\n')[0]}). Export the PDF again from the original document, or upload the Word/text version.`,
		);
	}
	const text = textItemsToLines(pages);
	if (text.replace(/\s/g, '') === '') {
		return fail('The PDF has no text layer (it is a scanned image). Run OCR on it or upload the Word/text version.');
	}
	return { text, problems: [] };
}

function fail(message: string): PdfText {
	return { text: null, problems: [{ line: null, severity: 'error', message }] };
}

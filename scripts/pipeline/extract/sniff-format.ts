/** A format recognised from a file's first bytes; `text` when nothing else matched. */
export type SniffedFormat = 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'text';

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((byte, i) => bytes[at + i] === byte);

/** Recognises PDF, zip (.docx), old Office (OLE), RTF and common images from their signatures, whatever the file is named. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	const pdf = head.indexOf('%PDF-');
	if (pdf === 0 || (pdf > 0 && /\bobj\b/.test(head))) return 'pdf';
	if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
	if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
	if (head.startsWith('{\\rtf')) return 'rtf';
	if (
		starts(bytes, [0xff, 0xd8, 0xff]) ||
		starts(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		starts(bytes, [0x47, 0x49, 0x46, 0x38]) ||
		starts(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
		starts(bytes, [0x4d, 0x4d, 0x00, 0x2a])
	) {
		return 'image';
	}
	return 'text';
}

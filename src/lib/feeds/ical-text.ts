/** Escapes a TEXT value per RFC 5545 §3.3.11: `\` `;` `,` are backslashed, line breaks become `\n`. */
export function icalText(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

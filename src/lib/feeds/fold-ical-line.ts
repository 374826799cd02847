const encoder = new TextEncoder();

/** Folds a content line per RFC 5545 §3.1: at most 75 octets per physical line, continuations start with a space, UTF-8 characters are never split; lines are joined with CRLF. */
export function foldIcalLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > 75) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n');
}

import type { SourceLine } from '../types.ts';

/** Split decoded text into lines with their 1-based source numbers; trailing whitespace is dropped, leading indentation kept. */
export function splitLines(text: string): SourceLine[] {
	const parts = text.split(/\r\n|\r|\n/);
	const lines: SourceLine[] = [];
	for (let i = 0; i < parts.length; i++) {
		lines.push({ text: (parts[i] ?? '').replace(/[\s\u00a0\u200b\ufeff]+$/u, ''), line: i + 1 });
	}
	while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
	return lines;
}

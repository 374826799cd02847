import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../scripts/pipeline/decode/decode-text.ts';
import { normalizeText } from '../../scripts/pipeline/decode/normalize-text.ts';

const swedish = 'Mötesanteckningar – Kommunalt forum\nPlats: Växjö, Åre\n';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const warnings = (text: ReturnType<typeof decodeText>) => text.problems.filter((problem) => problem.severity === 'warning');

describe('UTF-8', () => {
	it('reads UTF-8 without a byte-order mark, silently', () => {
		const decoded = decodeText(utf8(swedish));
		expect(decoded).toEqual({ text: swedish, encoding: 'utf-8', problems: [] });
	});
	it('drops a UTF-8 byte-order mark', () => {
		const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(swedish)]));
		expect(decoded.text).toBe(swedish);
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.problems).toEqual([]);
	});
	it('warns when a file with a UTF-8 byte-order mark holds other bytes', () => {
		const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe5, 0x42]));
		expect(decoded.text).toBe('A\uFFFDB');
		expect(warnings(decoded).length).toBeGreaterThan(0);
	});
});

describe('UTF-16', () => {
	it('reads UTF-16 LE with a byte-order mark', () => {
		const decoded = decodeText(new Uint8Array([0xff, 0xfe, ...bytes(swedish, 'utf-16le')]));
		expect(decoded.text).toBe(swedish);
		expect(decoded.encoding).toBe('utf-16le');
		expect(decoded.problems).toEqual([]);
	});
	it('reads UTF-16 BE with a byte-order mark', () => {
		const decoded = decodeText(new Uint8Array([0xfe, 0xff, ...bytes(swedish, 'utf-16be')]));
		expect(decoded.text).toBe(swedish);
		expect(decoded.encoding).toBe('utf-16be');
	});
	it('reads UTF-16 without a byte-order mark, and says so', () => {
		for (const encoding of ['utf-16le', 'utf-16be']) {
			const decoded = decodeText(bytes(swedish, encoding));
			expect(decoded.text).toBe(swedish);
			expect(decoded.encoding).toBe(encoding);
			expect(warnings(decoded)[0]?.message).toMatch(/no byte-order mark/);
		}
	});
	it('warns about a cut-off UTF-16 file', () => {
		const decoded = decodeText(new Uint8Array([0xff, 0xfe, ...bytes('Åre', 'utf-16le'), 0x41]));
		expect(decoded.text).toBe('Åre');
		expect(warnings(decoded)[0]?.message).toMatch(/cut off or damaged/);
	});
});

describe('single-byte encodings', () => {
	it('reads Windows-1252 and says which encoding was chosen', () => {
		const decoded = decodeText(bytes('Växjö – “Åre” …\n', 'windows-1252'));
		expect(decoded.text).toBe('Växjö – “Åre” …\n');
		expect(decoded.encoding).toBe('windows-1252');
		expect(warnings(decoded)).toHaveLength(1);
		expect(warnings(decoded)[0]?.message).toMatch(/read as Windows-1252/);
	});
	it('treats ISO-8859-1 as Windows-1252', () => {
		const decoded = decodeText(bytes('Mötet i Växjö, Åre och Umeå.', 'iso-8859-1'));
		expect(decoded.text).toBe('Mötet i Växjö, Åre och Umeå.');
		expect(decoded.encoding).toBe('windows-1252');
	});
	it('recognises the DOS code page 850 and says so', () => {
		const decoded = decodeText(bytes('Mötet i Växjö, Åre och Umeå. Närvarande: Gunnel Rydberg', 'cp850'));
		expect(decoded.text).toBe('Mötet i Växjö, Åre och Umeå. Närvarande: Gunnel Rydberg');
		expect(decoded.encoding).toBe('cp850');
		expect(warnings(decoded)[0]?.message).toMatch(/code page 850/);
	});
});

describe('mojibake', () => {
	it('warns, with the line, about UTF-8 that was read as Windows-1252 and saved again', () => {
		const garbled = iconv.decode(Buffer.from('Plats: Växjö – Åre', 'utf8'), 'windows-1252');
		expect(garbled).toContain('Ã¤');
		const decoded = decodeText(utf8(`Protokoll\n${garbled}\n`));
		const warning = warnings(decoded).find((problem) => /garbled/.test(problem.message));
		expect(warning?.line).toBe(2);
	});
	it('does not warn about ordinary text', () => {
		expect(decodeText(utf8('SÃO PAULO och Ã är ovanligt men möjligt')).problems).toEqual([]);
	});
});

describe('line ends', () => {
	it.each([
		['CRLF', 'a\r\nb\r\n'],
		['CR', 'a\rb\r'],
		['LF', 'a\nb\n'],
		['mixed', 'a\r\nb\r'],
	])('turns %s into \\n', (_name, input) => {
		expect(decodeText(utf8(input)).text).toBe('a\nb\n');
	});
	it('treats line and paragraph separators, vertical tab and form feed as line ends', () => {
		expect(normalizeText('a\u2028b\u2029c\u000Bd\u000Ce').text).toBe('a\nb\nc\nd\ne');
	});
});

describe('Unicode normalisation', () => {
	it('composes a decomposed å so that search finds it', () => {
		const decomposed = 'Sa\u030Agen i Va\u0308xjo\u0308';
		const decoded = decodeText(utf8(decomposed));
		expect(decoded.text).toBe('Sågen i Växjö');
		expect(decoded.text.includes('å')).toBe(true);
		expect(decoded.problems).toEqual([]);
	});
	it('removes bidirectional overrides, zero-width and control characters with a warning on the line', () => {
		const result = normalizeText('ok\nab\u202Ecd\u200Bef\u0007g\u2066h\u2069');
		expect(result.text).toBe('ok\nabcdef g h'.replace(' h', 'h'));
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.line).toBe(2);
		expect(result.problems[0]?.message).toMatch(/bidirectional-override and invisible and control/);
	});
	it('keeps the joiners that Persian and emoji need', () => {
		const text = 'می\u200Cخواهم 👨\u200D👩\u200D👧';
		expect(normalizeText(text)).toEqual({ text, problems: [] });
	});
	it('removes Unicode tag characters used to hide text', () => {
		const hidden = [...'secret'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
		expect(normalizeText(`a${hidden}b`).text).toBe('ab');
	});
	it('reports characters that could not be read', () => {
		expect(normalizeText('x\uFFFDy').problems[0]?.message).toMatch(/could not be read/);
	});
	it('replaces an unpaired surrogate', () => {
		expect(normalizeText('a\uD800b').text).toBe('a\uFFFDb');
	});
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, minutesExtensions } from '../../scripts/pipeline/extract/extract-text.ts';
import { markdownToLines } from '../../scripts/pipeline/extract/markdown-to-lines.ts';
import { textItemsToLines } from '../../scripts/pipeline/extract/text-items-to-lines.ts';
import { makeDocx, makePdf, makeScannedPdf, makeZip } from '../helpers/make-documents.ts';

const fixtures = path.resolve('test/fixtures/formats');
const read = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
/** Non-blank lines with trailing white space removed: what must be the same whatever the format. */
const contentLines = (text: string | null) =>
	(text ?? '')
		.split('\n')
		.map((line) => line.trimEnd())
		.filter((line) => line.trim() !== '');
const onlyError = async (name: string, bytes: Uint8Array) => {
	const result = await extractText(name, bytes);
	expect(result.text).toBeNull();
	expect(result.problems).toHaveLength(1);
	expect(result.problems[0]?.severity).toBe('error');
	expect(result.problems[0]?.message).not.toMatch(/\n\s+at /);
	return result.problems[0]?.message ?? '';
};

describe('the same minutes in every format', () => {
	for (const id of ['003', '004']) {
		describe(`sample minutes ${id}`, () => {
			const txt = readFileSync(path.join(fixtures, `${id}.txt`), 'utf8');
			it('reads the .md file as the same text, line for line', async () => {
				const md = await extractText(`${id}.md`, read(`${id}.md`));
				expect(md.problems).toEqual([]);
				expect(md.format).toBe('markdown/utf-8');
				expect(md.text?.replace(/\n+$/, '')).toBe(txt.replace(/\n+$/, ''));
			});
			it.each(['docx', 'pdf'])('reads the .%s file as the same lines', async (format) => {
				const result = await extractText(`${id}.${format}`, read(`${id}.${format}`));
				expect(result.problems).toEqual([]);
				expect(result.format).toBe(format);
				expect(contentLines(result.text)).toEqual(contentLines(txt));
			});
		});
	}
});

const parserPath = path.resolve('scripts/pipeline/parse-minutes.ts');
describe('the same meeting from every format (parseMinutes)', () => {
	for (const id of ['003', '004']) {
		it.each(['md', 'docx', 'pdf'])(`gives the same header, attendees and items for ${id}.%s as for ${id}.txt`, async (format) => {
			const { parseMinutes } = (await import(parserPath)) as typeof import('../../scripts/pipeline/parse-minutes.ts');
			const parse = async (name: string) => {
				const extracted = await extractText(name, read(name));
				const parsed = parseMinutes(extracted.text ?? '', { fileName: `2020-01-01${path.extname(name)}` });
				const blockText = (blocks: typeof parsed.preamble): string =>
					blocks
						.map((block) => (block.type === 'list' ? block.items.map((item) => `${item.text} ${blockText(item.children)}`).join(' ') : block.text))
						.join(' ')
						.replace(/\s+/g, ' ');
				return {
					header: parsed.header,
					attendees: parsed.attendees.map(({ line: _line, ...attendee }) => attendee),
					items: parsed.items.map((item) => ({ number: item.number, title: item.title, text: blockText(item.blocks), participants: item.participants })),
				};
			};
			expect(await parse(`${id}.${format}`)).toEqual(await parse(`${id}.txt`));
		});
	}
});

describe('a formal protokoll as .txt, as .docx with its header in a table, and as the PDF LibreOffice made of that .docx', () => {
	const meeting = async (name: string) => {
		const { parseMinutes } = (await import(parserPath)) as typeof import('../../scripts/pipeline/parse-minutes.ts');
		const extracted = await extractText(name, read(name));
		expect(extracted.problems).toEqual([]);
		const parsed = parseMinutes(extracted.text ?? '', { fileName: `protokoll${path.extname(name)}` });
		const words = (blocks: typeof parsed.preamble): string =>
			blocks
				.map((block) => (block.type === 'list' ? block.items.map((item) => `${item.text} ${words(item.children)}`).join(' ') : block.text))
				.join(' ')
				.replace(/\s+/g, ' ');
		return {
			header: parsed.header,
			attendees: parsed.attendees.map(({ line: _line, ...attendee }) => attendee),
			items: parsed.items.map((item) => ({ number: item.number, title: item.title, caseNumbers: item.caseNumbers, text: words(item.blocks) })),
		};
	};
	it('reads the text as a reader sees it: every attendee of the long "Beslutande" line, with party and role', async () => {
		const { header, attendees, items } = await meeting('protokoll.txt');
		expect(header).toMatchObject({
			title: 'Kommunstyrelsen',
			date: '2019-03-12',
			startTime: '13:00',
			endTime: '15:30',
			location: 'Stadshuset, sammanträdesrum Lagret',
		});
		expect(attendees.map((a) => `${a.name} (${a.party ?? a.title}) ${a.roles.join('+')} ${a.status}`)).toEqual([
			'Anna Andersson (S) ordförande present',
			'Bo Berg (M) 1:e vice ordförande+justerare present',
			'Cecilia Ceder (C) 2:e vice ordförande present',
			'David Dahl (S)  present',
			'Eva Ek (SD)  present',
			'Fredrik Fors (L)  present',
			'Gunilla Gran (KD)  present',
			'Hans Holm (V)  present',
			'Ingrid Isaksson (MP)  present',
			'Johan Jonsson (S)  present',
			'Karin Karlsson (M)  present',
			'Lars Lind (S) tjänstgörande ersättare present',
			'Maria Malm (S)  absent',
			'Nils Nord (kommundirektör)  present',
			'Olga Olsson (nämndsekreterare)  present',
		]);
		expect(items.map((item) => [item.number, item.title, item.caseNumbers])).toEqual([
			[12, 'Budget 2020', ['Dnr KS 2018/124']],
			[13, 'Information från kommundirektören', []],
		]);
	});
	it.each(['docx', 'pdf'])('gives the same meeting from protokoll.%s as from protokoll.txt, the wrapped cells of the PDF included', async (format) => {
		expect(await meeting(`protokoll.${format}`)).toEqual(await meeting('protokoll.txt'));
	});
});

describe('Markdown', () => {
	it('reads unnumbered ## headings as items and a ## attendance heading with a bulleted list as people', async () => {
		const { parseMinutes } = (await import(parserPath)) as typeof import('../../scripts/pipeline/parse-minutes.ts');
		const markdown =
			'# Mötesprotokoll LiTHe kod\n\n## Närvarande\n\n- Victor Lells\n- Erik Mattfolk\n\n## Mötets öppnande 12:15\n\n- Samarbete med LiTHehack\n\n## Övrigt\n\n- Fakturor skickas på våren\n';
		const extracted = await extractText('styrelse.md', utf8(markdown));
		const parsed = parseMinutes(extracted.text ?? '', { fileName: 'styrelse.md', headings: extracted.headings });
		expect(parsed.attendees.map((attendee) => attendee.name)).toEqual(['Victor Lells', 'Erik Mattfolk']);
		expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
			[null, 'Mötets öppnande 12:15'],
			[null, 'Övrigt'],
		]);
		expect(parsed.reading.items).toEqual({ level: 'sure', basis: 'headings' });
	});
	it('writes headings, emphasis and links as plain text on their own lines', () => {
		expect(markdownToLines('# Protokoll\n\n## 1. Val av **justerare**\n\nSe [beslutet](https://example.org/b) och <https://example.org/>.\n')).toBe(
			'Protokoll\n\n1. Val av justerare\n\nSe beslutet (https://example.org/b) och https://example.org/.\n',
		);
	});
	it('keeps list markers, numbers and nesting', () => {
		expect(markdownToLines('- ett\n- två\n  - under\n\n3. tre\n4. fyra\n')).toBe('- ett\n- två\n  - under\n\n3. tre\n4. fyra\n');
		expect(markdownToLines('* stjärna\n+ plus\n')).toBe('- stjärna\n- plus\n');
	});
	it('keeps every line on its line number', () => {
		const lines = markdownToLines('Rubrik\n======\n\n> citat\n> rad två\n\nText\nmed radbrytning\n').split('\n');
		expect(lines[0]).toBe('Rubrik');
		expect(lines[3]).toBe('citat');
		expect(lines[4]).toBe('rad två');
		expect(lines[6]).toBe('Text');
		expect(lines[7]).toBe('med radbrytning');
	});
	it('keeps tabs inside lines and HTML and code as literal text', () => {
		expect(markdownToLines('Alvesta:\tThomas\n')).toBe('Alvesta:\tThomas\n');
		expect(markdownToLines('<script>alert(1)</script>\n\nA `kod` och <b>fet</b>\n')).toBe('<script>alert(1)</script>\n\nA kod och <b>fet</b>\n');
	});
});

describe('Word (.docx)', () => {
	it('writes paragraphs with a blank line between them and keeps line breaks and tabs', async () => {
		const result = await extractText(
			'a.docx',
			makeDocx([
				{ type: 'paragraph', lines: ['Rad ett', 'Alvesta:\tThomas'] },
				{ type: 'paragraph', lines: ['Nästa stycke'] },
			]),
		);
		expect(result.text).toBe('Rad ett\nAlvesta:\tThomas\n\nNästa stycke\n');
	});
	it('writes Word bullets as "- " lines, nested levels indented', async () => {
		const result = await extractText(
			'a.docx',
			makeDocx([
				{ type: 'bullet', text: 'ett' },
				{ type: 'bullet', text: 'under', level: 1 },
				{ type: 'bullet', text: 'två' },
			]),
		);
		expect(result.text).toBe('- ett\n  - under\n- två\n');
	});
	it('writes Word numbering as text, counting across the paragraphs between agenda items', async () => {
		const result = await extractText(
			'a.docx',
			makeDocx([
				{ type: 'agenda', text: 'Mötets öppnande' },
				{ type: 'paragraph', lines: ['Ordföranden öppnar mötet.'] },
				{ type: 'numbered', text: 'första' },
				{ type: 'numbered', text: 'del', level: 1 },
				{ type: 'numbered', text: 'andra' },
				{ type: 'agenda', text: 'Val av justerare' },
			]),
		);
		expect(result.text).toBe('1. Mötets öppnande\n\nOrdföranden öppnar mötet.\n\n1. första\n  a) del\n2. andra\n\n2. Val av justerare\n');
	});
	it('keeps numbers typed as text', async () => {
		const result = await extractText('a.docx', makeDocx([{ type: 'paragraph', lines: ['3. Ekonomi'] }]));
		expect(result.text).toBe('3. Ekonomi\n');
	});
	it('writes each table row on one line with tabs between the cells', async () => {
		const result = await extractText(
			'a.docx',
			makeDocx([
				{
					type: 'table',
					rows: [
						['Namn', 'Kommun'],
						['Anna Fransson', 'Region Kronoberg'],
					],
				},
			]),
		);
		expect(result.text).toBe('Namn\tKommun\nAnna Fransson\tRegion Kronoberg\n');
	});
	it('says what is wrong with a damaged, empty or mislabelled Word file', async () => {
		expect(await onlyError('a.docx', utf8('PK\u0003\u0004 not really a zip'))).toMatch(/damaged or is not a \.docx/);
		expect(await onlyError('a.docx', makeZip({ 'hello.txt': 'hi' }))).toMatch(/holds no Word document/);
		expect(await onlyError('a.docx', makeDocx([]))).toMatch(/holds no text/);
		expect(await onlyError('a.docx', makePdf([['x']]))).toMatch(/is a PDF/);
		expect(await onlyError('a.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/old Word/);
	});
});

describe('PDF', () => {
	it('keeps lines as lines, a wider gap as a blank line and a page break as a blank line', async () => {
		const result = await extractText('a.pdf', makePdf([['Rad ett som bryts', 'och fortsätter här.', null, 'Nytt stycke.'], ['Sida två']]));
		expect(result.text).toBe('Rad ett som bryts\noch fortsätter här.\n\nNytt stycke.\n\nSida två\n');
	});
	it('turns a wide gap on a line into a tab', async () => {
		const result = await extractText('a.pdf', makePdf([['Alvesta:\tThomas Haraldsson']]));
		expect(result.text).toBe('Alvesta:\tThomas Haraldsson\n');
	});
	it('rebuilds lines from pieces in any order, and indents nested list lines', () => {
		const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, fontSize: 10 });
		expect(textItemsToLines([[piece('världen', 80, 700), piece('Hej', 50, 700), piece('- under', 68, 688), piece('- topp', 50, 676)]])).toBe(
			'Hej världen\n  - under\n- topp\n',
		);
	});
	it('says that a scanned PDF has no text layer and what to do', async () => {
		expect(await onlyError('scan.pdf', makeScannedPdf())).toBe(
			'The PDF has no text layer (it is a scanned image). Run OCR on it or upload the Word/text version.',
		);
	});
	it('says that a damaged PDF could not be read', async () => {
		expect(await onlyError('a.pdf', utf8('%PDF-1.4\n1 0 obj <<\ngarbage'))).toMatch(/The PDF is damaged/);
		expect(await onlyError('a.pdf', makePdf([['x']]).subarray(0, 200))).toMatch(/The PDF (is damaged|has no text layer)/);
	});
	it('says that a file named .pdf is not a PDF', async () => {
		expect(await onlyError('a.pdf', utf8('just text'))).toMatch(/named \.pdf but is not a PDF/);
	});
});

describe('text files and other files', () => {
	it('reads .txt and .md, .docx and .pdf', () => {
		expect(minutesExtensions).toEqual(['.txt', '.md', '.docx', '.pdf']);
	});
	it('rejects an empty file', async () => {
		expect(await onlyError('a.txt', new Uint8Array())).toMatch(/The file is empty/);
		expect(await onlyError('a.txt', utf8(' \n\n'))).toMatch(/The file is empty/);
	});
	it('rejects binary data named .txt', async () => {
		const binary = new Uint8Array(256).map((_, i) => (i * 37) % 256);
		expect(await onlyError('a.txt', binary)).toMatch(/holds binary data, not text/);
	});
	it('removes a stray NUL or BEL inside text with a warning that names the line, instead of calling the file binary', async () => {
		const result = await extractText('a.txt', utf8('Protokoll\nNärvarande: Anna\u0000 Berg\u0007, Bo Ek\n§ 1 Mötets öppnande\n'));
		expect(result.text).toBe('Protokoll\nNärvarande: Anna  Berg , Bo Ek\n§ 1 Mötets öppnande\n');
		expect(result.problems).toEqual([{ line: 2, severity: 'warning', message: expect.stringMatching(/Removed control characters/) }]);
	});
	it('names the real format of a document named .txt', async () => {
		expect(await onlyError('a.txt', makePdf([['x']]))).toMatch(/is a PDF \(rename it to \.pdf\)/);
		expect(await onlyError('a.txt', makeDocx([{ type: 'paragraph', lines: ['x'] }]))).toMatch(/rename it to \.docx/);
		expect(await onlyError('a.md', utf8('{\\rtf1\\ansi hello}'))).toMatch(/RTF/);
	});
	it('rejects unknown extensions with advice', async () => {
		expect(await onlyError('a.doc', utf8('x'))).toMatch(
			/^Files ending in \.doc are not read as minutes\. This is an old Word file \(\.doc\)\. Open it in Word and save it as \.docx/,
		);
		expect(await onlyError('README', utf8('x'))).toMatch(/Files ending in \(no extension\)/);
		expect(await onlyError('a.odt', utf8('x'))).toMatch(/Supported: \.txt, \.md, \.docx, \.pdf/);
	});
});

/**
 * Builders of small test documents: a zip writer, a .docx writer (paragraphs, line breaks, bullet and
 * numbered lists, tables) and a PDF writer with a real text layer (Helvetica, WinAnsi).
 */

import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

/** Writes a zip archive (deflate) from file names and contents. */
export function makeZip(files: Record<string, string | Uint8Array>): Uint8Array {
	const local: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of Object.entries(files)) {
		const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
		const packed = deflateRawSync(data);
		const nameBytes = Buffer.from(name, 'utf8');
		const crc = crc32(data);
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(0x0800, 6);
		header.writeUInt16LE(8, 8);
		header.writeUInt32LE(crc, 14);
		header.writeUInt32LE(packed.length, 18);
		header.writeUInt32LE(data.length, 22);
		header.writeUInt16LE(nameBytes.length, 26);
		local.push(header, nameBytes, packed);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(0x0800, 8);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(crc, 16);
		entry.writeUInt32LE(packed.length, 20);
		entry.writeUInt32LE(data.length, 24);
		entry.writeUInt16LE(nameBytes.length, 28);
		entry.writeUInt32LE(offset, 42);
		central.push(entry, nameBytes);
		offset += header.length + nameBytes.length + packed.length;
	}
	const centralSize = central.reduce((sum, part) => sum + part.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(files).length, 8);
	end.writeUInt16LE(Object.keys(files).length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...local, ...central, end]));
}

/** One block of a test Word document. */
export type DocxBlock =
	| { type: 'paragraph'; lines: string[]; style?: string }
	| { type: 'bullet' | 'numbered' | 'agenda'; text: string; level?: number }
	| { type: 'table'; rows: string[][] };

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Runs of one line: text with tabs as `<w:tab/>`. */
function runs(line: string): string {
	return line
		.split('\t')
		.map((part) => `<w:r><w:t xml:space="preserve">${xml(part)}</w:t></w:r>`)
		.join('<w:r><w:tab/></w:r>');
}

/**
 * Writes a .docx: paragraphs (lines joined by `<w:br/>`), bullets (numId 1), numbered list items (numId 2, "%1."),
 * agenda items (numId 3, "%1.", a list that continues across other paragraphs) and tables.
 */
export function makeDocx(blocks: readonly DocxBlock[]): Uint8Array {
	const body = blocks
		.map((block) => {
			if (block.type === 'paragraph') {
				const style = block.style ? `<w:pPr><w:pStyle w:val="${block.style}"/></w:pPr>` : '';
				return `<w:p>${style}${block.lines.map(runs).join('<w:r><w:br/></w:r>')}</w:p>`;
			}
			if (block.type === 'table') {
				// a label column of 2,400 twips and the rest of a 9,600-twip text width shared by the others
				const columns = Math.max(...block.rows.map((row) => row.length));
				const widths = columns === 1 ? [9600] : [2400, ...Array.from({ length: columns - 1 }, () => Math.floor(7200 / (columns - 1)))];
				const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
				const cell = (text: string, k: number) =>
					`<w:tc><w:tcPr><w:tcW w:w="${widths[k] ?? widths.at(-1)}" w:type="dxa"/></w:tcPr><w:p>${runs(text)}</w:p></w:tc>`;
				return `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${block.rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
			}
			const numId = { bullet: 1, numbered: 2, agenda: 3 }[block.type];
			return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs(block.text)}</w:p>`;
		})
		.join('');
	const level = (ilvl: number, format: string, text: string) =>
		`<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${xml(text)}"/></w:lvl>`;
	const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '\uF0B7')}${level(1, 'bullet', 'o')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${level(0, 'decimal', '%1.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
	return makeZip({
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
		'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
		'word/numbering.xml': numbering,
	});
}

/** Turns plain-text minutes into Word blocks: each run of non-blank lines becomes one paragraph (lines joined by line breaks), `- ` lines bullets. */
export function textToDocxBlocks(text: string): DocxBlock[] {
	const blocks: DocxBlock[] = [];
	for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
		const lines = chunk.split('\n').filter((line) => line.trim() !== '');
		if (lines.length === 0) continue;
		let paragraph: string[] = [];
		const flush = () => {
			if (paragraph.length > 0) blocks.push({ type: 'paragraph', lines: paragraph });
			paragraph = [];
		};
		for (const line of lines) {
			const bullet = /^- (.*)$/.exec(line);
			if (bullet) {
				flush();
				blocks.push({ type: 'bullet', text: bullet[1] as string });
			} else paragraph.push(line);
		}
		flush();
	}
	return blocks;
}

/** One line of a test PDF page: text, optionally a second column at a tab stop; `null` is an empty line. */
export type PdfLine = string | null;

/** Writes a PDF with a real text layer: one page per entry, one text line per line (tabs jump to x = left + 200). */
export function makePdf(pages: readonly (readonly PdfLine[])[], options: { width?: number; height?: number; size?: number } = {}): Uint8Array {
	const width = options.width ?? 595;
	const size = options.size ?? 10;
	const leading = size * 1.2;
	const height = options.height ?? Math.max(842, Math.max(...pages.map((page) => page.length)) * leading + 100);
	const string = (text: string) =>
		`(${[...iconv.encode(text, 'windows-1252')].map((byte) => (byte === 0x28 || byte === 0x29 || byte === 0x5c ? `\\${String.fromCharCode(byte)}` : byte < 0x20 || byte > 0x7e ? `\\${byte.toString(8).padStart(3, '0')}` : String.fromCharCode(byte))).join('')})`;
	const contents = pages.map((lines) => {
		const ops: string[] = [];
		lines.forEach((line, index) => {
			if (line === null || line === '') return;
			const y = height - 50 - index * leading;
			line.split('\t').forEach((part, column) => {
				if (part === '') return;
				ops.push(`BT /F1 ${size} Tf ${50 + column * 200} ${y.toFixed(2)} Td ${string(part)} Tj ET`);
			});
		});
		return ops.join('\n');
	});
	return pdfObjects(width, height, contents, null);
}

/** Writes a PDF whose only page is an image: what a scanner produces. */
export function makeScannedPdf(): Uint8Array {
	return pdfObjects(595, 842, ['q 500 0 0 700 50 70 cm /Im1 Do Q'], 'image');
}

function pdfObjects(width: number, height: number, contents: string[], image: 'image' | null): Uint8Array {
	const objects: string[] = [];
	const pageIds = contents.map((_, i) => 4 + i * 2);
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`;
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
	const imageId = 4 + contents.length * 2;
	contents.forEach((content, i) => {
		const resources = image ? `/XObject << /Im1 ${imageId} 0 R >>` : '/Font << /F1 3 0 R >>';
		objects[4 + i * 2] =
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height.toFixed(0)}] /Resources << ${resources} >> /Contents ${5 + i * 2} 0 R >>`;
		objects[5 + i * 2] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
	});
	if (image)
		objects[imageId] =
			'<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream';
	let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id++) {
		offsets[id] = Buffer.byteLength(out, 'latin1');
		out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
	}
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets
		.slice(1)
		.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
		.join('')}`;
	out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lays plain text out as PDF pages of `perPage` lines (blank lines stay blank), on a page wide enough for the longest line. */
export function textToPdf(text: string, perPage = 60): Uint8Array {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/\n+$/, '')
		.split('\n')
		.map((line) => (line.trim() === '' ? null : line));
	const pages: PdfLine[][] = [];
	for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
	const longest = Math.max(...lines.map((line) => line?.length ?? 0));
	return makePdf(pages, { width: Math.max(595, longest * 6 + 300) });
}

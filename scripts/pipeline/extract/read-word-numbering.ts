/** How Word numbers one level of a list: its first number, number format and label template (`%1.`). */
export interface NumberingLevel {
	start: number;
	format: string;
	text: string;
}

/** The numbering a paragraph of `word/document.xml` carries (directly or through its style), in document order. */
export interface WordNumbering {
	/** One entry per `<w:p>` in document order: the list instance and level, or `null` when not numbered. */
	paragraphs: ({ numId: string; level: number } | null)[];
	/** Levels of each list instance (`numId`), with start overrides applied. */
	levels: Map<string, Map<number, NumberingLevel>>;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Reads list numbering from the XML parts of a .docx (`document.xml`, `numbering.xml`, `styles.xml`), which mammoth does not expose. */
export function readWordNumbering(documentXml: string, numberingXml: string | null, stylesXml: string | null): WordNumbering {
	const styles = new Map<string, { numId: string; level: number }>();
	for (const [, tag, body] of (stylesXml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
		const id = attribute(tag as string, 'w:styleId');
		const numId = /<w:numId\b[^>]*w:val="([^"]*)"/.exec(body as string)?.[1];
		const level = /<w:ilvl\b[^>]*w:val="(\d+)"/.exec(body as string)?.[1];
		if (id && numId) styles.set(id, { numId, level: Number(level ?? 0) });
	}

	const abstract = new Map<string, Map<number, NumberingLevel>>();
	for (const [, tag, body] of (numberingXml ?? '').matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
		const levels = new Map<number, NumberingLevel>();
		for (const [, lvlTag, lvl] of (body as string).matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
			levels.set(Number(attribute(lvlTag as string, 'w:ilvl') ?? 0), {
				start: Number(/<w:start\b[^>]*w:val="(-?\d+)"/.exec(lvl as string)?.[1] ?? 1),
				format: /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(lvl as string)?.[1] ?? 'decimal',
				text: decodeXml(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(lvl as string)?.[1] ?? ''),
			});
		}
		abstract.set(attribute(tag as string, 'w:abstractNumId') ?? '', levels);
	}
	const levels = new Map<string, Map<number, NumberingLevel>>();
	for (const [, tag, body] of (numberingXml ?? '').matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
		const abstractId = /<w:abstractNumId\b[^>]*w:val="([^"]*)"/.exec(body as string)?.[1] ?? '';
		const own = new Map([...(abstract.get(abstractId) ?? new Map<number, NumberingLevel>())].map(([key, value]) => [key, { ...value }]));
		for (const [, overrideTag, override] of (body as string).matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
			const start = /<w:startOverride\b[^>]*w:val="(-?\d+)"/.exec(override as string)?.[1];
			const level = own.get(Number(attribute(overrideTag as string, 'w:ilvl') ?? 0));
			if (start !== undefined && level) level.start = Number(start);
		}
		levels.set(attribute(tag as string, 'w:numId') ?? '', own);
	}

	// Only the chosen branch of alternate content is read by mammoth; tracked earlier paragraph properties are history.
	const body = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '').replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
	const paragraphs: WordNumbering['paragraphs'] = [];
	const open: number[] = [];
	for (const match of body.matchAll(/<(\/?)(w:p|w:pStyle|w:ilvl|w:numId)\b([^>]*?)(\/?)>/g)) {
		const [, closing, name, attributes, selfClosing] = match;
		if (name === 'w:p') {
			if (closing) open.pop();
			else {
				paragraphs.push(null);
				if (!selfClosing) open.push(paragraphs.length - 1);
			}
			continue;
		}
		const index = open.at(-1);
		if (index === undefined || closing) continue;
		const value = attribute(attributes as string, 'w:val') ?? '';
		const current = paragraphs[index] ?? { numId: '', level: 0 };
		if (name === 'w:pStyle') {
			const style = styles.get(value);
			if (style && !paragraphs[index]) paragraphs[index] = { ...style };
		} else if (name === 'w:ilvl') paragraphs[index] = { ...current, level: Number(value) };
		else if (name === 'w:numId') paragraphs[index] = { ...current, numId: value };
	}
	return { paragraphs: paragraphs.map((entry) => (entry && entry.numId !== '' && entry.numId !== '0' ? entry : null)), levels };
}

function decodeXml(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

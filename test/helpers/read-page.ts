/** What a reader gets from a page: its title, its visible text (one line per block) and its links. */
export interface PageReading {
	title: string;
	/** The visible text of `<body>`, one line per block element, white space folded. */
	text: string[];
	/** Every visible link as `[href, text]`, in document order. */
	links: [string, string][];
}

/** Elements whose tags do not break a line of text. */
const inline = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'dfn',
	'em',
	'i',
	'kbd',
	'label',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
]);
/** Elements that have no end tag. */
export const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text a reader sees. */
const raw = new Set(['script', 'style', 'template', 'noscript', 'svg']);

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of HTML text or an attribute value. */
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return named[name.toLowerCase()] ?? reference;
	});
}

const tag = /^<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const match of source.matchAll(attribute)) attributes.set(match[1]!.toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? ''));
	return attributes;
}

/**
 * Reads a built page as a reader sees it: the text of `<body>` without scripts, styles and elements marked `hidden`
 * (or inside one), block elements as line breaks, and the links with their text.
 */
export function readPage(html: string): PageReading {
	const title = decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	const start = html.search(/<body[\s>]/);
	const source = start < 0 ? html : html.slice(start);
	const out: string[] = [];
	const links: [string, string][] = [];
	/** Open elements: name and whether they (or an ancestor) are hidden. */
	const stack: { name: string; hidden: boolean; link?: { href: string; text: string[] } }[] = [];
	const hidden = () => stack.at(-1)?.hidden ?? false;
	const emit = (text: string) => {
		if (hidden()) return;
		out.push(text);
		for (const open of stack) open.link?.text.push(text);
	};
	let at = 0;
	while (at < source.length) {
		if (source.startsWith('<!--', at)) {
			const end = source.indexOf('-->', at + 4);
			at = end < 0 ? source.length : end + 3;
			continue;
		}
		if (source.startsWith('<!', at)) {
			at = source.indexOf('>', at) + 1 || source.length;
			continue;
		}
		const match = source[at] === '<' ? tag.exec(source.slice(at, at + 10_000)) : null;
		if (!match) {
			const next = source.indexOf('<', at + 1);
			const end = next < 0 ? source.length : next;
			emit(decode(source.slice(at, end)));
			at = end;
			continue;
		}
		at += match[0].length;
		const closing = match[1] === '/';
		const name = match[2]!.toLowerCase();
		if (!inline.has(name)) emit('\n');
		if (closing) {
			const index = stack.findLastIndex((open) => open.name === name);
			if (index >= 0) {
				for (const open of stack.splice(index)) {
					if (open.link) links.push([open.link.href, open.link.text.join('').replace(/\s+/g, ' ').trim()]);
				}
			}
			continue;
		}
		if (voids.has(name) || match[0].endsWith('/>')) continue;
		if (raw.has(name)) {
			const end = source.toLowerCase().indexOf(`</${name}`, at);
			at = end < 0 ? source.length : source.indexOf('>', end) + 1;
			continue;
		}
		const attributes = attributesOf(match[3] ?? '');
		const isHidden = hidden() || attributes.has('hidden');
		const link = name === 'a' && attributes.has('href') && !isHidden ? { href: attributes.get('href')!, text: [] } : undefined;
		stack.push({ name, hidden: isHidden, link });
	}
	const text = out
		.join('')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '');
	return { title, text, links };
}

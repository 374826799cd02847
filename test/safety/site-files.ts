/** Reading a built site for the safety tests: every file, Pagefind's compressed index unpacked, page text as a reader sees it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `dir`, relative paths with `/`, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** The bytes of a file as searched: Pagefind's gzip-compressed files (`*.pf_*`) are unpacked. */
export function searchableBytes(file: string): Buffer {
	const bytes = readFileSync(file);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			return gunzipSync(bytes);
		} catch {
			return bytes;
		}
	}
	return bytes;
}

/** Files of `dir` whose bytes (unpacked) contain `needle` in UTF-8, or in UTF-16, or HTML-escaped. */
export function filesContaining(dir: string, needle: string): string[] {
	const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(escapeHtml(needle), 'utf8')];
	return listFiles(dir).filter((relative) => {
		const bytes = searchableBytes(path.join(dir, relative));
		return forms.some((form) => bytes.includes(form));
	});
}

/** Text of an HTML page as a reader sees it: scripts and styles dropped, tags removed, character references decoded, white space folded. */
export function visibleText(html: string): string {
	return decodeEntities(
		html
			.replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
			.replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/<[^>]*>/g, ' '),
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/** `<script>` elements of a page, whole. */
export function scriptsOf(html: string): string[] {
	return html.match(/<script\b[\s\S]*?<\/script\s*>/gi) ?? [];
}

/** Tags outside scripts that carry an event-handler attribute (`onerror=`, `onload=`, …). */
export function eventHandlerTags(html: string): string[] {
	return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').match(/<[a-zA-Z][^<>]*\son[a-z]+\s*=[^<>]*>/gi) ?? [];
}

/** Links and sources that run script (`href="javascript:…"`), also written with white space, entities or in other case. */
export function scriptUrls(html: string): string[] {
	const found: string[] = [];
	for (const [tag] of html.replace(/<script\b[\s\S]*?<\/script>/gi, '').matchAll(/<[a-zA-Z][^<>]*>/g)) {
		for (const match of tag.matchAll(/\s(?:href|src|action|formaction|xlink:href|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
			const value = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')
				.replace(/[\s\u0000-\u001f]/g, '')
				.toLowerCase();
			if (/^(?:javascript|vbscript):|^data:text\/html/.test(value)) found.push(tag);
		}
	}
	return found;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':' };
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return named[name.toLowerCase()] ?? whole;
	});
}

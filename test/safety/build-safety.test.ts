/**
 * End to end, through the real build (`scripts/cli/build.ts`): hostile text, a leak canary and personal data in a
 * minutes file, and the demo archive built twice for predictable output. Three builds in all (~10 s each).
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../helpers/build-site.ts';
import { hostilePayloads } from './hostile-corpus.ts';
import { eventHandlerTags, filesContaining, listFiles, scriptsOf, scriptUrls, visibleText } from './site-files.ts';

const root = path.resolve(import.meta.dirname, '../..');
const epoch = { SOURCE_DATE_EPOCH: '1767225600', ARCHIVE_CONVERT_CACHE: 'off' };
const canary = `canary-${randomBytes(12).toString('hex')}`;
const redactedTerm = 'Hemliga Hemligsson';
const identityNumber = '811228-9874';
/** A person the registry leaves without a public page. */
const privatePerson = 'Greta Gömd';

/** Single-line payloads, at most a few per category, that the minutes file carries in titles, text, lists and attendance. */
const payloads = (() => {
	const perCategory = new Map<string, string[]>();
	for (const { category, text } of hostilePayloads) {
		if (text.includes('\n') || text.length > 400 || /[\u0000-\u001f\u007f-\u009f]/.test(text)) continue;
		const list = perCategory.get(category) ?? [];
		if (list.length < 8) list.push(text);
		perCategory.set(category, list);
	}
	return [...perCategory.values()].flat();
})();

/** Payloads whose exact text is looked for on the meeting page. */
const literal = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'{process.env.SECRET}',
	'[klicka](javascript:alert(1))',
	'<javascript:alert(1)>',
	'export const x = process.env.SECRET',
	'&amp;',
	'**fet** och _kursiv_ och *stjärna*',
	'<!-- kommentar -->',
	'~~överstruket~~',
];

function hostileMinutes(): string {
	const lines = [
		'Kommun- och regionledningsforum',
		'Minnesanteckningar',
		'',
		'Plats och tid: Halmstad, den 15 mars 2024, kl. 13.00–15.00',
		'',
		'Närvarande',
		'Anna Andersson (S), ordförande',
		'Bo Berg (M)',
		`${privatePerson} (V)`,
		...payloads.slice(0, 6).map((payload) => `${payload} (S)`),
		'',
		'1. Mötets öppnande',
		'',
		`Ordföranden öppnade mötet. ${redactedTerm} var med, och personnummer ${identityNumber} lästes upp av misstag.`,
		'',
	];
	let number = 2;
	for (let i = 0; i < payloads.length; i += 3) {
		const [title, text, item] = [payloads[i], payloads[i + 1] ?? 'text', payloads[i + 2] ?? 'punkt'];
		lines.push(`${number++}. Ärende ${title}`, '', `Forumet diskuterade ${text} och annat.`, '', `- ${item} i en lista`, '- andra punkten', '');
	}
	lines.push(`${number}. Literal text`, '', ...literal.map((text) => `Före ${text} efter.`).flatMap((line) => [line, '']));
	return `${lines.join('\n')}\n`;
}

let work = '';
let demo: SiteBuild;
let demoAgain: SiteBuild;
let hostile: SiteBuild;

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'archive-safety-'));
	demo = buildSite(path.join(root, 'content'), path.join(work, 'demo-a'), epoch);
	demoAgain = buildSite(path.join(root, 'content'), path.join(work, 'another', 'folder', 'demo-b'), epoch);
	const content = path.join(work, 'hostile-content');
	mkdirSync(path.join(content, 'minutes', 'halland-krf'), { recursive: true });
	cpSync(path.join(root, 'content', 'archive.yml'), path.join(content, 'archive.yml'));
	writeFileSync(path.join(content, 'minutes', 'halland-krf', '2024-03-15.txt'), hostileMinutes());
	writeFileSync(path.join(content, 'redactions.yml'), `- pattern: ${redactedTerm}\n  reason: Skyddad identitet (test)\n`);
	writeFileSync(
		path.join(content, 'people.yml'),
		`people:\n  - id: greta-gomd\n    name: ${privatePerson}\n    private: true\n    why: Test of a person without a public page.\n`,
	);
	hostile = buildSite(content, path.join(work, 'hostile'), { ...epoch, SECRET: canary, PUBLIC_SECRET: canary, ARCHIVE_SECRET: canary, VITE_SECRET: canary });
});
afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('predictable builds', () => {
	it('builds the demo archive twice, in different folders, into the same bytes', () => {
		expect(demo.status, demo.output).toBe(0);
		expect(demoAgain.status, demoAgain.output).toBe(0);
		const files = listFiles(demo.outDir);
		expect(listFiles(demoAgain.outDir)).toEqual(files);
		expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
		const differing = files.filter((file) => !readFileSync(path.join(demo.outDir, file)).equals(readFileSync(path.join(demoAgain.outDir, file))));
		expect(differing).toEqual([]);
	});
	it('writes no build folder name into the site', () => {
		expect(filesContaining(demo.outDir, work)).toEqual([]);
	});
});

describe('hostile text in a minutes file', () => {
	const html = () => listFiles(hostile.outDir).filter((file) => file.endsWith('.html'));
	const read = (file: string) => readFileSync(path.join(hostile.outDir, file), 'utf8');
	it(`builds (${payloads.length} hostile payloads)`, () => {
		expect(payloads.length).toBeGreaterThanOrEqual(30);
		expect(hostile.status, hostile.output).toBe(0);
	});
	it('adds no script: every <script> is one the clean demo has', () => {
		const known = new Set(
			listFiles(demo.outDir)
				.filter((file) => file.endsWith('.html'))
				.flatMap((file) => scriptsOf(readFileSync(path.join(demo.outDir, file), 'utf8'))),
		);
		const isData = (script: string) => /^<script type="application\/ld\+json">/.test(script);
		const added = html().flatMap((file) =>
			scriptsOf(read(file))
				.filter((script) => !known.has(script) && !isData(script))
				.map((script) => `${file}: ${script.slice(0, 120)}`),
		);
		expect(added).toEqual([]);
	});
	it('keeps hostile text inside structured data as data: every JSON-LD block parses and none closes its script early', () => {
		const blocks = html().flatMap((file) => scriptsOf(read(file)).filter((script) => script.startsWith('<script type="application/ld+json">')));
		expect(blocks.length).toBeGreaterThan(0);
		for (const block of blocks) {
			const json = block.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script\s*>$/, '');
			expect(json).not.toMatch(/<\/?script/i);
			expect(() => JSON.parse(json)).not.toThrow();
		}
	});
	it('has no event-handler attributes and no javascript: links', () => {
		expect(html().flatMap((file) => eventHandlerTags(read(file)).map((tag) => `${file}: ${tag}`))).toEqual([]);
		expect(html().flatMap((file) => scriptUrls(read(file)).map((tag) => `${file}: ${tag}`))).toEqual([]);
	});
	it('leaks no environment variable: the canary is in no file of the site or of the generated collections', () => {
		expect(filesContaining(hostile.outDir, canary)).toEqual([]);
		expect(filesContaining(hostile.generatedDir, canary)).toEqual([]);
	});
	it('shows the hostile text as literal text on the meeting page', () => {
		const page = html().find((file) => read(file).includes('Literal text') && file.includes('2024-03-15'));
		expect(page).toBeDefined();
		const text = visibleText(read(page as string));
		for (const payload of literal) expect(text).toContain(`Före ${payload} efter.`);
		for (const payload of payloads.filter((p) => p.trim().length > 3 && !/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/.test(p))) {
			expect(text, `payload ${JSON.stringify(payload)}`).toContain(payload.normalize('NFC').replace(/\s+/g, ' ').trim());
		}
	});
});

describe('personal data', () => {
	it('publishes neither the redacted term nor the personnummer anywhere, search index unpacked included', () => {
		expect(hostile.status, hostile.output).toBe(0);
		for (const needle of [redactedTerm, identityNumber, identityNumber.replace('-', ''), 'Hemligsson']) {
			expect(filesContaining(hostile.outDir, needle), needle).toEqual([]);
			expect(filesContaining(hostile.generatedDir, needle), needle).toEqual([]);
		}
		const pagefind = listFiles(hostile.outDir).filter((file) => /\.pf_/.test(file));
		expect(pagefind.length).toBeGreaterThan(0);
	});
	it('gives a private person no page, no search entry or filter, and no place in feeds or open data', () => {
		expect(listFiles(hostile.outDir).filter((file) => file.includes('greta-gomd'))).toEqual([]);
		const allowed = (file: string) => /^organ\/halland-krf\/2024-03-15\/index\.html$/.test(file);
		// Only the meeting page, where the minutes list her as written, may carry the name.
		expect(filesContaining(hostile.outDir, privatePerson).filter((file) => !allowed(file))).toEqual([]);
		const page = readFileSync(path.join(hostile.outDir, 'organ/halland-krf/2024-03-15/index.html'), 'utf8');
		expect(page).not.toMatch(new RegExp(`data-pagefind-filter="person"[^>]*>${privatePerson}`));
	});
	it('shows the markers where the text was removed', () => {
		expect(filesContaining(hostile.outDir, '[personnummer borttaget]').length).toBeGreaterThan(0);
		expect(filesContaining(hostile.outDir, '[uppgift borttagen]').length).toBeGreaterThan(0);
	});
});

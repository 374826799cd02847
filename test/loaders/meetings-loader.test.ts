import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { meetingsLoader } from '../../src/loaders/meetings-loader.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; body?: string; filePath?: string; rendered?: { html: string } };

/** The parts of Astro's loader context the meetings loader uses, with a data store in memory that counts its writes. */
function context(root: string) {
	const entries = new Map<string, Entry>();
	const written: string[] = [];
	const warnings: string[] = [];
	const parsed: string[] = [];
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: Entry) => {
			written.push(entry.id);
			entries.set(entry.id, entry);
			return true;
		},
		delete: (id: string) => void entries.delete(id),
		keys: () => [...entries.keys()],
	};
	const value = {
		collection: 'meetings',
		store,
		config: { root: pathToFileURL(`${root}/`) },
		logger: { warn: (message: string) => warnings.push(message), info: () => undefined, error: (message: string) => warnings.push(message) },
		parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
			parsed.push(id);
			return data;
		},
		generateDigest: (data: string) => createHash('sha256').update(data).digest('hex').slice(0, 16),
	} as unknown as LoaderContext;
	return { context: value, entries, written, warnings, parsed };
}

const mdx = (title: string, text: string) =>
	`---\n${JSON.stringify({ title }, null, 1)}\n---\n\n<Item anchor="punkt-1" title="${title}" number="1">\n  ${text}\n</Item>\n`;

describe('the meetings loader', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'protokollarkiv-loader-'));
	const dir = path.join(root, 'generated', 'meetings');
	mkdirSync(path.join(dir, 'krf'), { recursive: true });
	writeFileSync(path.join(dir, 'krf', '2023-02-01.mdx'), mdx('Möte', 'Första texten.'));
	writeFileSync(path.join(dir, 'krf', '2023-03-01.mdx'), mdx('Nästa', 'Text {1 + 1}.'));
	const loader = meetingsLoader({ base: 'generated/meetings' });
	const run = context(root);
	const warn = vi.spyOn(console, 'warn').mockImplementation((message: string) => void run.warnings.push(message));
	afterAll(() => {
		warn.mockRestore();
		rmSync(root, { recursive: true, force: true });
	});

	it('stores every file as data with its rendered HTML, body and digest, under `<body>/<slug>`', async () => {
		await loader.load(run.context);
		expect([...run.entries.keys()].sort()).toEqual(['krf/2023-02-01', 'krf/2023-03-01']);
		const entry = run.entries.get('krf/2023-02-01')!;
		expect(entry.data).toEqual({ title: 'Möte' });
		expect(entry.filePath).toBe('generated/meetings/krf/2023-02-01.mdx');
		expect(entry.body).toContain('<Item anchor="punkt-1"');
		expect(entry.rendered?.html).toContain('<div class="item-body">\n\t\t<p>Första texten.</p>');
		expect(entry.digest).toMatch(/^[0-9a-f]{16}$/);
	});

	it('warns with file and line about what it did not render', () => {
		expect(run.warnings).toEqual(['Warning: generated/meetings/krf/2023-03-01.mdx:8: an expression was left out (never evaluated)']);
	});

	it('neither validates nor renders an unchanged file again', async () => {
		run.written.length = 0;
		run.parsed.length = 0;
		await loader.load(run.context);
		expect(run.written).toEqual([]);
		expect(run.parsed).toEqual([]);
	});

	it('renders a changed file again and removes the entry of a removed one', async () => {
		writeFileSync(path.join(dir, 'krf', '2023-02-01.mdx'), mdx('Möte', 'Rättad text.'));
		rmSync(path.join(dir, 'krf', '2023-03-01.mdx'));
		await loader.load(run.context);
		expect(run.written).toEqual(['krf/2023-02-01']);
		expect([...run.entries.keys()]).toEqual(['krf/2023-02-01']);
		expect(run.entries.get('krf/2023-02-01')?.rendered?.html).toContain('Rättad text.');
	});

	it('names the file and line of MDX that does not parse', async () => {
		writeFileSync(path.join(dir, 'krf', '2023-05-01.mdx'), '---\n{}\n---\n\n<Item anchor="punkt-1">\n  Text {\n');
		await expect(loader.load(run.context)).rejects.toThrow(/^generated\/meetings\/krf\/2023-05-01\.mdx:\d+: the MDX does not parse: /);
		rmSync(path.join(dir, 'krf', '2023-05-01.mdx'));
	});

	it('names the file whose front matter is not JSON', async () => {
		writeFileSync(path.join(dir, 'krf', '2023-04-01.mdx'), '---\ntitle: [\n---\n\nText.\n');
		await expect(loader.load(run.context)).rejects.toThrow('generated/meetings/krf/2023-04-01.mdx: the front matter is not JSON');
	});
});

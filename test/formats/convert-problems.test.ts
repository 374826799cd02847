import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArchive, type SourceFile } from '../../scripts/pipeline/convert-archive.ts';
import type { Problem } from '../../scripts/pipeline/types.ts';

const archiveYml = readFileSync(path.resolve('content/archive.yml'), 'utf8');
const minutes =
	'Kommun- och regionledningsforum\nMinnesanteckningar\n\nPlats och tid: Halmstad, den 15 mars 2024, kl. 13.00–15.00\n\nNärvarande\nAnna Andersson (S), ordförande\nBo Berg (M)\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n';
const file = (filePath: string, content: string | Uint8Array): SourceFile => ({
	path: filePath,
	bytes: typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content,
});
const convert = (files: SourceFile[]) => convertArchive(files, { today: '2026-01-01' });
const errors = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');
const problemFor = (problems: readonly Problem[], source: string) => errors(problems).filter((problem) => problem.source === source);

describe('a content folder with many mistakes', () => {
	const files = [
		file('archive.yml', archiveYml),
		file('minutes/halland-krf/2024-03-15.txt', minutes),
		file('minutes/halland-krf/2024-03-15.md', minutes),
		file('minutes/halland-krf/borttagen.yml', 'date: 2024-01-01\n'),
		file('minutes/halland-krf/trasig.txt', minutes),
		file('minutes/halland-krf/trasig.yml', 'date: 2024-01-01\ntitle: "inte stängd\nslug: x\n'),
		file('minutes/okant-organ/2024-03-15.txt', minutes),
		file('minutes/lost.txt', minutes),
		file('minutes/halland-krf/tom.txt', ''),
		file(
			'minutes/halland-krf/binar.txt',
			new Uint8Array(512).map((_, i) => (i * 37) % 256),
		),
		file('minutes/halland-krf/gammal.doc', 'x'),
		file('minutes/halland-krf/skannad.pdf', '%PDF-1.4\n%%EOF\n'),
	];
	it('lists every problem, each with its file (and line where it has one), not just the first', async () => {
		const { problems } = await convert(files);
		const expected: [string, RegExp, number | null][] = [
			['minutes/halland-krf/2024-03-15.txt', /same page halland-krf\/2024-03-15/, null],
			['minutes/halland-krf/borttagen.yml', /belongs to no minutes file/, null],
			['minutes/halland-krf/trasig.yml', /YAML is malformed/, -1],
			['minutes/okant-organ/2024-03-15.txt', /"okant-organ" is not a body in archive\.yml/, null],
			['minutes/lost.txt', /must be in a body folder/, null],
			['minutes/halland-krf/tom.txt', /The file is empty/, null],
			['minutes/halland-krf/binar.txt', /holds binary data, not text/, null],
			['minutes/halland-krf/gammal.doc', /Files ending in \.doc are not read as minutes/, null],
			['minutes/halland-krf/skannad.pdf', /The PDF/, null],
		];
		for (const [source, message, line] of expected) {
			const found = problemFor(problems, source).concat(source.endsWith('2024-03-15.txt') ? problemFor(problems, 'minutes/halland-krf/2024-03-15.md') : []);
			expect(
				found.map((problem) => problem.message),
				source,
			).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
			const at = found.find((problem) => message.test(problem.message))?.line;
			if (line === -1) expect(at, source).toBeGreaterThanOrEqual(2);
			else if (line !== null) expect(at, source).toBe(line);
		}
		for (const problem of errors(problems)) {
			expect(problem.message).not.toMatch(/\n\s+at |TypeError|undefined/);
			expect(problem.source).not.toBe('');
		}
	});
	it('still converts the files that are fine', async () => {
		const { meetings } = await convert(files);
		expect(meetings.map((meeting) => meeting.id)).toContain('halland-krf/2024-03-15');
	});
});

describe('archive.yml', () => {
	it('reports malformed YAML with its line', async () => {
		const { problems, meetings } = await convert([
			file('archive.yml', 'title: Arkiv\nbaseUrl: https://example.org/\nbodies:\n  - id: a\n   name: "x\n'),
			file('minutes/a/2024-01-01.txt', minutes),
		]);
		expect(meetings).toEqual([]);
		const problem = problemFor(problems, 'archive.yml')[0];
		expect(problem?.message).toMatch(/YAML is malformed/);
		expect(problem?.line).toBeGreaterThanOrEqual(4);
	});
	it('reports a field of the wrong kind with its line', async () => {
		const { problems } = await convert([file('archive.yml', archiveYml.replace('baseUrl: https://example.org/', 'baseUrl: inte en adress'))]);
		const problem = problemFor(problems, 'archive.yml')[0];
		expect(problem?.message).toMatch(/baseUrl/);
		expect(problem?.line).toBe(archiveYml.split('\n').findIndex((line) => line.startsWith('baseUrl:')) + 1);
	});
	it('reports a missing archive.yml', async () => {
		const { problems } = await convert([file('minutes/a/2024-01-01.txt', minutes)]);
		expect(problemFor(problems, 'archive.yml')[0]?.message).toMatch(/archive\.yml is missing/);
	});
});

describe('sidecars', () => {
	it('reports a sidecar field that is not allowed, with its line', async () => {
		const { problems } = await convert([
			file('archive.yml', archiveYml),
			file('minutes/halland-krf/a.txt', minutes),
			file('minutes/halland-krf/a.yml', 'date: 2024-01-01\ndatum: 2024-01-01\n'),
		]);
		const problem = problemFor(problems, 'minutes/halland-krf/a.yml')[0];
		expect(problem?.line).toBe(2);
	});
});

describe('the licence of the open data', () => {
	it('warns, naming the field to add, when archive.yml names no licence, and says nothing when it does', async () => {
		const without = await convert([file('archive.yml', archiveYml.replace(/^license:.*\n/mu, '')), file('minutes/halland-krf/2024-03-15.txt', minutes)]);
		expect(without.problems.filter((p) => p.source === 'archive.yml').map((p) => [p.severity, /license: CC0-1\.0/u.test(p.message)])).toEqual([
			['warning', true],
		]);
		const withLicense = await convert([file('archive.yml', archiveYml), file('minutes/halland-krf/2024-03-15.txt', minutes)]);
		expect(withLicense.problems.filter((p) => p.source === 'archive.yml')).toEqual([]);
	});
	it('refuses a licence that is not written as an SPDX id, naming the field', async () => {
		const { problems } = await convert([
			file('archive.yml', archiveYml.replace(/^license:.*$/mu, 'license: Fri att använda!')),
			file('minutes/halland-krf/2024-03-15.txt', minutes),
		]);
		expect(
			errors(problems)
				.filter((p) => p.source === 'archive.yml')
				.map((p) => p.message)
				.join('\n'),
		).toMatch(/license[\s\S]*SPDX/u);
	});
});

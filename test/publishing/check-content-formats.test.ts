import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './run-cli.ts';

let repo = '';
let content = '';

beforeAll(() => {
	repo = mkdtempSync(path.join(tmpdir(), 'check-content-'));
	content = path.join(repo, 'content');
	mkdirSync(content);
	cpSync(path.join(projectRoot, 'content', 'archive.yml'), path.join(content, 'archive.yml'));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** Writes `files` (path under the content folder → text) into the temporary content folder, replacing its minutes. */
function withMinutes(files: Record<string, string>): void {
	rmSync(path.join(content, 'minutes'), { recursive: true, force: true });
	for (const [relative, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(content, relative)), { recursive: true });
		writeFileSync(path.join(content, relative), text);
	}
}

const validMinutes =
	'Kommun- och regionledningsforum\nMinnesanteckningar\n\nPlats och tid: Halmstad, den 15 mars 2024, kl. 13.00–15.00\n\nNärvarande\nAnna Andersson (S), ordförande\nBo Berg (M)\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n';

describe('check:content --format github: a minutes file in an unknown body folder', () => {
	beforeAll(() => withMinutes({ 'minutes/okant-organ/2024-03-15.txt': validMinutes }));

	it('prints an ::error annotation with the path from the repository root (GITHUB_WORKSPACE) and exits 1', () => {
		const run = runCli('check-content.ts', ['--format', 'github'], { env: { ARCHIVE_CONTENT_DIR: content, GITHUB_WORKSPACE: repo } });
		expect(run.status).toBe(1);
		const lines = run.stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^::error file=content\/minutes\/okant-organ\/2024-03-15\.txt,title=check%3Acontent [\w-]+::.*okant-organ/);
		expect(run.stderr).toContain('content/minutes/okant-organ/2024-03-15.txt');
	});

	it('takes the path relative to the working directory outside GitHub Actions', () => {
		const run = runCli('check-content.ts', ['--format', 'github'], { cwd: repo, env: { ARCHIVE_CONTENT_DIR: content, GITHUB_WORKSPACE: undefined } });
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^::error file=content\/minutes\/okant-organ\/2024-03-15\.txt,/);
	});
});

describe('check:content --format github: a malformed sidecar', () => {
	beforeAll(() => withMinutes({ 'minutes/halland-krf/2024-03-15.txt': validMinutes, 'minutes/halland-krf/2024-03-15.yml': 'date: "2024-03-15\ntitle: [\n' }));

	it('annotates the sidecar and exits 1', () => {
		const run = runCli('check-content.ts', ['--format', 'github'], { env: { ARCHIVE_CONTENT_DIR: content, GITHUB_WORKSPACE: repo } });
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^::error file=content\/minutes\/halland-krf\/2024-03-15\.yml(,line=\d+)?,title=check%3Acontent [\w-]+::/m);
	});
});

describe('check:content: warnings do not fail the check', () => {
	beforeAll(() =>
		withMinutes({ 'minutes/halland-krf/utan-datum.txt': 'Kommun- och regionledningsforum\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n' }),
	);

	it('prints ::warning for minutes without a date and exits 0', () => {
		const run = runCli('check-content.ts', ['--format', 'github'], { env: { ARCHIVE_CONTENT_DIR: content, GITHUB_WORKSPACE: repo } });
		expect(run.stdout).toMatch(/^::warning file=content\/minutes\/halland-krf\/utan-datum\.txt,title=check%3Acontent [\w-]+::/m);
		expect(run.stdout).not.toMatch(/^::error/m);
		expect(run.status).toBe(0);
	});
});

describe('check:content --format gitlab --output: a Code Quality report file', () => {
	beforeAll(() => withMinutes({ 'minutes/okant-organ/2024-03-15.txt': validMinutes }));

	it('writes the JSON array to the file, the plain report to stdout, and exits 1', () => {
		const output = path.join(repo, 'gl-code-quality-report.json');
		const run = runCli('check-content.ts', ['--format', 'gitlab', '--output', output], { env: { ARCHIVE_CONTENT_DIR: content, CI_PROJECT_DIR: repo } });
		expect(run.status).toBe(1);
		const report: unknown = JSON.parse(readFileSync(output, 'utf8'));
		expect(report).toEqual([
			{
				description: expect.stringContaining('okant-organ'),
				check_name: expect.stringMatching(/^check-content\/[\w-]+$/),
				fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
				severity: 'major',
				location: { path: 'content/minutes/okant-organ/2024-03-15.txt', lines: { begin: 1 } },
			},
		]);
		expect(run.stdout).toContain('1 error(s)');
	});
});

describe('check:content: arguments', () => {
	beforeAll(() => withMinutes({ 'minutes/halland-krf/2024-03-15.txt': validMinutes }));

	it('keeps --json as the machine contract on stdout alone', () => {
		const run = runCli('check-content.ts', ['--json'], { env: { ARCHIVE_CONTENT_DIR: content } });
		expect(run.status).toBe(0);
		const report = JSON.parse(run.stdout) as { meetings: unknown[]; problems: unknown[] };
		expect(Object.keys(report)).toEqual(['meetings', 'people', 'topics', 'problems']);
		expect(report.meetings).toHaveLength(1);
	});

	it('prints nothing on stdout for --format github when there is no problem', () => {
		const run = runCli('check-content.ts', ['--format', 'github'], { env: { ARCHIVE_CONTENT_DIR: content } });
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('');
	});

	it('refuses an unknown format or option with exit code 2', () => {
		expect(runCli('check-content.ts', ['--format', 'xml'], { env: { ARCHIVE_CONTENT_DIR: content } }).status).toBe(2);
		expect(runCli('check-content.ts', ['--fromat', 'github'], { env: { ARCHIVE_CONTENT_DIR: content } }).status).toBe(2);
	});
});

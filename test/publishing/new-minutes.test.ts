import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPartialDate, sidecarTemplate } from '../../scripts/cli/new-minutes.ts';
import { loadYaml } from '../../scripts/pipeline/load/load-yaml.ts';
import type { JsonReport } from '../../scripts/pipeline/report/json-report.ts';
import { sidecarSchema } from '../../src/schema/sidecar.ts';
import { projectRoot, runCli } from './run-cli.ts';

let content = '';
beforeEach(() => {
	content = mkdtempSync(path.join(tmpdir(), 'new-minutes-'));
	cpSync(path.join(projectRoot, 'content', 'archive.yml'), path.join(content, 'archive.yml'));
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const newMinutes = (...args: string[]) => runCli('new-minutes.ts', args, { env: { ARCHIVE_CONTENT_DIR: content } });
const check = () => JSON.parse(runCli('check-content.ts', ['--json'], { env: { ARCHIVE_CONTENT_DIR: content } }).stdout) as JsonReport;

describe('npm run new: a full date', () => {
	it('creates the minutes file and its sidecar in the body folder', () => {
		const run = newMinutes('halland-krf', '2024-03-15');
		expect(run.status).toBe(0);
		expect(existsSync(path.join(content, 'minutes/halland-krf/2024-03-15.txt'))).toBe(true);
		expect(existsSync(path.join(content, 'minutes/halland-krf/2024-03-15.yml'))).toBe(true);
		expect(run.stdout).toContain('2024-03-15.txt');
	});

	it('writes a template that check:content understands without errors', () => {
		newMinutes('halland-krf', '2024-03-15');
		const report = check();
		expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		const [meeting] = report.meetings;
		expect(meeting).toMatchObject({ source: 'minutes/halland-krf/2024-03-15.txt', date: '2024-03-15', startTime: '13:00', endTime: '15:00' });
		expect(meeting?.location).toContain('Halmstad');
		expect(meeting?.items.map((item) => item.title)).toEqual(['Mötets öppnande', 'Rubrik på nästa punkt', 'Mötets avslutande']);
		expect(meeting?.attendees.filter((attendee) => attendee.status === 'absent')).toHaveLength(1);
		expect(meeting?.attendees.filter((attendee) => attendee.status === 'present')).toHaveLength(3);
	});

	it('adds a slug to the file name', () => {
		expect(newMinutes('halland-krf', '2024-03-15', 'Extra möte').status).toBe(0);
		expect(existsSync(path.join(content, 'minutes/halland-krf/2024-03-15-extra-mote.txt'))).toBe(true);
		expect(existsSync(path.join(content, 'minutes/halland-krf/2024-03-15-extra-mote.yml'))).toBe(true);
	});
});

describe('npm run new: a partial date', () => {
	it('sets the date in the sidecar, since the file name cannot carry a month or year alone', () => {
		expect(newMinutes('gr-kommunchefsgruppen', '2023-06', 'budget').status).toBe(0);
		const sidecar = readFileSync(path.join(content, 'minutes/gr-kommunchefsgruppen/2023-06-budget.yml'), 'utf8');
		expect(sidecar).toMatch(/^date: "2023-06"$/m);
		expect(check().meetings[0]?.date).toBe('2023-06');
	});

	it('accepts a year alone', () => {
		expect(newMinutes('gr-kommunchefsgruppen', '2023').status).toBe(0);
		expect(check().meetings[0]?.date).toBe('2023');
	});
});

describe('npm run new: the sidecar', () => {
	it('lists every sidecar field as a commented example and is valid as it stands', () => {
		const text = sidecarTemplate('2024-03-15.txt', '2024-03-15');
		for (const field of Object.keys(sidecarSchema.shape)) expect(text).toMatch(new RegExp(`^# ${field}: `, 'm'));
		expect(loadYaml(text, sidecarSchema)).toEqual({ value: {}, problems: [] });
	});

	it('gives valid values when every example is uncommented', () => {
		const text = sidecarTemplate('2024-03-15.txt', '2024-03-15').replace(/^# (\w+: )/gm, '$1');
		const loaded = loadYaml(text, sidecarSchema);
		expect(loaded.problems).toEqual([]);
		expect(Object.keys(loaded.value ?? {}).sort()).toEqual(Object.keys(sidecarSchema.shape).sort());
	});
});

describe('npm run new: refusals', () => {
	it('never overwrites an existing minutes file or sidecar', () => {
		expect(newMinutes('halland-krf', '2024-03-15').status).toBe(0);
		const file = path.join(content, 'minutes/halland-krf/2024-03-15.txt');
		writeFileSync(file, 'Redan skrivet');
		const again = newMinutes('halland-krf', '2024-03-15');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('finns redan');
		expect(readFileSync(file, 'utf8')).toBe('Redan skrivet');
	});

	it('refuses when only the sidecar exists', () => {
		newMinutes('halland-krf', '2024-03-15');
		rmSync(path.join(content, 'minutes/halland-krf/2024-03-15.txt'));
		expect(newMinutes('halland-krf', '2024-03-15').status).toBe(1);
	});

	it('names the bodies of archive.yml when the body is unknown', () => {
		const run = newMinutes('okant-organ', '2024-03-15');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('halland-krf');
		expect(existsSync(path.join(content, 'minutes/okant-organ'))).toBe(false);
	});

	it('refuses an impossible or malformed date', () => {
		for (const date of ['2024-02-30', '2024-13', '15-03-2024', '2024-3-5', 'igår']) expect(newMinutes('halland-krf', date).status).toBe(1);
	});

	it('shows the usage and exits 2 without a body and date', () => {
		const run = newMinutes('halland-krf');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('npm run new --');
	});
});

describe('isPartialDate', () => {
	it('accepts real dates, months and years', () => {
		for (const date of ['2024-02-29', '2024-12', '1999']) expect(isPartialDate(date)).toBe(true);
	});
	it('rejects anything else', () => {
		for (const date of ['2023-02-29', '2024-00', '2024-1', '24', '2024-03-15T10:00', '']) expect(isPartialDate(date)).toBe(false);
	});
});

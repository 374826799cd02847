import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../scripts/cli/progress.ts';

describe('progressLine', () => {
	it('says how far a step is, its share and the time left at the pace so far', () => {
		expect(progressLine({ stage: 'converting minutes', done: 1234, total: 10000, elapsedMs: 5000 })).toBe(
			'converting minutes: 1,234 of 10,000 (12 %), about 36 s left',
		);
		expect(progressLine({ stage: 'rendering pages', done: 100, total: 36000, elapsedMs: 60000 })).toBe(
			'rendering pages: 100 of 36,000 (0 %), about 5 h 59 min left',
		);
	});
	it('gives no estimate before it can, and only a count without a total', () => {
		expect(progressLine({ stage: 'converting minutes', done: 10, total: 100, elapsedMs: 500 })).toBe('converting minutes: 10 of 100 (10 %)');
		expect(progressLine({ stage: 'rendering pages', done: 0, total: null, elapsedMs: 0 })).toBe('rendering pages …');
		expect(progressLine({ stage: 'rendering pages', done: 42, total: null, elapsedMs: 9000 })).toBe('rendering pages: 42');
	});
});

describe('createProgress', () => {
	const run = (terminal: boolean, quiet = false) => {
		const out: string[] = [];
		let clock = 0;
		const progress = createProgress({ write: (t) => out.push(t), terminal, quiet, every: 5000, now: () => clock });
		progress.start('converting minutes', 100);
		for (let i = 1; i <= 100; i++) {
			clock += 100;
			progress.update(i);
		}
		progress.end();
		return out;
	};
	it('updates one line in place on a terminal and clears it at the end', () => {
		const out = run(true);
		expect(out.length).toBeGreaterThan(10);
		expect(out.every((t) => t.startsWith('\r\u001b[2K'))).toBe(true);
		expect(out.at(-1)).toBe('\r\u001b[2K');
	});
	it('writes a plain line every few seconds in a log, without control characters', () => {
		const out = run(false);
		expect(out).toEqual([
			'converting minutes: 0 of 100 (0 %)\n',
			'converting minutes: 50 of 100 (50 %), about 5 s left\n',
			'converting minutes: 100 of 100 (100 %)\n',
		]);
		expect(out.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
	});
	it('writes nothing with --quiet', () => expect(run(false, true)).toEqual([]));
});

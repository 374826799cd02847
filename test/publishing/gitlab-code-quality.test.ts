import { describe, expect, it } from 'vitest';
import { gitlabCodeQuality } from '../../scripts/pipeline/report/gitlab-code-quality.ts';
import type { Problem } from '../../scripts/pipeline/types.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
	source: 'minutes/krf/x.txt',
	line: 3,
	severity: 'error',
	message: 'Something is wrong.',
	...overrides,
});

describe('gitlabCodeQuality: the fields GitLab reads', () => {
	it('maps an error to a major issue at its file and line', () => {
		const [issue] = gitlabCodeQuality([problem({})], 'content');
		expect(issue).toEqual({
			description: 'Something is wrong.',
			check_name: 'check-content/error',
			fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
			severity: 'major',
			location: { path: 'content/minutes/krf/x.txt', lines: { begin: 3 } },
		});
	});

	it('maps a warning to minor', () => {
		expect(gitlabCodeQuality([problem({ severity: 'warning' })], 'content')[0]).toMatchObject({ severity: 'minor', check_name: 'check-content/warning' });
	});

	it('uses the problem code as the check name when there is one', () => {
		expect(gitlabCodeQuality([problem({ code: 'date-missing' })], 'content')[0]?.check_name).toBe('check-content/date-missing');
	});

	it('points a whole-file problem at line 1 (GitLab requires a line)', () => {
		expect(gitlabCodeQuality([problem({ line: null })], '.')[0]?.location).toEqual({ path: 'minutes/krf/x.txt', lines: { begin: 1 } });
	});

	it('serialises to a JSON array, empty when there are no problems', () => {
		expect(JSON.stringify(gitlabCodeQuality([], 'content'))).toBe('[]');
	});
});

describe('gitlabCodeQuality: fingerprints', () => {
	const fingerprint = (overrides: Partial<Problem>) => gitlabCodeQuality([problem(overrides)], 'content')[0]?.fingerprint;

	it('is the SHA-256 of source, line and message joined by NUL, so it stays the same across runs and versions', () => {
		// printf 'minutes/krf/x.txt\0003\000Something is wrong.' | sha256sum
		expect(fingerprint({})).toBe('b951a742266928f4f095c7a9917d70f4153f52d694fec25a299bce8d8e690b7f');
	});

	it('changes with the source, the line or the message, and not with the content path', () => {
		const base = fingerprint({});
		expect(fingerprint({ source: 'minutes/krf/y.txt' })).not.toBe(base);
		expect(fingerprint({ line: 4 })).not.toBe(base);
		expect(fingerprint({ line: null })).not.toBe(base);
		expect(fingerprint({ message: 'Other.' })).not.toBe(base);
		expect(gitlabCodeQuality([problem({})], 'elsewhere')[0]?.fingerprint).toBe(base);
	});
});

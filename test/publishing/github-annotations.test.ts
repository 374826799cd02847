import { describe, expect, it } from 'vitest';
import { githubAnnotations } from '../../scripts/pipeline/report/github-annotations.ts';
import type { Problem } from '../../scripts/pipeline/types.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
	source: 'minutes/krf/x.txt',
	line: 3,
	severity: 'error',
	message: 'Something is wrong.',
	...overrides,
});

describe('githubAnnotations: one workflow command per problem', () => {
	it('writes an error with file, line and title', () => {
		expect(githubAnnotations([problem({})], 'content')).toBe('::error file=content/minutes/krf/x.txt,line=3,title=check%3Acontent error::Something is wrong.');
	});

	it('writes a warning as ::warning', () => {
		expect(githubAnnotations([problem({ severity: 'warning' })], 'content')).toBe(
			'::warning file=content/minutes/krf/x.txt,line=3,title=check%3Acontent warning::Something is wrong.',
		);
	});

	it('leaves out line= when the problem concerns the whole file', () => {
		expect(githubAnnotations([problem({ line: null })], 'content')).toBe(
			'::error file=content/minutes/krf/x.txt,title=check%3Acontent error::Something is wrong.',
		);
	});

	it('puts one problem on each line, in the order given', () => {
		expect(githubAnnotations([problem({ line: 1 }), problem({ line: 2, severity: 'warning' })], 'content').split('\n')).toEqual([
			'::error file=content/minutes/krf/x.txt,line=1,title=check%3Acontent error::Something is wrong.',
			'::warning file=content/minutes/krf/x.txt,line=2,title=check%3Acontent warning::Something is wrong.',
		]);
	});

	it('names the kind of problem in the title when the problem has a code', () => {
		expect(githubAnnotations([problem({ severity: 'warning', code: 'date-missing' })], 'content')).toBe(
			'::warning file=content/minutes/krf/x.txt,line=3,title=check%3Acontent date-missing::Something is wrong.',
		);
	});

	it('prints nothing for no problems', () => {
		expect(githubAnnotations([], 'content')).toBe('');
	});
});

describe('githubAnnotations: escaping per the workflow-command spec', () => {
	it('escapes %, \\r and \\n in the message but keeps , and :', () => {
		expect(githubAnnotations([problem({ message: '100% fel:\r\nrad två, tre' })], 'content')).toBe(
			'::error file=content/minutes/krf/x.txt,line=3,title=check%3Acontent error::100%25 fel:%0D%0Arad två, tre',
		);
	});

	it('escapes %, \\r, \\n, : and , in the file property', () => {
		expect(githubAnnotations([problem({ source: 'minutes/krf/a,b:c%d\ne.txt', line: null })], 'content')).toBe(
			'::error file=content/minutes/krf/a%2Cb%3Ac%25d%0Ae.txt,title=check%3Acontent error::Something is wrong.',
		);
	});

	it('escapes % before anything else, so an escape in the text is not decoded twice', () => {
		expect(githubAnnotations([problem({ message: 'a %0A b' })], 'content')).toBe(
			'::error file=content/minutes/krf/x.txt,line=3,title=check%3Acontent error::a %250A b',
		);
	});
});

describe('githubAnnotations: paths relative to the repository root', () => {
	it('uses the source alone when the content folder is the root', () => {
		expect(githubAnnotations([problem({ line: null })], '.')).toBe('::error file=minutes/krf/x.txt,title=check%3Acontent error::Something is wrong.');
		expect(githubAnnotations([problem({ line: null })], '')).toBe('::error file=minutes/krf/x.txt,title=check%3Acontent error::Something is wrong.');
	});

	it('joins a nested content path with / and no doubled separator', () => {
		expect(githubAnnotations([problem({ line: null })], 'archive/content/')).toBe(
			'::error file=archive/content/minutes/krf/x.txt,title=check%3Acontent error::Something is wrong.',
		);
		expect(githubAnnotations([problem({ line: null })], 'archive\\content')).toBe(
			'::error file=archive/content/minutes/krf/x.txt,title=check%3Acontent error::Something is wrong.',
		);
	});
});

import { createHash } from 'node:crypto';
import type { Problem } from '../types.ts';

/** One entry of a GitLab Code Quality report (the subset of the Code Climate format GitLab reads). */
export interface CodeQualityIssue {
	description: string;
	check_name: string;
	/** Stable across runs: a hash of the source, line and message. */
	fingerprint: string;
	severity: 'major' | 'minor';
	location: { path: string; lines: { begin: number } };
}

/** Projects problems onto a GitLab Code Quality report: errors are `major`, warnings `minor`, the problem's code as check name, paths from the repository root. */
export function gitlabCodeQuality(problems: readonly Problem[], contentPath: string): CodeQualityIssue[] {
	const prefix = contentPath.split('\\').join('/').replace(/\/+$/, '');
	return problems.map((problem) => ({
		description: problem.message,
		check_name: `check-content/${problem.code ?? problem.severity}`,
		fingerprint: createHash('sha256')
			.update(`${problem.source}\0${problem.line ?? ''}\0${problem.message}`)
			.digest('hex'),
		severity: problem.severity === 'error' ? 'major' : 'minor',
		location: { path: prefix === '' || prefix === '.' ? problem.source : `${prefix}/${problem.source}`, lines: { begin: problem.line ?? 1 } },
	}));
}

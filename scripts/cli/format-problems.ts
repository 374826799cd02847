import type { Problem } from '../pipeline/types.ts';

/** Formats problems for a terminal: `error content/minutes/x.txt:3 message`, errors first. */
export function formatProblems(problems: readonly Problem[], contentLabel: string): string {
	return [...problems]
		.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
		.map(
			(problem) =>
				`${problem.severity === 'error' ? 'error  ' : 'warning'} ${contentLabel}/${problem.source}${problem.line ? `:${problem.line}` : ''}  ${problem.message}`,
		)
		.join('\n');
}

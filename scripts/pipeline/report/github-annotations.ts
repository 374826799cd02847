import type { Problem } from '../types.ts';

/** Formats problems as GitHub Actions workflow commands (`::error file=…,line=…,title=check:content <code>::message`), one line per problem. */
export function githubAnnotations(problems: readonly Problem[], contentPath: string): string {
	return problems
		.map((problem) => {
			const properties = [`file=${escapeProperty(joinPath(contentPath, problem.source))}`];
			if (problem.line !== null) properties.push(`line=${problem.line}`);
			properties.push(`title=${escapeProperty(`check:content ${problem.code ?? problem.severity}`)}`);
			return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
		})
		.join('\n');
}

function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function joinPath(prefix: string, source: string): string {
	const clean = prefix.split('\\').join('/').replace(/\/+$/, '');
	return clean === '' || clean === '.' ? source : `${clean}/${source}`;
}

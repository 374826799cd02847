import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import type { LocalProblem } from '../types.ts';

/** A YAML file validated against a schema, or the problems that stop it. */
export interface LoadedYaml<T> {
	value: T | null;
	problems: LocalProblem[];
}

/** Parses YAML text and validates it against a zod schema; every problem carries the line it is on. */
export function loadYaml<T>(text: string, schema: z.ZodType<T>): LoadedYaml<T> {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		return {
			value: null,
			problems: document.errors.map((error) => ({
				line: error.linePos?.[0]?.line ?? null,
				severity: 'error' as const,
				message: `The YAML is malformed: ${error.message.split('\n')[0]}. Check indentation and quotes on this line.`,
			})),
		};
	}
	const result = schema.safeParse(document.toJS() ?? {});
	if (result.success) return { value: result.data, problems: [] };
	return {
		value: null,
		problems: result.error.issues.map((issue) => {
			const node = document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
			const parent = document.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
			const offset = node?.range?.[0] ?? parent?.range?.[0];
			return {
				line: offset === undefined ? null : lineCounter.linePos(offset).line,
				severity: 'error' as const,
				message: `${issue.path.length ? `\`${issue.path.join('.')}\`: ` : ''}${issue.message}.`,
			};
		}),
	};
}

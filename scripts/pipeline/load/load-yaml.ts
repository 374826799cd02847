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
				// `linePos` is only filled in with pretty errors; the offset always is.
				line: error.linePos?.[0]?.line ?? (error.pos?.[0] === undefined ? null : lineCounter.linePos(error.pos[0]).line),
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
			// An unknown key is reported on the object that holds it; point at the key itself.
			const keys = issue.code === 'unrecognized_keys' ? ((issue as { keys?: string[] }).keys ?? []) : [];
			const at = keys.length > 0 ? [...issue.path, keys[0] as string] : issue.path;
			const keyNode =
				keys.length > 0
					? (
							document.getIn(issue.path as (string | number)[], true) as
								| { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }
								| undefined
						)?.items?.find((pair) => pair.key?.value === keys[0])?.key
					: undefined;
			const node = (keyNode ?? document.getIn(at as (string | number)[], true)) as { range?: [number, number, number] } | undefined;
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

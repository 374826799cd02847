/**
 * Validates GitHub workflow files with GitHub's own parser (`@actions/workflow-parser`) and prints
 * `{ "<file>": ["<error>", …] }` as JSON. Run with tsx: the parser imports JSON without an import attribute,
 * which Node accepts only through a loader such as tsx, not inside vitest's externalised modules.
 * Usage: `tsx test/publishing/workflow-errors.ts <file.yml>…`
 */
import { readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

/** Errors that GitHub's workflow parser reports for a workflow (schema, expressions, conversion), de-duplicated. */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
	const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
	const errors = parsed.context.errors.getErrors().map((error) => error.message);
	if (parsed.value) {
		const template = await convertWorkflowTemplate(parsed.context, parsed.value);
		for (const error of template.errors ?? []) if (!errors.includes(error.Message)) errors.push(error.Message);
	} else if (errors.length === 0) errors.push(`${name}: nothing could be parsed`);
	return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result: Record<string, string[]> = {};
	for (const file of process.argv.slice(2)) result[file] = await workflowErrors(file, readFileSync(file, 'utf8'));
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

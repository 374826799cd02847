import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadYaml } from '../../scripts/pipeline/load/load-yaml.ts';
import { applyOverrides } from '../../src/i18n/apply-overrides.ts';
import { sv } from '../../src/i18n/sv.ts';
import { archiveSchema } from '../../src/schema/archive.ts';
import { redactionsSchema } from '../../src/schema/redactions.ts';
import { peopleRegistrySchema, topicsRegistrySchema } from '../../src/schema/registries.ts';
import { sidecarSchema } from '../../src/schema/sidecar.ts';
import { projectRoot } from './run-cli.ts';

const guide = readFileSync(path.join(projectRoot, 'docs', 'guide.md'), 'utf8');
/** A block without the indentation all its lines share (blocks inside a list item are indented). */
const dedent = (text: string) => {
	const indent = Math.min(
		...text
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => /^ */.exec(line)?.[0].length ?? 0),
	);
	return text
		.split('\n')
		.map((line) => line.slice(indent))
		.join('\n');
};
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => dedent(match[1] ?? ''));
const block = (start: string) => yamlBlocks.filter((text) => text.trimStart().startsWith(start));

describe('docs/guide.md: the YAML examples staff copy are valid', () => {
	it('has the examples', () => {
		expect(yamlBlocks.length).toBeGreaterThanOrEqual(5);
	});

	it('people.yml', () => {
		for (const text of block('people:')) expect(loadYaml(text, peopleRegistrySchema).problems).toEqual([]);
	});

	it('topics.yml', () => {
		for (const text of block('topics:')) expect(loadYaml(text, topicsRegistrySchema).problems).toEqual([]);
	});

	it('redactions.yml', () => {
		const [redactions] = block('- pattern');
		expect(loadYaml(redactions ?? '', redactionsSchema).problems).toEqual([]);
	});

	it('sidecar fields for withdrawal', () => {
		for (const text of block('publication:')) expect(loadYaml(text, sidecarSchema).problems).toEqual([]);
	});

	it('personalData in archive.yml', () => {
		const [personal] = block('personalData:');
		expect(archiveSchema.shape.personalData.safeParse((parse(personal ?? '') as { personalData: unknown }).personalData).success).toBe(true);
	});

	it('own interface words (content/i18n/sv.yml)', () => {
		const [example] = block('nav:');
		expect(example).toBeDefined();
		const { strings, problems } = applyOverrides(sv, parse(example ?? ''));
		expect(problems).toEqual([]);
		expect(strings.nav.meetings).toBe('Sammanträden');
		expect(strings.people.inBody('Kommunstyrelsen')).toBe('Ledamöter och andra i Kommunstyrelsen');
	});
	it('names every sidecar field in its table', () => {
		for (const field of Object.keys(sidecarSchema.shape)) expect(guide).toContain(`\`${field}\``);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseSchema, personSchema, topicSchema } from '../../src/schema/derived.ts';
import { meetingSchema } from '../../src/schema/meeting.ts';

const root = 'test/fixtures/site/generated';
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

describe('the site fixture', () => {
	const files = readdirSync(path.join(root, 'meetings'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	it('has meetings in two bodies', () => expect(new Set(files.map((f) => f.split(path.sep)[0])).size).toBe(2));
	it.each(files)('meeting %s has front matter valid against the meeting schema', (file) => {
		const text = readFileSync(path.join(root, 'meetings', file), 'utf8');
		const front = parse(text.split(/^---$/m)[1]!);
		expect(() => meetingSchema.parse(front)).not.toThrow();
		expect(front.url).toBe(`/organ/${front.body}/${front.slug}/`);
	});
	it('has people, topics and cases valid against their schemas', () => {
		for (const p of read('people.json')) personSchema.parse(p);
		for (const t of read('topics.json')) topicSchema.parse(t);
		for (const c of read('cases.json')) caseSchema.parse(c);
	});
});

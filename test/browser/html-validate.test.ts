/**
 * Every generated HTML file is valid HTML: 0 errors from html-validate with
 * `html-validate:recommended` (.htmlvalidate.json).
 *
 * Rules turned off, and why:
 * - `no-trailing-whitespace`: a source-formatting rule. The site is built with
 *   `compressHTML: false` on purpose (white space between inline elements keeps lists of names
 *   apart), so Astro leaves white-space-only lines where a conditional renders nothing. Trailing
 *   white space has no effect on the document, its validity or its accessibility.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/browser.ts';

const { outDir } = inject('demo');
const root = path.resolve(import.meta.dirname, '../..');
const files = htmlFiles(outDir);
const validator = new HtmlValidate(new FileSystemConfigLoader());
const config = path.join(root, 'index.html');

describe('html-validate', () => {
	it('finds HTML files to validate', () => expect(files.length).toBeGreaterThan(20));

	it('reports no errors in any generated HTML file', async () => {
		const problems: string[] = [];
		for (const file of files) {
			// Validate the file's text as if it lived at the repository root, so .htmlvalidate.json applies.
			const report = await validator.validateString(readFileSync(path.join(outDir, file), 'utf8'), config);
			for (const result of report.results) {
				for (const m of result.messages as Message[]) {
					if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
				}
			}
		}
		expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
	});
});

/**
 * Command-line entry of `npm run check:content`: converts the content folder without writing anything and
 * prints what was understood of each minutes file and every problem. `--json` prints the machine contract.
 * `--format github` prints GitHub Actions annotations, `--format gitlab` a GitLab Code Quality report
 * (to stdout, or to `--output <file>`); with those two the plain report goes to stderr.
 * Exits 1 when any file has an error, 2 when the arguments are wrong.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertArchive } from '../pipeline/convert-archive.ts';
import { githubAnnotations } from '../pipeline/report/github-annotations.ts';
import { gitlabCodeQuality } from '../pipeline/report/gitlab-code-quality.ts';
import { jsonReport } from '../pipeline/report/json-report.ts';
import { textReport } from '../pipeline/report/text-report.ts';
import { contentDir, readContentDir, today } from './content-dir.ts';
import { firstVersions, gitHistory } from './git-history.ts';

const formats = ['text', 'json', 'github', 'gitlab'] as const;
type Format = (typeof formats)[number];

/** Reads `--json`, `--format <text|json|github|gitlab>` and `--output <file>`; exits 2 with usage on anything else. */
function readArguments(argv: string[]): { format: Format; output: string | null } {
	try {
		const { values } = parseArgs({
			args: argv,
			options: { json: { type: 'boolean' }, format: { type: 'string' }, output: { type: 'string' } },
			strict: true,
			allowPositionals: false,
		});
		const format = values.json ? 'json' : (values.format ?? 'text');
		if (!(formats as readonly string[]).includes(format)) throw new Error(`unknown format "${format}"`);
		if (values.json && values.format && values.format !== 'json') throw new Error('--json and --format cannot be combined');
		return { format: format as Format, output: values.output ?? null };
	} catch (error) {
		console.error(`check:content: ${error instanceof Error ? error.message : String(error)}`);
		console.error('Usage: npm run check:content -- [--json | --format text|json|github|gitlab] [--output <file>]');
		process.exit(2);
	}
}

/** Where annotation paths start: the repository root of the CI run when known, else the working directory. */
function repositoryRoot(format: Format): string {
	const ci = format === 'github' ? process.env.GITHUB_WORKSPACE : format === 'gitlab' ? process.env.CI_PROJECT_DIR : undefined;
	return ci || process.cwd();
}

const { format, output } = readArguments(process.argv.slice(2));
const root = contentDir();
const git = gitHistory(root);
const converted = await convertArchive(await readContentDir(root), {
	today: today(),
	...git,
	firstVersions: firstVersions(root, git.history, git.repositoryPath),
});
const label = path.relative(process.cwd(), root) || '.';
const contentPath = path.relative(repositoryRoot(format), root).split(path.sep).join('/');
let report: string;
if (format === 'json') report = `${JSON.stringify(jsonReport(converted), null, 2)}\n`;
else if (format === 'github') report = converted.problems.length ? `${githubAnnotations(converted.problems, contentPath)}\n` : '';
else if (format === 'gitlab') report = `${JSON.stringify(gitlabCodeQuality(converted.problems, contentPath), null, 2)}\n`;
else report = `${textReport(converted, label)}\n`;
if (output) {
	await writeFile(output, report);
	if (format !== 'text') console.log(textReport(converted, label));
} else {
	process.stdout.write(report);
	if (format === 'github' || format === 'gitlab') console.error(textReport(converted, label));
}
process.exitCode = converted.problems.some((problem) => problem.severity === 'error') ? 1 : 0;

/**
 * Command-line entry of the converter: reads the content folder, converts every minutes file and writes the
 * content collections to `.generated/`. Exits non-zero, listing every problem, when any file has an error.
 * Usage: `npm run convert`.
 */
import path from 'node:path';
import { convertArchive } from '../pipeline/convert-archive.ts';
import { contentDir, generatedDir, readContentDir, today } from './content-dir.ts';
import { formatProblems } from './format-problems.ts';
import { writeGenerated } from './write-generated.ts';

/** Converts the content folder into `.generated/`; returns false when the build must stop. */
export async function convert(): Promise<boolean> {
	const root = contentDir();
	const started = performance.now();
	const converted = await convertArchive(await readContentDir(root), { today: today() });
	const label = path.relative(process.cwd(), root) || '.';
	const errors = converted.problems.filter((problem) => problem.severity === 'error');
	if (converted.problems.length > 0) console.error(formatProblems(converted.problems, label));
	if (errors.length > 0) {
		console.error(`\n${errors.length} error(s): nothing was written and the site was not built. Fix the files above and build again.`);
		return false;
	}
	const { written, removed } = await writeGenerated(converted, generatedDir());
	console.log(`Converted ${converted.meetings.length} minutes files, ${converted.people.length} people, ${converted.topics.length} topics, ${converted.cases.length} cases in ${Math.round(performance.now() - started)} ms (${written} files written, ${removed} removed).`);
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = (await convert()) ? 0 : 1;
}

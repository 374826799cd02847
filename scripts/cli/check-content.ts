/**
 * Command-line entry of `npm run check:content`: converts the content folder without writing anything and
 * prints what was understood of each minutes file and every problem. `--json` prints the machine contract.
 * Exits 1 when any file has an error.
 */
import path from 'node:path';
import { convertArchive } from '../pipeline/convert-archive.ts';
import { jsonReport } from '../pipeline/report/json-report.ts';
import { textReport } from '../pipeline/report/text-report.ts';
import { contentDir, readContentDir, today } from './content-dir.ts';

const root = contentDir();
const converted = await convertArchive(await readContentDir(root), { today: today() });
if (process.argv.includes('--json')) {
	process.stdout.write(`${JSON.stringify(jsonReport(converted), null, 2)}\n`);
} else {
	console.log(textReport(converted, path.relative(process.cwd(), root) || '.'));
}
process.exitCode = converted.problems.some((problem) => problem.severity === 'error') ? 1 : 0;

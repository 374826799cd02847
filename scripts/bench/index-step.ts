/**
 * One benchmark step in its own process: copies the original minutes into `<site>/original/` (as build.ts does)
 * unless `--no-originals`, then indexes `<site>` with Pagefind. Usage: `tsx scripts/bench/index-step.ts <content> <site>`.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { indexSite } from '../cli/finish-site.ts';

const [content, site] = process.argv.slice(2).filter((arg) => !arg.startsWith('--')) as [string, string];
if (!process.argv.includes('--no-originals')) {
	await cp(path.join(content, 'minutes'), path.join(site, 'original'), {
		recursive: true,
		filter: (source) => !/\.(ya?ml)$/i.test(source) && !path.basename(source).startsWith('.'),
	});
}
await indexSite(site);

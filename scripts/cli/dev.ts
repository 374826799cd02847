/**
 * Command-line entry of the preview: converts `content/`, starts Astro's dev server and converts again whenever
 * a file under the content folder changes, so a reload shows the change. Usage: `npm run dev`.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import { astroEnvironment } from './build.ts';
import { convert } from './convert.ts';

await convert();
const astro = spawn(path.resolve('node_modules', '.bin', 'astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: astroEnvironment() });
let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
watch(contentDir(), { recursive: true }, (_event, file) => {
	clearTimeout(timer);
	timer = setTimeout(() => {
		running = running.then(async () => {
			console.log(`\n${file ?? 'content'} changed: converting again…`);
			await convert();
		});
	}, 150);
});
astro.on('exit', (code) => process.exit(code ?? 0));

/**
 * Command-line entry of the preview: Astro's dev server, in which the integration converts `content/` and converts
 * again whenever a file under the content folder changes, so a reload shows the change. Usage: `npm run dev`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { astroEnvironment } from './build.ts';

const astro = spawn(path.resolve('node_modules', '.bin', 'astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: astroEnvironment() });
astro.on('exit', (code) => process.exit(code ?? 0));

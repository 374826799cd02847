/** Parse the sample minutes 1,000 times each and print the mean time per file: `npx tsx scripts/bench-parse.ts [folder]`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from './pipeline/parse-minutes.ts';

const folder = process.argv[2] ?? '/work/shared/seeds';
const files = readdirSync(folder)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => ({ fileName: f, text: readFileSync(join(folder, f), 'utf8') }));
const rounds = 1000;
for (const f of files) parseMinutes(f.text, { fileName: f.fileName }); // warm up
const start = performance.now();
const cpu = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const f of files) parseMinutes(f.text, { fileName: f.fileName });
const used = process.cpuUsage(cpu);
const ms = (performance.now() - start) / (rounds * files.length);
const cpuMs = (used.user + used.system) / 1000 / (rounds * files.length);
console.log(`${files.length} files × ${rounds}: ${ms.toFixed(3)} ms per file (CPU ${cpuMs.toFixed(3)} ms)`);

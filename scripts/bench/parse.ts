/**
 * Parses every .txt minutes file of a content folder 1,000 times and prints the mean time per file.
 * Usage: `npm run bench:parse [-- <content folder>]` (default: the demo archive in content/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../pipeline/parse-minutes.ts';

const folder = path.resolve(process.argv[2] ?? 'content');
const files = readdirSync(folder, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
	.map((entry) => ({ fileName: entry.name, text: readFileSync(path.join(entry.parentPath, entry.name), 'utf8') }));
const rounds = 1000;
for (const file of files) parseMinutes(file.text, { fileName: file.fileName }); // warm up
const start = performance.now();
const cpu = process.cpuUsage();
for (let round = 0; round < rounds; round++) for (const file of files) parseMinutes(file.text, { fileName: file.fileName });
const used = process.cpuUsage(cpu);
const ms = (performance.now() - start) / (rounds * files.length);
const cpuMs = (used.user + used.system) / 1000 / (rounds * files.length);
console.log(`${files.length} files × ${rounds}: ${ms.toFixed(3)} ms per file wall time (CPU ${cpuMs.toFixed(3)} ms), Node ${process.version}`);

/**
 * Runs the converter over the real-minutes corpus (`test/fixtures/real/<family>/<id>/`) and prints how well it read
 * them against the hand labels: per family of layouts and in total, attendee recall and precision, field accuracy,
 * item recall and precision, header accuracy, and how decisions were read (proposals, votes, reservations, jäv). A benchmark, not a test: it prints figures and has no threshold.
 * Usage: `npm run bench:fidelity [-- --verbose] [-- --only <id>] [-- <corpus folder>]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { convertArchive, type SourceFile } from '../pipeline/convert-archive.ts';
import { jsonReport } from '../pipeline/report/json-report.ts';
import { type FidelityRow, formatFidelity } from './fidelity/format-fidelity.ts';
import { formatProceedings, type ProceedingsRow } from './fidelity/format-proceedings.ts';
import type { Labels, Reading } from './fidelity/labels.ts';
import { addScore, emptyScore, scoreDocument } from './fidelity/score-document.ts';
import { addProceedingsScore, emptyProceedingsScore, scoreProceedings } from './fidelity/score-proceedings.ts';

const { values, positionals } = parseArgs({
	options: { verbose: { type: 'boolean', short: 'v' }, only: { type: 'string' } },
	allowPositionals: true,
});
const root = path.resolve(positionals[0] ?? 'test/fixtures/real');

interface Document {
	family: string;
	id: string;
	labels: Labels;
	file: SourceFile;
}

const documents: Document[] = [];
for (const family of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
	for (const folder of readdirSync(path.join(root, family.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
		const dir = path.join(root, family.name, folder.name);
		const input = readdirSync(dir).find((name) => name.startsWith('input.'));
		if (!input || !existsSync(path.join(dir, 'expected.json'))) continue;
		if (values.only && !folder.name.includes(values.only)) continue;
		documents.push({
			family: family.name,
			id: folder.name,
			labels: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Labels,
			file: { path: `minutes/${folder.name}/${input}`, bytes: new Uint8Array(readFileSync(path.join(dir, input))) },
		});
	}
}

// One body per document, so every file is converted exactly as a content folder of its own would be.
const archive = {
	title: 'Fidelity',
	baseUrl: 'https://example.org/',
	bodies: documents.map((document) => ({ id: document.id, name: 'Organ utan namn', shortName: 'Organ', organization: 'Okänd' })),
};
const files: SourceFile[] = [{ path: 'archive.yml', bytes: new TextEncoder().encode(stringify(archive)) }, ...documents.map((document) => document.file)];
const converted = jsonReport(await convertArchive(files, { today: '2026-12-01' }));
for (const problem of converted.problems.filter((p) => p.severity === 'error')) console.error(`${problem.source}: ${problem.message}`);

const families = new Map<string, FidelityRow>();
const proceedingsFamilies = new Map<string, ProceedingsRow>();
const proceedingsTotal: ProceedingsRow = { family: 'total', score: emptyProceedingsScore() };
// associations and forum notes decide nothing by vote or reservation: whatever is read there is invented
const decideNothing = new Set(['forening', 'anteckningar']);
const total: FidelityRow = { family: 'total', documents: 0, score: emptyScore() };
for (const document of documents) {
	const meeting = converted.meetings.find((m) => m.body === document.id);
	const reading: Reading = meeting
		? {
				...meeting,
				items: meeting.items.map((item) => ({
					number: item.label ?? (item.number === null ? null : String(item.number)),
					title: item.title,
					caseNumbers: item.caseNumbers,
					proposals: item.proposals,
					votes: item.votes,
					reservations: item.reservations,
					conflicts: item.conflicts,
				})),
			}
		: { title: '', date: null, endDate: null, startTime: null, endTime: null, location: null, attendees: [], items: [] };
	const score = scoreDocument(document.labels, reading);
	const row = families.get(document.family) ?? { family: document.family, documents: 0, score: emptyScore() };
	families.set(document.family, row);
	row.documents++;
	addScore(row.score, score);
	total.documents++;
	addScore(total.score, score);
	const proceedings = scoreProceedings(document.labels.items, reading.items, decideNothing.has(document.family));
	const proceedingsRow = proceedingsFamilies.get(document.family) ?? { family: document.family, score: emptyProceedingsScore() };
	proceedingsFamilies.set(document.family, proceedingsRow);
	addProceedingsScore(proceedingsRow.score, proceedings);
	addProceedingsScore(proceedingsTotal.score, proceedings);
	score.misses.push(...proceedings.misses);
	if (values.verbose && score.misses.length > 0) {
		const a = score.attendees;
		console.log(
			`\n${document.family}/${document.id}: attendees ${a.matched}/${a.labelled} (read ${a.read}), items ${score.items.matched}/${score.items.labelled} (read ${score.items.read})`,
		);
		for (const miss of score.misses) console.log(`  ${miss}`);
	}
}
console.log(`\nReal-minutes fidelity (${total.documents} documents, ${path.relative(process.cwd(), root) || '.'}); all figures in per cent.\n`);
console.log(formatFidelity([...[...families.values()].sort((a, b) => a.family.localeCompare(b.family)), total]));
console.log(
	`\nHow decisions were made (documents labelled with proposals, votes, reservations or jäv; over the whole document); all figures in per cent but the counts.\n`,
);
console.log(formatProceedings([...[...proceedingsFamilies.values()].sort((a, b) => a.family.localeCompare(b.family)), proceedingsTotal]));
// how sure the converter said it was: a reading it calls unsure should be where it is wrong
const levels = (part: 'attendance' | 'items') => {
	const count = new Map<string, number>();
	for (const meeting of converted.meetings) count.set(meeting.reading[part].level, (count.get(meeting.reading[part].level) ?? 0) + 1);
	return ['sure', 'unsure', 'none'].map((level) => `${level} ${count.get(level) ?? 0}`).join(', ');
};
console.log(`\nThe converter's own certainty: attendance ${levels('attendance')}; items ${levels('items')}.`);

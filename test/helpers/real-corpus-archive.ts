import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const real = path.resolve(import.meta.dirname, '../fixtures/real');

/** One document of the real-minutes corpus as the archive publishes it: its folder is its body. */
export interface RealDocument {
	/** The folder under test/fixtures/real/<family>/, also the body's id. */
	folder: string;
	family: string;
	/** The meeting's id on the site (`<body>/<slug>`), as `/organ/<id>/`. */
	meeting: string;
	/** The minutes file under `content/`. */
	file: string;
	text: Buffer;
}

/** The documents of the corpus's families (`protokoll`, `utskott`, …), each with the meeting id the archive gives it; only the `folders` named, when given. */
export function realDocuments(families: readonly string[], folders?: readonly string[]): RealDocument[] {
	return families.flatMap((family) =>
		readdirSync(path.join(real, family), { withFileTypes: true })
			.filter((d) => d.isDirectory() && (folders === undefined || folders.includes(d.name)))
			.map((d) => d.name)
			.sort()
			.map((folder) => {
				const dir = path.join(real, family, folder);
				const input = readdirSync(dir).find((f) => f.startsWith('input.')) ?? 'input.txt';
				const date = (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { date: string | null }).date;
				const slug = date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : 'protokoll';
				return {
					folder,
					family,
					meeting: `${folder}/${slug}`,
					file: `minutes/${folder}/${slug}${path.extname(input)}`,
					text: readFileSync(path.join(dir, input)),
				};
			}),
	);
}

/** An archive of real documents: `archive.yml` with a body per document and the minutes files, for `buildArchive`. */
export function realCorpusArchive(documents: readonly RealDocument[]): { archive: string; files: Record<string, Buffer> } {
	const bodies = documents
		.map(
			(d) =>
				`  - id: ${d.folder}\n    name: ${d.folder}\n    shortName: ${d.folder.split('-').slice(0, 2).join(' ').toUpperCase()}\n    organization: ${d.folder.split('-')[0]}\n`,
		)
		.join('');
	const archive = `title: Verkliga protokoll\nbaseUrl: https://example.org/\nlanguage: sv\npublisher:\n  name: Test\n  email: test@example.org\nbodies:\n${bodies}`;
	return { archive, files: Object.fromEntries(documents.map((d) => [d.file, d.text])) };
}

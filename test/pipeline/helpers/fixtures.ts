import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture folder: its name, input text, parse options and the path of its expected output. */
export interface Fixture {
	name: string;
	input: string;
	fileName: string;
	expectedPath: string;
}

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'minutes');

/** All fixture folders under `test/fixtures/minutes/`, in name order. */
export function fixtures(): Fixture[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort()
		.map((name) => {
			const dir = join(root, name);
			const optionsPath = join(dir, 'options.json');
			const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as { fileName?: string }) : {};
			return {
				name,
				input: readFileSync(join(dir, 'input.txt'), 'utf8'),
				fileName: options.fileName ?? `${name}.txt`,
				expectedPath: join(dir, 'expected.json'),
			};
		});
}

/** One document of the real-minutes corpus (`test/fixtures/real/<family>/<id>/`): its text as the converter reads it. */
export interface RealDocument {
	family: string;
	id: string;
	fileName: string;
	bytes: Uint8Array;
}

const realRoot = join(import.meta.dirname, '..', '..', 'fixtures', 'real');

/** Every document of the real-minutes corpus, by family and id. */
export function realDocuments(): RealDocument[] {
	const out: RealDocument[] = [];
	for (const family of readdirSync(realRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
		for (const folder of readdirSync(join(realRoot, family.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
			const dir = join(realRoot, family.name, folder.name);
			const fileName = readdirSync(dir).find((name) => name.startsWith('input.'));
			if (fileName) out.push({ family: family.name, id: folder.name, fileName, bytes: new Uint8Array(readFileSync(join(dir, fileName))) });
		}
	}
	return out.sort((a, b) => `${a.family}/${a.id}`.localeCompare(`${b.family}/${b.id}`));
}

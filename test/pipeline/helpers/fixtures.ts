import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

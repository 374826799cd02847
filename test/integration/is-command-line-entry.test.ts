import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isCommandLineEntry } from '../../scripts/cli/is-command-line-entry.ts';

const folder = await mkdtemp(path.join(tmpdir(), 'Kommunens arkiv å-'));
const script = path.join(folder, 'bygg.ts');
await writeFile(script, '');
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('isCommandLineEntry: is this module the command that was run?', () => {
	it('recognises a script in a folder with a space and a Swedish letter (its URL is percent-encoded)', () => {
		expect(pathToFileURL(script).href).toContain('%20');
		expect(isCommandLineEntry(pathToFileURL(script).href, script)).toBe(true);
	});
	it('recognises it through a symbolic link, as npm runs a package’s command', async () => {
		const link = path.join(folder, 'länk.ts');
		await symlink(script, link);
		expect(isCommandLineEntry(pathToFileURL(script).href, link)).toBe(true);
	});
	it('is false for a module imported by another command or a test', () => {
		expect(isCommandLineEntry(pathToFileURL(script).href, path.join(folder, 'annan.ts'))).toBe(false);
		expect(isCommandLineEntry(pathToFileURL(script).href, undefined)).toBe(false);
	});
});

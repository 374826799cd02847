import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file's path with symbolic links resolved, or the path itself when it does not exist. */
function realPath(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

/**
 * Whether the module at `moduleUrl` is the script Node was started with, not one imported by a test or another
 * command. Compared as real paths, so a folder with a space, an `ä` or a symbolic link in its path works.
 */
export function isCommandLineEntry(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
	return script !== undefined && realPath(fileURLToPath(moduleUrl)) === realPath(script);
}

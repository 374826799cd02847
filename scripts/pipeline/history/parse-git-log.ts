/** When a file was first and last committed. */
export interface FileHistory {
	added: string;
	changed: string;
}

/**
 * Reads the output of `git log --format=%x1e%cI --name-only` (newest commit first) into the first and last
 * commit date of every path it names.
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
	const history = new Map<string, FileHistory>();
	for (const record of output.split('\u001e')) {
		const [date, ...paths] = record.split('\n').map((line) => line.trim());
		if (!date) continue;
		for (const file of paths) {
			if (!file) continue;
			const known = history.get(file);
			if (known) known.added = date;
			else history.set(file, { added: date, changed: date });
		}
	}
	return history;
}

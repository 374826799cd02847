/** When a file was first and last committed, and the commit of its first version. */
export interface FileHistory {
	added: string;
	changed: string;
	/** The commit that added the file (the first published version). */
	firstCommit: string;
	/** How many commits changed the file. */
	commits: number;
}

/**
 * Reads the output of `git log --format=%x1e%H %cI --name-only` (newest commit first) into the first and last
 * commit of every path it names.
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
	const history = new Map<string, FileHistory>();
	for (const record of output.split('\u001e')) {
		const [head, ...paths] = record.split('\n').map((line) => line.trim());
		const [commit, date] = (head ?? '').split(' ');
		if (!commit || !date) continue;
		for (const file of paths) {
			if (!file) continue;
			const known = history.get(file);
			if (known) Object.assign(known, { added: date, firstCommit: commit, commits: known.commits + 1 });
			else history.set(file, { added: date, changed: date, firstCommit: commit, commits: 1 });
		}
	}
	return history;
}

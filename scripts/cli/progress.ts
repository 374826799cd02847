/** Where a long step is: its name, how much of it is done, and how long it has run. */
export interface ProgressState {
	stage: string;
	done: number;
	/** How much there is in all, or `null` when it is not known (then no share or estimate is shown). */
	total: number | null;
	elapsedMs: number;
}

const seconds = (ms: number): string => {
	const s = Math.max(1, Math.round(ms / 1000));
	if (s < 90) return `${s} s`;
	if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
	return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
};

/** One line saying where a step is (`converting minutes: 1,234 of 10,000 (12 %), about 40 s left`), the estimate from the pace so far. */
export function progressLine(state: ProgressState): string {
	const { stage, done, total, elapsedMs } = state;
	const count = done.toLocaleString('en');
	if (total === null || total <= 0) return done === 0 ? `${stage} …` : `${stage}: ${count}`;
	const share = Math.min(100, Math.floor((done / total) * 100));
	const left = done > 0 && done < total && elapsedMs >= 2000 ? `, about ${seconds((elapsedMs / done) * (total - done))} left` : '';
	return `${stage}: ${count} of ${total.toLocaleString('en')} (${share} %)${left}`;
}

/** Options of a progress reporter: where it writes, whether that is a terminal, and whether to stay silent. */
export interface ProgressOptions {
	write: (text: string) => void;
	/** A terminal gets one line updated in place; a log (CI) a plain line every `every` ms, without control characters. */
	terminal: boolean;
	quiet?: boolean;
	every?: number;
	now?: () => number;
}

/** Reports the progress of long steps: `start` a stage, `update` its count, `end` it. */
export interface Progress {
	start: (stage: string, total: number | null) => void;
	update: (done: number) => void;
	end: () => void;
}

/** A progress reporter for the build's long steps (conversion, page rendering, search indexing). */
export function createProgress(options: ProgressOptions): Progress {
	const { write, terminal, quiet = false, every = 5000, now = () => performance.now() } = options;
	let stage = '';
	let total: number | null = null;
	let started = 0;
	let done = 0;
	let shown = -Infinity;
	let open = false;
	const show = (force: boolean) => {
		const at = now();
		if (quiet || (!force && at - shown < (terminal ? 200 : every))) return;
		shown = at;
		const line = progressLine({ stage, done, total, elapsedMs: at - started });
		if (terminal) {
			write(`\r\u001b[2K${line}`);
			open = true;
		} else write(`${line}\n`);
	};
	return {
		start(name, count) {
			stage = name;
			total = count;
			started = now();
			done = 0;
			shown = -Infinity;
			show(true);
		},
		update(count) {
			done = count;
			show(false);
		},
		end() {
			if (quiet) return;
			if (terminal && open) write(`\r\u001b[2K`);
			open = false;
		},
	};
}

/** The progress reporter of a command-line run: one updating line on a terminal, a line every 5 s in a log, none with `--quiet`. */
export function commandLineProgress(argv: readonly string[] = process.argv): Progress {
	return createProgress({ write: (text) => process.stdout.write(text), terminal: Boolean(process.stdout.isTTY), quiet: argv.includes('--quiet') });
}

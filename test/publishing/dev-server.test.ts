import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffEnvironment, tempProject } from '../helpers/temp-project.ts';

const timeout = 60_000;
const minutes = (title: string) =>
	`Kommun- och regionledningsforum\nMinnesanteckningar\n\nPlats och tid: Halmstad, den 15 mars 2024, kl. 13.00–15.00\n\nNärvarande\nAnna Andersson (S), ordförande\nBo Berg (M)\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. ${title}\n\nForumet diskuterade frågan.\n`;

let work = '';
let server: ChildProcess | undefined;
let origin = '';
let output = '';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Stops the server and everything it started (npm → tsx → astro) through its process group. */
async function stopServer(): Promise<void> {
	const child = server;
	server = undefined;
	if (!child?.pid || child.exitCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const signal = (name: NodeJS.Signals) => {
		try {
			process.kill(-(child.pid as number), name);
		} catch {
			// the group is already gone
		}
	};
	signal('SIGTERM');
	const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
	signal('SIGKILL');
	if (!killed) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
}

/** Fetches `pathname` until `accept` is true for the page's HTML, or fails after the timeout with the last answer and the server's output. */
async function waitForPage(pathname: string, accept: (html: string) => boolean): Promise<string> {
	const deadline = Date.now() + timeout;
	let last = 'no answer';
	while (Date.now() < deadline) {
		if (server?.exitCode !== null && server?.exitCode !== undefined) break;
		try {
			const response = await fetch(`${origin}${pathname}`, { signal: AbortSignal.timeout(10_000) });
			const html = await response.text();
			last = `HTTP ${response.status}: ${html.slice(0, 300)}`;
			if (response.ok && accept(html)) return html;
		} catch (error) {
			last = String(error);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	// the lines that are not request logs say whether the edit was seen and converted again
	const events = output
		.split('\n')
		.filter((line) => !/^\S+ \[\d{3}\] \//u.test(line.trim()))
		.join('\n');
	throw new Error(
		`${pathname} did not show what was expected within ${timeout / 1000} s. Last answer: ${last.slice(0, 500)}\n--- server output without request lines ---\n${events.slice(-6000)}`,
	);
}

const exitHandler = () => {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
};

beforeAll(async () => {
	// A project copy of its own: Astro keeps dev state in <root>/.astro/, which other builds in the project would overwrite.
	work = tempProject('dev-server-');
	writeFileSync(path.join(work, 'content/minutes/halland-krf/2024-03-15.txt'), minutes('Budget för 2025'));
	const port = await freePort();
	origin = `http://localhost:${port}`;
	process.once('exit', exitHandler);
	server = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
		cwd: work,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		// The defaults staff get (content/, .generated/ inside the project), except Astro's cache: node_modules is shared.
		env: { ...staffEnvironment(), ARCHIVE_CACHE_DIR: path.join(work, '.astro-cache') },
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
}, timeout);

afterAll(async () => {
	await stopServer();
	process.off('exit', exitHandler);
	rmSync(work, { recursive: true, force: true });
}, 15_000);

describe('npm run dev: preview while editing', () => {
	const page = '/organ/halland-krf/2024-03-15/';

	it(
		'serves the meeting page on the port given with -- --port',
		async () => {
			const html = await waitForPage(page, (text) => text.includes('Budget för 2025'));
			expect(html).toContain('Mötets öppnande');
		},
		timeout + 5_000,
	);

	it(
		'shows a changed item title after the minutes file is edited',
		async () => {
			const file = path.join(work, 'content/minutes/halland-krf/2024-03-15.txt');
			writeFileSync(file, readFileSync(file, 'utf8').replace('2. Budget för 2025', '2. Budget för 2026 (ändrad)'));
			// Both the rendered text (the MDX body) and the table of contents (the entry's front matter) must change.
			const html = await waitForPage(page, (text) => text.includes('<h2 id="punkt-2">2. Budget för 2026 (ändrad)') && !text.includes('Budget för 2025'));
			expect(html).toContain('<a href="#punkt-2">2. Budget för 2026 (ändrad)</a>');
		},
		timeout + 5_000,
	);

	it(
		'keeps serving the changed page on later requests',
		async () => {
			await new Promise((resolve) => setTimeout(resolve, 2_000));
			const response = await fetch(`${origin}${page}`);
			expect(response.status, output.slice(-3000)).toBe(200);
			expect(await response.text()).toContain('Budget för 2026 (ändrad)');
		},
		timeout,
	);

	it(
		'serves a minutes file added while the server runs',
		async () => {
			writeFileSync(path.join(work, 'content/minutes/halland-krf/2024-04-01.txt'), minutes('Nytt ärende om kollektivtrafik').replace('15 mars', '1 april'));
			await waitForPage('/organ/halland-krf/2024-04-01/', (text) => text.includes('Nytt ärende om kollektivtrafik'));
		},
		timeout + 5_000,
	);
});

describe('npm run dev: stopping', () => {
	it('leaves no process behind', async () => {
		const pid = server?.pid;
		await stopServer();
		expect(pid).toBeDefined();
		const alive = () => {
			try {
				process.kill(-(pid as number), 0);
				return true;
			} catch {
				return false;
			}
		};
		const deadline = Date.now() + 5_000;
		while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(alive()).toBe(false);
	}, 15_000);
});

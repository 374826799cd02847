import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** Types a real static host compresses on the fly (Pagefind's own files are already compressed). */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

export interface ServeOptions {
	/** Compress text responses with gzip when the client accepts it, as a real static host does. */
	gzip?: boolean;
}

/** A static file server on 127.0.0.1 for browser tests; resolves with its origin and a function that stops it. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(dir, decodeURIComponent(url.pathname));
		if (!file.startsWith(dir)) {
			response.writeHead(403).end();
			return;
		}
		const gzip = options.gzip === true && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const send = (status: number, target: string) => {
			const ext = path.extname(target);
			const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream' };
			if (gzip && compressible.has(ext)) {
				headers['content-encoding'] = 'gzip';
				headers.vary = 'Accept-Encoding';
				response.writeHead(status, headers);
				createReadStream(target)
					.on('error', () => response.end())
					.pipe(createGzip())
					.pipe(response);
			} else {
				response.writeHead(status, headers);
				createReadStream(target)
					.on('error', () => response.end())
					.pipe(response);
			}
		};
		try {
			if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
			statSync(file);
		} catch {
			send(404, path.join(dir, '404.html'));
			return;
		}
		send(200, file);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

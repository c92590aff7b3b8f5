import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Types every real static host compresses (images, fonts, WebAssembly and Pagefind's files are sent as they are). */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.txt', '.svg']);

/**
 * Whether a response for this file may be gzipped, given the request's Accept-Encoding.
 * @example gzipAccepted('/srv/dist/index.html', 'gzip, deflate, br') // → true
 */
export function gzipAccepted(file: string, acceptEncoding: string | undefined): boolean {
	return compressible.has(extname(file)) && /\bgzip\b/.test(acceptEncoding ?? '');
}

/**
 * Maps a request path under `base` to a file in `root`, or null when it falls outside either.
 * @example resolveRequestPath('/artikel/', '/', '/srv/dist') // → '/srv/dist/artikel/index.html'
 */
export function resolveRequestPath(urlPath: string, base: string, root: string): string | null {
	const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	if (!path.startsWith(base)) return null;
	const relative = normalize(path.slice(base.length)).replace(/^([/\\])+/, '');
	if (relative.startsWith('..')) return null;
	const file = join(root, relative);
	if (file !== root && !file.startsWith(root + sep)) return null;
	return path.endsWith('/') ? join(file, 'index.html') : file;
}

export interface StaticServerOptions {
	root: string;
	base?: string;
	port?: number;
	host?: string;
	/** Extra response headers, e.g. a Content-Security-Policy under test. */
	headers?: Record<string, string>;
}

/** Serves a built site like a plain static host: index.html for folders, 404.html for misses, text gzipped. */
export async function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; url: string }> {
	const base = options.base ?? '/';
	const send = async (file: string, status: number, req: IncomingMessage, res: ServerResponse) => {
		const body = await readFile(file);
		const gzip = gzipAccepted(file, req.headers['accept-encoding']);
		res.writeHead(status, {
			'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
			...options.headers,
		});
		res.end(gzip ? gzipSync(body) : body);
	};
	const server = createServer(async (req, res) => {
		try {
			let file = resolveRequestPath(req.url ?? '/', base, options.root);
			if (file && (await stat(file).catch(() => null))?.isDirectory()) {
				res.writeHead(301, { location: `${(req.url ?? '/').split('?')[0]}/` });
				res.end();
				return;
			}
			if (file && (await stat(file).catch(() => null))?.isFile()) return await send(file, 200, req, res);
			file = join(options.root, '404.html');
			return await send(file, 404, req, res);
		} catch {
			res.writeHead(500, { 'content-type': 'text/plain' });
			res.end('Internal error');
		}
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	return { server, url: `http://localhost:${port}${base}` };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { gzipAccepted, startStaticServer } from '../../src/build/static-server.ts';

/** A raw GET (fetch would decompress and hide the encoding). */
function get(url: string, headers: Record<string, string>): Promise<{ encoding: string | undefined; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

describe('static server compression', () => {
	test('gzips text when the client accepts it, never images, fonts or WebAssembly', () => {
		expect(gzipAccepted('/d/index.html', 'gzip, deflate, br')).toBe(true);
		expect(gzipAccepted('/d/a.css', 'br')).toBe(false);
		expect(gzipAccepted('/d/index.html', undefined)).toBe(false);
		for (const file of ['/d/og/a.png', '/d/f.woff2', '/d/pagefind/wasm.en.pagefind', '/d/x.wasm']) expect(gzipAccepted(file, 'gzip')).toBe(false);
	});

	test('a page asked for with gzip arrives gzipped and reads the same', async () => {
		const root = mkdtempSync(join(tmpdir(), 'static-server-'));
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
		const { server, url } = await startStaticServer({ root });
		try {
			const zipped = await get(url, { 'accept-encoding': 'gzip' });
			expect(zipped.encoding).toBe('gzip');
			expect(gunzipSync(zipped.body).toString()).toBe('<!doctype html><title>x</title>');
			const plain = await get(url, {});
			expect(plain.encoding).toBeUndefined();
			expect(plain.body.toString()).toBe('<!doctype html><title>x</title>');
		} finally {
			server.close();
			rmSync(root, { recursive: true, force: true });
		}
	});
});

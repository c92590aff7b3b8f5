import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cachedSearchBundle, searchBundleKeyBuilder, type KeyedPage } from '../../src/build/search-bundle-cache.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): { cache: string; dist: string } {
	const dir = mkdtempSync(join(tmpdir(), 'search-bundle-cache-'));
	dirs.push(dir);
	return { cache: join(dir, 'cache'), dist: join(dir, 'dist') };
}

/** A stand-in for Pagefind's writeFiles that counts its calls and writes an entry file naming the call. */
function countingWriter() {
	const writer = {
		calls: 0,
		write: async (dir: string) => {
			writer.calls += 1;
			mkdirSync(join(dir, 'fragment'), { recursive: true });
			writeFileSync(join(dir, 'pagefind-entry.json'), `{"call":${writer.calls}}`);
			writeFileSync(join(dir, 'fragment/a.pf_fragment'), 'fragment');
		},
	};
	return writer;
}

const page = (path: string, html: string) => ({ sourcePath: path, content: html });
function searchBundleKey(indexer: string, pages: KeyedPage[]): string {
	const key = searchBundleKeyBuilder(indexer);
	for (const each of pages) key.add(each);
	return key.digest();
}
const entryOf = (dist: string) => readFileSync(join(dist, 'pagefind-quotes/pagefind-entry.json'), 'utf8');

describe('search bundle cache', () => {
	test('takes the bundle of the same pages from the cache without indexing them again', async () => {
		const { cache, dist } = scratch();
		const writer = countingWriter();
		const key = searchBundleKey('pagefind 1', [page('kutipan/a/index.html', '<main>a</main>')]);
		expect(await cachedSearchBundle('quotes', key, join(dist, 'pagefind-quotes'), writer.write, cache)).toBe(false);
		rmSync(dist, { recursive: true });
		expect(await cachedSearchBundle('quotes', key, join(dist, 'pagefind-quotes'), writer.write, cache)).toBe(true);
		expect(writer.calls).toBe(1);
		expect(entryOf(dist)).toBe('{"call":1}');
		expect(readdirSync(join(dist, 'pagefind-quotes/fragment'))).toEqual(['a.pf_fragment']);
	});

	test('has another key when a page’s HTML, a page’s path, the page count or the indexer changes', () => {
		const pages = [page('kutipan/a/index.html', '<main>a</main>'), page('kutipan/b/index.html', '<main>b</main>')];
		const keys = [
			searchBundleKey('pagefind 1', pages),
			searchBundleKey('pagefind 1', [pages[0]!, page('kutipan/b/index.html', '<main>B</main>')]),
			searchBundleKey('pagefind 1', [pages[0]!, page('kutipan/c/index.html', '<main>b</main>')]),
			searchBundleKey('pagefind 1', [pages[0]!]),
			searchBundleKey('pagefind 2', pages),
			// The same text split differently between two pages.
			searchBundleKey('pagefind 1', [page('kutipan/a/index.html', '<main>a</main><main>b'), page('kutipan/b/index.html', '</main>')]),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});

	test('has the same key for pages as text or as their bytes', () => {
		const pages = [page('kutipan/a/index.html', '<main>Hà Nội</main>'), page('kutipan/b/index.html', '<main>b</main>')];
		const bytes = pages.map(({ sourcePath, content }) => ({ sourcePath, content: Buffer.from(content) }));
		expect(searchBundleKey('pagefind 1', bytes)).toBe(searchBundleKey('pagefind 1', pages));
	});

	test('keeps one bundle per name, the last written, and replaces what the output folder held', async () => {
		const { cache, dist } = scratch();
		const writer = countingWriter();
		await cachedSearchBundle('quotes', 'k1', join(dist, 'pagefind-quotes'), writer.write, cache);
		await cachedSearchBundle('archive', 'k1', join(dist, 'pagefind-archive'), writer.write, cache);
		writeFileSync(join(dist, 'pagefind-quotes/stale.pf_index'), 'old');
		await cachedSearchBundle('quotes', 'k2', join(dist, 'pagefind-quotes'), writer.write, cache);
		expect(readdirSync(cache).sort()).toEqual(['archive-k1', 'quotes-k2']);
		expect(readdirSync(join(dist, 'pagefind-quotes')).sort()).toEqual(['fragment', 'pagefind-entry.json']);
		expect(entryOf(dist)).toBe('{"call":3}');
	});

	test('an indexing error leaves the cache as it was, with no half-written bundle, and is thrown', async () => {
		const { cache, dist } = scratch();
		await cachedSearchBundle('quotes', 'k1', join(dist, 'pagefind-quotes'), countingWriter().write, cache);
		const failing = async (dir: string) => {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'half.pf_index'), 'half');
			throw new Error('kutipan/x/index.html: bad HTML');
		};
		await expect(cachedSearchBundle('quotes', 'k2', join(dist, 'pagefind-quotes'), failing, cache)).rejects.toThrow('kutipan/x/index.html');
		expect(readdirSync(cache)).toEqual(['quotes-k1']);
	});
});

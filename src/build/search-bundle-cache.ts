import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir, linkTree, writeThenRename } from './cache-files.ts';

/**
 * Where the search bundles (src/build/search-indexing.ts) are kept between
 * builds, beside the share cards' cache: a rebuild whose pages of a bundle did not change copies the bundle instead
 * of indexing them again.
 */
export const searchBundleCacheDir = buildCacheDir('search-bundles');

/** A page as a bundle's key sees it: its path under dist/ and its HTML, as text or as the file's bytes. */
export interface KeyedPage {
	sourcePath: string;
	content: string | Uint8Array;
}

/**
 * The cache key of a bundle, built a page at a time (the pages are hashed as they are read, not held in memory): a
 * hash of the indexer's version and settings and of every page it indexes (path and HTML).
 * @example const key = searchBundleKeyBuilder('pagefind 1.6.0'); key.add(page); key.digest() // → 64 hex digits
 */
export function searchBundleKeyBuilder(indexer: string): { add: (page: KeyedPage) => void; digest: () => string } {
	const hash = createHash('sha256').update(`${indexer}\0`);
	return {
		add: ({ sourcePath, content }) => hash.update(`${sourcePath}\0${Buffer.byteLength(content)}\0`).update(content).update('\0'),
		digest: () => hash.digest('hex'),
	};
}

/**
 * Puts the bundle with this key into `outputPath`: taken from the cache when the same pages were indexed before,
 * else written by `write` into the cache and taken from there. Its files in `outputPath` are hard links to the
 * cache's (a copy took a second at 1,000 articles); Astro empties dist/ by removing them, which leaves the cache's.
 * The cache keeps one bundle per name, the last one written, whole or not at all. Returns whether the cache had it.
 */
export async function cachedSearchBundle(
	name: string,
	key: string,
	outputPath: string,
	write: (dir: string) => Promise<void>,
	dir = searchBundleCacheDir,
): Promise<boolean> {
	const kept = join(dir, `${name}-${key}`);
	const hit = existsSync(kept);
	if (!hit) {
		mkdirSync(dir, { recursive: true });
		await writeThenRename(kept, write);
		const older = (entry: string) => entry.startsWith(`${name}-`) && entry !== `${name}-${key}` && !entry.endsWith('.tmp');
		for (const old of readdirSync(dir).filter(older)) rmSync(join(dir, old), { recursive: true, force: true });
	}
	rmSync(outputPath, { recursive: true, force: true });
	linkTree(kept, outputPath);
	return hit;
}

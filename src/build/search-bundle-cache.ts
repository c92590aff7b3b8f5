import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the quotes' and the archive's search bundles (src/integrations/extra-search-indexes.ts) are kept between
 * builds, beside the share cards' cache: a rebuild whose pages of a bundle did not change copies the bundle instead
 * of indexing them again.
 */
export const searchBundleCacheDir = join(process.cwd(), 'node_modules/.cache/konvensi-hanoi-search-bundles');

/**
 * The cache key of a bundle: a hash of the indexer's version and settings and of every page it indexes (path and HTML).
 * @example searchBundleKey('pagefind 1.6.0', [{ sourcePath: 'kutipan/a/index.html', content: '<html>…' }]) // → 64 hex digits
 */
export function searchBundleKey(indexer: string, pages: ReadonlyArray<{ sourcePath: string; content: string }>): string {
	const hash = createHash('sha256').update(`${indexer}\0${pages.length}\0`);
	for (const page of pages) hash.update(`${page.sourcePath}\0${page.content.length}\0${page.content}\0`);
	return hash.digest('hex');
}

/**
 * Puts the bundle with this key into `outputPath`: copied from the cache when the same pages were indexed before,
 * else written by `write` into the cache and copied from there. The cache keeps one bundle per name, the last one
 * written; a bundle is written in a temporary folder and renamed into place, so a build that stops halfway leaves
 * no half-written bundle for the next. Returns whether the cache had it.
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
		const temporary = `${kept}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
		try {
			await write(temporary);
			for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && !old.endsWith('.tmp')) rmSync(join(dir, old), { recursive: true, force: true });
			renameSync(temporary, kept);
		} finally {
			rmSync(temporary, { recursive: true, force: true });
		}
	}
	rmSync(outputPath, { recursive: true, force: true });
	cpSync(kept, outputPath, { recursive: true });
	return hit;
}

import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One of the build's caches under node_modules/.cache/: a static host's build cache and CI caches keep it, and
 * `npm ci` (which empties node_modules) starts clean.
 * @example buildCacheDir('share-images') // → '<project>/node_modules/.cache/konvensi-hanoi-share-images'
 */
export const buildCacheDir = (name: string): string => join(process.cwd(), 'node_modules/.cache', `konvensi-hanoi-${name}`);

/**
 * Makes `path` (a file or a folder) by writing it under a temporary name beside it and renaming it into place, so a
 * build that stops halfway, or a write that throws, never leaves a half-written entry for the next build.
 * @example await writeThenRename(file, (temporary) => writeFileSync(temporary, png))
 */
export async function writeThenRename(path: string, write: (temporary: string) => unknown): Promise<void> {
	const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await write(temporary);
		renameSync(temporary, path);
	} finally {
		rmSync(temporary, { recursive: true, force: true });
	}
}

/**
 * Puts the file `from` at `to` as a hard link (one more name for the same bytes, made in no time), or as a copy where
 * links cannot be made (another file system). Whoever writes to either name writes to both: callers link only files
 * that are replaced, never rewritten in place.
 */
export function linkOrCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/**
 * Makes the folder `to` hold every file under the folder `from` at the same paths, each by {@link linkOrCopy}.
 * @example linkTree('node_modules/.cache/konvensi-hanoi-search-bundles/site-3f1c…', 'dist/pagefind')
 */
export function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
		else linkOrCopy(join(from, entry.name), join(to, entry.name));
	}
}

import { randomBytes } from 'node:crypto';
import { rmSync, renameSync } from 'node:fs';
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

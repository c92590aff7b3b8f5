import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a build of the site reads from the repository; packages resolve from the repository's node_modules. */
const projectFiles = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Replaces `root` (a folder inside the repository's ignored tmp/) with a fresh copy of the project's sources, for a
 * test that builds the site with other content or settings without touching the repository's own.
 * @example copyProject(resolve('tmp/variant-site'))
 */
export function copyProject(root: string, repo = process.cwd()): void {
	rmSync(root, { recursive: true, force: true });
	for (const name of projectFiles) cpSync(join(repo, name), join(root, name), { recursive: true });
}

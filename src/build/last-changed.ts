/**
 * When each content file last changed, from git history: the date a page shows as "last changed". Works on a fresh
 * full clone and in CI; in a shallow clone, files whose newest commit is the clone's boundary have no known date
 * (that commit lists every file), so they get none rather than a date that claims a change that may not have happened.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Newest commit date per file (repository-relative path); `null` where a shallow clone hides it. */
export type ChangeDates = Map<string, Date | null>;

/** The marker line of a commit in the log read by `readChangeDates`: `t:<unix seconds> <hash>`. */
export const commitFormat = 't:%ct %H';

/**
 * Reads `git log --format='t:%ct %H' --name-only` output, newest commit first: each file gets the date of the newest
 * commit that touched it, or `null` when that commit is a shallow-clone boundary.
 * @example parseChangeLog('t:1700000000 abc\n\ncontent/a.mdx\n', new Set()).get('content/a.mdx') // → 2023-11-14T22:13:20.000Z
 */
export function parseChangeLog(log: string, boundaries: Set<string>): ChangeDates {
	const dates: ChangeDates = new Map();
	let current: Date | null = null;
	for (const line of log.split('\n')) {
		const commit = /^t:(\d+) ([0-9a-f]+)$/u.exec(line);
		if (commit) {
			current = boundaries.has(commit[2]!) ? null : new Date(Number(commit[1]) * 1000);
			continue;
		}
		if (line && !dates.has(line)) dates.set(line, current);
	}
	return dates;
}

/**
 * The newest change among some files, or undefined when none has a known date. A path ending in `/` stands for
 * every file under it.
 * @example newestChange(dates, ['content/people/a.yaml', 'content/quotes/'])
 */
export function newestChange(dates: ChangeDates, paths: string[]): Date | undefined {
	let newest: Date | undefined;
	for (const [file, date] of dates) {
		if (!date || !paths.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path))) continue;
		if (!newest || date > newest) newest = date;
	}
	return newest;
}

const git = (root: string, args: string[]) => spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The change dates of every file under `content/` of the repository at `root`; empty (with a warning) outside git.
 * Warns once when a shallow clone leaves files without a date.
 */
export function readChangeDates(root: string, warn: (message: string) => void = console.warn): ChangeDates {
	const log = git(root, ['log', `--format=${commitFormat}`, '--name-only', '--', 'content']);
	if (log.error || log.status !== 0) {
		warn(`last-changed dates: git history unavailable (${log.error?.message ?? log.stderr.trim()}); pages show no date`);
		return new Map();
	}
	const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow']).stdout.trim();
	const shallowPath = shallowFile ? resolve(root, shallowFile) : '';
	const boundaries = new Set(shallowPath && existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean) : []);
	const dates = parseChangeLog(log.stdout, boundaries);
	const unknown = [...dates.values()].filter((date) => date === null).length;
	if (unknown) warn(`last-changed dates: shallow clone, ${unknown} content files have no date (run \`git fetch --unshallow\` for full history)`);
	return dates;
}

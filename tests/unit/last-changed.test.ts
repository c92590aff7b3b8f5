import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { newestChange, parseChangeLog, readChangeDates } from '../../src/build/last-changed.ts';

const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('last-changed dates', () => {
	const log = [
		`t:${seconds('2026-03-01T10:00:00Z')} c3`,
		'',
		'content/docs/a.mdx',
		`t:${seconds('2026-02-01T10:00:00Z')} c2`,
		'',
		'content/docs/a.mdx',
		'content/people/p.yaml',
		`t:${seconds('2026-01-01T10:00:00Z')} c1`,
		'',
		'content/docs/a.mdx',
		'content/docs/b.mdx',
		'content/people/p.yaml',
	].join('\n');

	test('each file gets the date of the newest commit that touched it', () => {
		const dates = parseChangeLog(log, new Set());
		expect(dates.get('content/docs/a.mdx')?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
		expect(dates.get('content/people/p.yaml')?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
		expect(dates.get('content/docs/b.mdx')?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
	});

	test('in a shallow clone, a file last seen in the boundary commit has no date; later changes keep theirs', () => {
		const dates = parseChangeLog(log, new Set(['c1']));
		expect(dates.get('content/docs/b.mdx')).toBeNull();
		expect(dates.get('content/docs/a.mdx')?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
	});

	test('the newest change of several files or folders, skipping unknown dates', () => {
		const dates = parseChangeLog(log, new Set(['c1']));
		expect(newestChange(dates, ['content/people/p.yaml', 'content/docs/b.mdx'])?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
		expect(newestChange(dates, ['content/docs/'])?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
		expect(newestChange(dates, ['content/docs/b.mdx'])).toBeUndefined();
		expect(newestChange(dates, ['content/docs/c.mdx'])).toBeUndefined();
	});

	const scratch = mkdtempSync(join(tmpdir(), 'last-changed-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));
	const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
		execFileSync('git', args, {
			cwd,
			env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', ...env },
		});

	test('reads a real repository, and a shallow clone of it without inventing dates', () => {
		const origin = join(scratch, 'origin');
		mkdirSync(join(origin, 'content'), { recursive: true });
		run(origin, ['init', '-q']);
		writeFileSync(join(origin, 'content/old.mdx'), 'old');
		run(origin, ['add', '.']);
		run(origin, ['commit', '-qm', 'old'], { GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' });
		writeFileSync(join(origin, 'content/new.mdx'), 'new');
		run(origin, ['add', '.']);
		run(origin, ['commit', '-qm', 'new'], { GIT_COMMITTER_DATE: '2026-02-01T00:00:00Z' });
		const full = readChangeDates(origin, () => {});
		expect(full.get('content/old.mdx')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
		expect(full.get('content/new.mdx')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');

		const shallow = join(scratch, 'shallow');
		run(scratch, ['clone', '-q', '--depth=1', `file://${origin}`, shallow]);
		const warnings: string[] = [];
		const dates = readChangeDates(shallow, (message) => warnings.push(message));
		expect(dates.get('content/old.mdx')).toBeNull();
		expect(dates.get('content/new.mdx')).toBeNull();
		expect(warnings.join()).toContain('shallow clone');

		const outside = join(scratch, 'not-a-repo');
		mkdirSync(outside);
		const missing: string[] = [];
		expect(readChangeDates(outside, (message) => missing.push(message)).size).toBe(0);
		expect(missing.join()).toContain('git history unavailable');
	});
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildCacheDir, writeThenRename } from '../../src/build/cache-files.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('build cache files', () => {
	test('live under node_modules/.cache/ of the project, one folder per cache', () => {
		expect(buildCacheDir('share-images')).toBe(join(process.cwd(), 'node_modules/.cache/konvensi-hanoi-share-images'));
	});

	test('a written entry appears whole under its name, with no temporary left beside it', async () => {
		dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
		await writeThenRename(join(dir, 'card.png'), (temporary) => writeFileSync(temporary, 'png'));
		expect(readdirSync(dir)).toEqual(['card.png']);
		expect(readFileSync(join(dir, 'card.png'), 'utf8')).toBe('png');
	});

	test('a write that throws leaves nothing, and the error reaches the caller', async () => {
		dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
		const failing = (temporary: string) => {
			writeFileSync(temporary, 'half');
			throw new Error('render failed');
		};
		await expect(writeThenRename(join(dir, 'card.png'), failing)).rejects.toThrow('render failed');
		expect(existsSync(join(dir, 'card.png'))).toBe(false);
		expect(readdirSync(dir)).toEqual([]);
	});
});

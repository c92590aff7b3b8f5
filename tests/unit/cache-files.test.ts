import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildCacheDir, linkTree, writeThenRename } from '../../src/build/cache-files.ts';

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

	test('a linked folder holds every file of the cached one, sharing its bytes, and removing it leaves the cache whole', () => {
		dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
		const cached = join(dir, 'cache/site-k1');
		mkdirSync(join(cached, 'fragment'), { recursive: true });
		writeFileSync(join(cached, 'pagefind-entry.json'), '{}');
		writeFileSync(join(cached, 'fragment/a.pf_fragment'), 'fragment');
		const output = join(dir, 'dist/pagefind');
		linkTree(cached, output);
		expect(readFileSync(join(output, 'fragment/a.pf_fragment'), 'utf8')).toBe('fragment');
		expect(statSync(join(output, 'pagefind-entry.json')).ino).toBe(statSync(join(cached, 'pagefind-entry.json')).ino);
		rmSync(join(dir, 'dist'), { recursive: true });
		expect(readdirSync(cached).sort()).toEqual(['fragment', 'pagefind-entry.json']);
		expect(readFileSync(join(cached, 'fragment/a.pf_fragment'), 'utf8')).toBe('fragment');
	});
});

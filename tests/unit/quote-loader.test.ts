import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import { quotesLoader } from '../../src/loaders/quote-loader.ts';

let root: string | undefined;
/** The file each entry was stored with, which Astro names when the entry fails its schema. */
const storedPaths = new Map<string, string | undefined>();
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** Runs the loader over quote files in a throwaway project, with a store and a parseData that only record. */
async function load(files: Record<string, string>) {
	root = mkdtempSync(join(tmpdir(), 'quote-loader-'));
	const dir = join(root, 'content/quotes');
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const entries = new Map<string, unknown>();
	const context = {
		store: {
			clear: () => entries.clear(),
			set: ({ id, data, filePath }: { id: string; data: unknown; filePath?: string }) => {
				storedPaths.set(id, filePath);
				return entries.set(id, data);
			},
		},
		parseData: async ({ data }: { data: unknown }) => data,
		config: { root: pathToFileURL(`${root}/`) },
	};
	await quotesLoader('./content/quotes').load(context as unknown as Parameters<Loader['load']>[0]);
	return entries;
}

const quote = (id: string) => `  - id: ${id}\n    kind: direct\n    speaker: x\n    paragraph: p-1\n    text: Kata\n`;

describe('quotesLoader', () => {
	test('one entry per checked quote, carrying its file’s article; candidates and dropped entries are not published', async () => {
		const entries = await load({
			'a.yaml': `article: artikel/a\nquotes:\n${quote('x-1')}${quote('x-2')}candidates:\n${quote('x-3')}dropped: []\n`,
			'b.yaml': 'article: artikel/b\nquotes: []\n',
			'notes.txt': 'not a quote file',
		});
		expect([...entries.keys()]).toEqual(['x-1', 'x-2']);
		expect(storedPaths.get('x-2')).toBe(join('content', 'quotes', 'a.yaml'));
		expect(entries.get('x-1')).toEqual({ kind: 'direct', speaker: 'x', paragraph: 'p-1', text: 'Kata', article: 'artikel/a' });
	});
	test('a quote without an id names its file', async () => {
		await expect(load({ 'a.yaml': 'article: artikel/a\nquotes:\n  - kind: direct\n    text: Kata\n' })).rejects.toThrow('content/quotes/a.yaml: a quote has no id');
	});
	test('an id used twice names both files', async () => {
		await expect(load({ 'a.yaml': `article: artikel/a\nquotes:\n${quote('x-1')}`, 'b.yaml': `article: artikel/b\nquotes:\n${quote('x-1')}` })).rejects.toThrow(
			'content/quotes/b.yaml: quote id "x-1" is also used in a.yaml',
		);
	});
});

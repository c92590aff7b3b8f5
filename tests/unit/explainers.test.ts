import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { explainerIds } from '../../src/utils/explainers.ts';

const docs = 'content/docs';

/** Every Indonesian docs page's id (path without `.mdx`), skipping the English folder and the imported articles. */
function indonesianPageIds(dir = docs): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return ['en', 'artikel'].includes(relative(docs, path)) ? [] : indonesianPageIds(path);
		return entry.name.endsWith('.mdx') ? [relative(docs, path).replace(/\.mdx$/, '')] : [];
	});
}

function pageType(id: string): unknown {
	const frontmatter = readFileSync(join(docs, `${id}.mdx`), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
	return (parse(frontmatter) as { pageType?: unknown } | null)?.pageType;
}

describe('explainerIds', () => {
	test('each listed explainer has an Indonesian and an English page', () => {
		for (const id of explainerIds) {
			expect(existsSync(join(docs, `${id}.mdx`)), `${docs}/${id}.mdx`).toBe(true);
			expect(existsSync(join(docs, 'en', `${id}.mdx`)), `${docs}/en/${id}.mdx`).toBe(true);
		}
	});
	test('lists each explainer once', () => {
		expect(new Set(explainerIds).size).toBe(explainerIds.length);
	});
	test('every page marked pageType: explainer is in the list, so the sidebar and home page show it', () => {
		const unlisted = indonesianPageIds().filter((id) => pageType(id) === 'explainer' && !(explainerIds as readonly string[]).includes(id));
		expect(unlisted, 'add these to src/utils/explainers.ts').toEqual([]);
	});
});

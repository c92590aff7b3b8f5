import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads the checked quotes of every content/quotes/<slug>.yaml (one file per article) as one entry per
 * quote, each carrying its file's `article`. Candidates and dropped entries are not published.
 * @example quotesLoader('./content/quotes') // entry "le-xuan-minh-2025-10-08-situasi-keamanan-siber"
 */
export function quotesLoader(dir: string): Loader {
	return {
		name: 'quotes-loader',
		load: async ({ store, parseData, config }) => {
			const root = new URL(dir.replace(/^\.\//, ''), config.root);
			store.clear();
			const seen = new Map<string, string>();
			for (const name of (await readdir(root)).filter((file) => file.endsWith('.yaml')).sort()) {
				const file = parse(await readFile(join(root.pathname, name), 'utf8')) as { article?: string; quotes?: Array<Record<string, unknown>> };
				for (const { id, ...quote } of file.quotes ?? []) {
					if (typeof id !== 'string') throw new Error(`content/quotes/${name}: a quote has no id`);
					// Ids are permalinks and export keys: two quotes may never share one.
					if (seen.has(id)) throw new Error(`content/quotes/${name}: quote id "${id}" is also used in ${seen.get(id)}`);
					seen.set(id, name);
					const data = await parseData({ id, data: { ...quote, article: file.article } });
					store.set({ id, data });
				}
			}
		},
	};
}

import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { folderFiles } from './folder-files.ts';

/**
 * Loads the checked quotes of every content/quotes/<slug>.yaml (one file per article) as one entry per
 * quote, each carrying its file's `article`. Candidates and dropped entries are not published. Astro's `glob()`
 * makes one entry per file, and `file()` reads one file; neither makes many entries from each file of a folder.
 * @example quotesLoader('./content/quotes') // entry "le-xuan-minh-2025-10-08-situasi-keamanan-siber"
 */
export function quotesLoader(dir: string): Loader {
	return {
		name: 'quotes-loader',
		load: async ({ store, parseData, config }) => {
			store.clear();
			const seen = new Map<string, string>();
			for (const { name, path, text } of await folderFiles(dir, '.yaml', config.root)) {
				const file = parse(text) as { article?: string; quotes?: Array<Record<string, unknown>> };
				for (const { id, ...quote } of file.quotes ?? []) {
					if (typeof id !== 'string') throw new Error(`content/quotes/${name}: a quote has no id`);
					// Ids are permalinks and export keys: two quotes may never share one.
					if (seen.has(id)) throw new Error(`content/quotes/${name}: quote id "${id}" is also used in ${seen.get(id)}`);
					seen.set(id, name);
					// With its file path, a schema error names the file as well as the quote and the field.
					const data = await parseData({ id, data: { ...quote, article: file.article }, filePath: path });
					store.set({ id, data, filePath: path });
				}
			}
		},
	};
}

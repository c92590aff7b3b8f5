import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Loads `<lang>.json` files as entries keyed by language, without a file path, so Starlight
 * reads UI strings from a folder outside `src/content/`.
 * @example jsonByLangLoader('./content/i18n') // content/i18n/en.json → entry "en"
 */
export function jsonByLangLoader(dir: string): Loader {
	return {
		name: 'json-by-lang-loader',
		load: async ({ store, parseData, config }) => {
			const root = new URL(dir.replace(/^\.\//, ''), config.root);
			store.clear();
			for (const name of (await readdir(root)).filter((file) => file.endsWith('.json')).sort()) {
				const id = name.replace(/\.json$/, '');
				const text = await readFile(join(root.pathname, name), 'utf8');
				const data = await parseData({ id, data: JSON.parse(text) });
				store.set({ id, data });
			}
		},
	};
}

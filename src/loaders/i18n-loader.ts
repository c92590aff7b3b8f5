import type { Loader } from 'astro/loaders';
import { folderFiles } from './folder-files.ts';

/**
 * Loads `<lang>.json` files as entries keyed by language, without a file path, so Starlight reads UI strings from a
 * folder outside `src/content/`. Astro's `glob()` and `file()` loaders would give each entry its file path, and
 * Starlight then keys the strings by that path relative to `src/content/i18n/` (its translations.ts), which a folder
 * outside it does not match: every string would fall back to Starlight's defaults.
 * @example jsonByLangLoader('./content/i18n') // content/i18n/en.json → entry "en"
 */
export function jsonByLangLoader(dir: string): Loader {
	return {
		name: 'json-by-lang-loader',
		load: async ({ store, parseData, config }) => {
			store.clear();
			for (const file of await folderFiles(dir, '.json', config.root)) {
				const id = file.name.replace(/\.json$/, '');
				const data = await parseData({ id, data: JSON.parse(file.text) });
				store.set({ id, data });
			}
		},
	};
}

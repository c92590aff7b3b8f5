// Pagefind's JS API, loaded once per page for the search page and the header dialog alike.
import { searchBundleFolders, type SearchBundle } from '~/utils/search-bundles.ts';
import { searchRanking } from '~/utils/search-ranking.ts';
import type { PagefindResultData } from '~/utils/search-results.ts';

/** What the site passes to `pagefind.search`. */
export interface PagefindSearchOptions {
	filters?: Record<string, string>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) the site uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const loading = new Map<SearchBundle, Promise<Pagefind>>();

/**
 * Loads a bundle's Pagefind script and starts loading its WebAssembly and index entry; every later call for that
 * bundle shares that load. Each bundle has its own script, so its own instance; all have the same options, for the
 * search page and the header dialog alike: both draw results the same way.
 */
export function loadPagefind(bundle: SearchBundle = 'site'): Promise<Pagefind> {
	const loaded = loading.get(bundle);
	if (loaded) return loaded;
	const load = (async () => {
		const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
		const pagefind = (await import(/* @vite-ignore */ `${base}${searchBundleFolders[bundle]}/pagefind.js`)) as Pagefind;
		// Excerpts of about 30 words: enough to judge a hit in its sentence.
		await pagefind.options({ baseUrl: base, ranking: searchRanking, excerptLength: 30 });
		await pagefind.init();
		return pagefind;
	})();
	loading.set(bundle, load);
	return load;
}

/** {@link loadPagefind}, resolving with nothing when the bundle cannot load (the results then say so). */
export async function tryLoadPagefind(bundle: SearchBundle = 'site'): Promise<Pagefind | undefined> {
	try {
		return await loadPagefind(bundle);
	} catch {
		return undefined;
	}
}

// Pagefind's JS API, loaded once per page for the search page and the header dialog alike.
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

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's script and starts loading its WebAssembly and index entry; every later call shares that load.
 * One instance, one set of options, for the search page and the header dialog: both draw results the same way.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// Excerpts of about 30 words: enough to judge a hit in its sentence.
		await pagefind.options({ baseUrl: base, ranking: searchRanking, excerptLength: 30 });
		await pagefind.init();
		return pagefind;
	})();
	return loading;
}

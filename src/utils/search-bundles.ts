/**
 * The site's Pagefind bundles, by the folder each is written to.
 * - `site`: every page but quotes and older articles. Quote pages repeat words their article paragraphs already hold,
 *   and would be more than half of all pages: every search would fetch their words and their entries in the index's
 *   page list. So they have a bundle of their own, fetched only by a search for quotes.
 * - `archive`: the articles older than the newest {@link recentArticlesDefault}, when there are more. Pagefind fetches
 *   every position of a query's words in every page of a bundle before it returns anything, so at 10,000 articles a
 *   common phrase ("kejahatan siber", in nearly every article) would cost hundreds of kB before its first result.
 *   A search reads the site's bundle first and draws its results, then the archive's, whose results follow.
 */
export const searchBundleFolders = { site: 'pagefind', archive: 'pagefind-archive', quotes: 'pagefind-quotes' } as const;
export type SearchBundle = keyof typeof searchBundleFolders;

/** What a search covers: the site's pages (its bundle, then the archive's), or the quotes. */
export type SearchScope = 'site' | 'quotes';

/**
 * The scope of a search: the quotes when it asks for quotes (the quote type, or a speaker, which only quotes have),
 * else the site.
 * @example searchBundleFor({ speaker: 'le-xuan-minh' }) // → 'quotes'
 */
export function searchBundleFor(filters: { type?: string | undefined; speaker?: string | undefined }): SearchScope {
	return filters.type === 'quote' || filters.speaker ? 'quotes' : 'site';
}

/**
 * The bundles a search of a scope reads, in the order their results are shown.
 * @example bundlesOf('site', true) // → ['site', 'archive']
 */
export function bundlesOf(scope: SearchScope, hasArchive: boolean): SearchBundle[] {
	return scope === 'site' && hasArchive ? ['site', 'archive'] : [scope];
}

/**
 * How many of the newest articles the site's bundle keeps: enough that a site of this size never has an archive
 * (the first result of a common phrase at 1,000 articles costs about 175 kB), few enough that at 10,000 a phrase
 * found in every article comes within 300 kB (BENCHMARKS.md).
 */
export const recentArticlesDefault = 2000;

/**
 * The number of newest articles the site's bundle keeps, from the environment's SEARCH_RECENT_ARTICLES (a whole
 * number, for a test build or a site that wants another split), else {@link recentArticlesDefault}.
 * @example recentArticleCount('3') // → 3
 */
export function recentArticleCount(setting: string | undefined): number {
	if (setting === undefined || setting === '') return recentArticlesDefault;
	if (!/^\d+$/u.test(setting)) throw new Error(`SEARCH_RECENT_ARTICLES must be a whole number of articles, not "${setting}"`);
	return Number(setting);
}

/** The `<meta>` an archived article's page carries, by which the archive's bundle finds it in the build output. */
export const archiveMarker = { name: 'search-bundle', content: 'archive' } as const;

/**
 * The site's two Pagefind bundles, by the folder each is written to. Quote pages repeat words their article
 * paragraphs already hold, and are more than half of all pages: in the site's bundle they would make every search
 * fetch their words and their entries in the index's page list. So they have a bundle of their own, fetched only
 * by a search for quotes.
 */
export const searchBundleFolders = { site: 'pagefind', quotes: 'pagefind-quotes' } as const;
export type SearchBundle = keyof typeof searchBundleFolders;

/**
 * The bundle that answers a search: the quotes' when it asks for quotes (the quote type, or a speaker, which only
 * quotes have), else the site's.
 * @example searchBundleFor({ speaker: 'le-xuan-minh' }) // → 'quotes'
 */
export function searchBundleFor(filters: { type?: string | undefined; speaker?: string | undefined }): SearchBundle {
	return filters.type === 'quote' || filters.speaker ? 'quotes' : 'site';
}

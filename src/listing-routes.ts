// The routes of the listings' later pages (/artikel/halaman/<n>/, /kutipan/halaman/<n>/, in both languages), each
// with a cache key made from all it shows.
import { listingHeading, listingViews, type Listing } from './data/listing-page.ts';
import { siteFrame } from './data/site-frame.ts';
import { pageFrame } from './page-frame.ts';
import { laterListingPaths, listingPageId } from './utils/listing-pages.ts';
import { starlightPageKey } from './utils/page-cache-key.ts';

/**
 * The routes of a listing's pages 2…n in both languages, for `getStaticPaths()`, each with a cache key: its heading,
 * its page of the listing, the site's frame and what the head and footer add.
 * @example await laterListingRoutes('artikel', 120, 50) // → pages 2 and 3 in Indonesian and in English
 */
export async function laterListingRoutes(listing: Listing, total: number, perPage: number) {
	const site = await siteFrame();
	return Promise.all(
		laterListingPaths(total, perPage).map(async (path) => {
			const { page, locale } = path.props;
			const shown = { heading: await listingHeading(listing, locale), view: await listingViews[listing](page, locale) };
			return { ...path, cacheKey: await starlightPageKey({ shown, site, page: await pageFrame(listingPageId(page, locale, listing), locale) }) };
		}),
	);
}

/** How the article and quote listings are split into pages of a fixed size, and the routes of those pages. */
import { localeParam, locales, type Locale } from './urls.ts';

/** Articles per listing page: a listing page stays the same size however many articles there are. */
export const articlesPerPage = 50;

/**
 * How many listing pages `total` items fill (one, even when there are none).
 * @example listingPageCount(101, 50) // → 3
 */
export function listingPageCount(total: number, perPage: number): number {
	return Math.max(1, Math.ceil(total / perPage));
}

/**
 * Listing page `page` (from 1) of a list split `perPage` at a time: its items (none past the last page) and how
 * many pages there are.
 * @example paginate(['a', 'b', 'c'], 2, 2) // → { items: ['c'], pages: 2 }
 */
export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; pages: number } {
	return { items: items.slice((page - 1) * perPage, page * perPage), pages: listingPageCount(items.length, perPage) };
}

/**
 * Page id of listing page `page` (docs-style, for pagePath): page 1 is the listing itself, later ones `halaman/<n>`.
 * The articles (`artikel`) and the quotes (`kutipan`) are split the same way.
 * @example listingPageId(2, 'en') // → 'en/artikel/halaman/2'
 * @example listingPageId(3, 'id', 'kutipan') // → 'kutipan/halaman/3'
 */
export function listingPageId(page: number, locale: Locale, listing: 'artikel' | 'kutipan' = 'artikel'): string {
	const prefix = locale === 'en' ? 'en/' : '';
	return page <= 1 ? `${prefix}${listing}` : `${prefix}${listing}/halaman/${page}`;
}

/**
 * Route entries of listing pages 2…n in both languages, for a `[...locale]/<listing>/halaman/[page]` route.
 * @example laterListingPaths(120, 50).length // → 4 (pages 2 and 3, in Indonesian and in English)
 */
export function laterListingPaths(total: number, perPage: number) {
	const later = Array.from({ length: listingPageCount(total, perPage) - 1 }, (_, index) => index + 2);
	return locales.flatMap((locale) =>
		later.map((page) => ({ params: { locale: localeParam(locale), page: String(page) }, props: { page, locale } })),
	);
}

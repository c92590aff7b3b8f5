// The later pages of the two listings (/artikel/halaman/<n>/, /kutipan/halaman/<n>/, in both languages): the title
// and description each takes from its listing's first page, and what each shows of the listing.
import { articleListingView } from './article-listing.ts';
import { docsPage } from './docs-pages.ts';
import { quoteIndexView } from './quote-index.ts';
import { localizedId, type Locale } from '../utils/urls.ts';

export type Listing = 'artikel' | 'kutipan';

/** What each listing page shows of its listing: ArticleList.astro and QuoteIndex.astro draw it from the same functions. */
export const listingViews = { artikel: articleListingView, kutipan: quoteIndexView } satisfies Record<Listing, (page: number, locale: Locale) => Promise<unknown>>;

/**
 * The title and description of a listing's first page (content/docs/artikel/index.mdx, content/docs/kutipan.mdx),
 * which its later pages show too.
 * @example (await listingHeading('kutipan', 'en')).title // → 'Quotes'
 */
export async function listingHeading(listing: Listing, locale: Locale): Promise<{ title: string; description: string | undefined }> {
	const id = localizedId(listing, locale);
	const first = await docsPage(id);
	if (!first) throw new Error(`listing pages of ${listing}: no docs page ${id} in content/docs/`);
	return { title: first.data.title, description: first.data.description };
}

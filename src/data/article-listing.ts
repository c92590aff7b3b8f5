// What one page of the source articles' listing shows (src/components/ArticleList.astro draws it), as data: the
// listing's later pages are keyed by it (src/pages/[...locale]/artikel/halaman/[page].astro).
import { articlesNewestFirst } from './articles-collection.ts';
import { articleInLocale } from './article-source.ts';
import { outletNames } from './outlets.ts';
import { articlesPerPage, paginate } from '../utils/listing-pages.ts';
import type { Locale } from '../utils/urls.ts';

export interface ArticleListingView {
	locale: Locale;
	page: number;
	pages: number;
	/** Articles on every page together. */
	total: number;
	articles: Array<{
		/** The page linked: under /en/ the article's English page where it has one (`lang` says which). */
		pageId: string;
		lang: Locale;
		title: string;
		description: string | undefined;
		outlet: string | undefined;
		published: Date;
	}>;
}

/**
 * Listing page `page` (from 1) of the source articles in a locale, newest first.
 * @example (await articleListingView(2, 'en')).articles[0].title // → the 51st newest article's title
 */
export async function articleListingView(page: number, locale: Locale): Promise<ArticleListingView> {
	const all = await articlesNewestFirst();
	const { items, pages } = paginate(all, page, articlesPerPage);
	const outlets = await outletNames();
	const articles = await Promise.all(
		items.map(async (entry) => {
			const article = entry.data.article!;
			const shown = await articleInLocale(entry, locale);
			return {
				pageId: shown.entry.id,
				lang: shown.lang,
				title: shown.entry.data.title,
				description: shown.entry.data.description,
				outlet: outlets.get(article.outlet.id),
				published: article.published,
			};
		}),
	);
	return { locale, page, pages, total: all.length, articles };
}

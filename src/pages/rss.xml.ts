import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { articlesNewestFirst } from '~/lib/article-index.ts';
import { pagePath } from '~/lib/urls.ts';

/** How many articles the feed carries: readers poll it, so it stays the same size however many articles there are. */
const feedSize = 50;

/** The feed of the latest imported source articles, newest first (Indonesian, like the articles themselves). */
export const GET: APIRoute = async ({ site }) => {
	const listing = await getEntry('docs', 'artikel');
	const articles = await articlesNewestFirst();
	const outlets = new Map((await getCollection('outlets')).map((outlet) => [outlet.id, outlet.data.name]));
	return rss({
		title: `Konvensi Hanoi: ${listing?.data.title ?? 'Artikel sumber'}`,
		description: listing?.data.description ?? '',
		site: new URL(import.meta.env.BASE_URL, site),
		trailingSlash: true,
		customData: '<language>id</language>',
		items: articles.slice(0, feedSize).map((entry) => {
			const article = entry.data.article!;
			return {
				title: entry.data.title,
				link: new URL(pagePath(entry.id, import.meta.env.BASE_URL), site).href,
				description: entry.data.description,
				// An event date is not when the outlet published, so it does not pose as one.
				pubDate: article.dateKind === 'published' ? article.published : undefined,
				categories: [outlets.get(article.outlet.id) ?? article.outlet.id],
			};
		}),
	});
};

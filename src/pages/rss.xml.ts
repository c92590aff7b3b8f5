import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { articlesNewestFirst } from '~/lib/article-index.ts';
import { corrections } from '~/lib/correction-log.ts';
import { pagePath } from '~/lib/urls.ts';

/** How many items (articles and corrections) the feed carries: readers poll it, so it stays the same size however many articles there are. */
const feedSize = 50;

/**
 * The feed of the latest imported source articles and corrections, newest first (Indonesian, like the articles
 * themselves): a reader who followed a page learns when it was corrected.
 */
export const GET: APIRoute = async ({ site }) => {
	const listing = await getEntry('docs', 'artikel');
	const articles = await articlesNewestFirst();
	const outlets = new Map((await getCollection('outlets')).map((outlet) => [outlet.id, outlet.data.name]));
	const articleItems = articles.slice(0, feedSize).map((entry) => {
		const article = entry.data.article!;
		return {
			date: article.published,
			title: entry.data.title,
			link: new URL(pagePath(entry.id, import.meta.env.BASE_URL), site).href,
			description: entry.data.description,
			// An event date is not when the outlet published, so it does not pose as one.
			pubDate: article.dateKind === 'published' ? article.published : undefined,
			categories: [outlets.get(article.outlet.id) ?? article.outlet.id],
		};
	});
	const correctionItems = (await corrections()).slice(0, feedSize).map((correction) => ({
		date: correction.data.date,
		title: `Koreksi: ${correction.data.summary.id}`,
		link: new URL(`${pagePath('koreksi', import.meta.env.BASE_URL)}#${correction.id}`, site).href,
		description: `Sebelumnya tertulis: ${correction.data.wrong.id} Yang benar: ${correction.data.right.id}`,
		pubDate: correction.data.date,
		categories: ['Koreksi'],
	}));
	return rss({
		title: `Konvensi Hanoi: ${listing?.data.title ?? 'Artikel sumber'}`,
		description: listing?.data.description ?? '',
		site: new URL(import.meta.env.BASE_URL, site),
		trailingSlash: true,
		customData: '<language>id</language>',
		items: [...articleItems, ...correctionItems]
			.sort((a, b) => b.date.getTime() - a.date.getTime())
			.slice(0, feedSize)
			.map(({ date: _, ...item }) => item),
	});
};

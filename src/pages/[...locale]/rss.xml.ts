import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { articlesNewestFirst } from '~/lib/article-index.ts';
import { englishPages } from '~/lib/article-source.ts';
import { siteTitle } from '~/lib/site.ts';
import { localeParam, localizedId, locales, pagePath, type Locale } from '~/lib/urls.ts';

/** How many articles the feed carries: readers poll it, so it stays the same size however many articles there are. */
const feedSize = 50;

/** /rss.xml in Indonesian and /en/rss.xml in English. */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

/**
 * The feed of the latest imported source articles, newest first. The English feed links each article's English page
 * under its English title and summary; an article without one keeps its Indonesian title, marked as untranslated.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
	const listing = await getEntry('docs', localizedId('artikel', locale));
	const articles = await articlesNewestFirst();
	const english = locale === 'en' ? await englishPages() : new Map();
	const outlets = new Map((await getCollection('outlets')).map((outlet) => [outlet.id, outlet.data.name]));
	return rss({
		title: `${siteTitle[locale]}: ${listing?.data.title ?? 'Artikel sumber'}`,
		description: listing?.data.description ?? '',
		site: new URL(pagePath(localizedId('', locale), import.meta.env.BASE_URL), site),
		trailingSlash: true,
		customData: `<language>${locale}</language>`,
		items: articles.slice(0, feedSize).map((entry) => {
			const article = entry.data.article!;
			const shown = english.get(entry.id) ?? entry;
			return {
				title: shown === entry && locale === 'en' ? `${entry.data.title} (Indonesian, not yet translated)` : shown.data.title,
				link: new URL(pagePath(shown.id, import.meta.env.BASE_URL), site).href,
				description: shown.data.description,
				// An event date is not when the outlet published, so it does not pose as one.
				pubDate: article.dateKind === 'published' ? article.published : undefined,
				categories: [outlets.get(article.outlet.id) ?? article.outlet.id],
			};
		}),
	});
};

import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { outletNames } from '~/data/outlets.ts';
import { articlesNewestFirst } from '~/data/articles-collection.ts';
import { englishPages } from '~/data/article-source.ts';
import { corrections } from '~/data/correction-log.ts';
import { siteTitle } from '~/utils/site.ts';
import { localeParam, localizedId, locales, pagePath, type Locale } from '~/utils/urls.ts';

/** How many items (articles and corrections) the feed carries: readers poll it, so it stays the same size however many articles there are. */
const feedSize = 50;

/** /rss.xml in Indonesian and /en/rss.xml in English. */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }))) satisfies GetStaticPaths;

const correctionText = {
	id: { title: 'Koreksi', wrong: 'Sebelumnya tertulis:', right: 'Yang benar:' },
	en: { title: 'Correction', wrong: 'The page said:', right: 'What is right:' },
} as const;

/**
 * The feed of the latest imported source articles and corrections, newest first: a reader who followed a page learns
 * when it was corrected. The English feed links each article's English page under its English title; an article
 * without one keeps its Indonesian title, marked as not yet translated.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
	const listing = await getEntry('docs', localizedId('artikel', locale));
	const articles = await articlesNewestFirst();
	const outlets = await outletNames();
	const english = locale === 'en' ? await englishPages() : new Map();
	const link = (id: string) => new URL(pagePath(id, import.meta.env.BASE_URL), site).href;
	const articleItems = articles.slice(0, feedSize).map((entry) => {
		const article = entry.data.article!;
		const shown = english.get(entry.id) ?? entry;
		return {
			date: article.published,
			title: shown === entry && locale === 'en' ? `${entry.data.title} (Indonesian, not yet translated)` : shown.data.title,
			link: link(shown.id),
			description: shown.data.description,
			// An event date is not when the outlet published, so it does not pose as one.
			pubDate: article.dateKind === 'published' ? article.published : undefined,
			categories: [outlets.get(article.outlet.id) ?? article.outlet.id],
		};
	});
	const text = correctionText[locale];
	const correctionItems = (await corrections()).slice(0, feedSize).map((correction) => ({
		date: correction.data.date,
		title: `${text.title}: ${correction.data.summary[locale]}`,
		link: `${link(localizedId('koreksi', locale))}#${correction.id}`,
		description: `${text.wrong} ${correction.data.wrong[locale]} ${text.right} ${correction.data.right[locale]}`,
		pubDate: correction.data.date,
		categories: [text.title],
	}));
	return rss({
		title: `${siteTitle[locale]}: ${listing?.data.title ?? 'Artikel sumber'}`,
		description: listing?.data.description ?? '',
		site: new URL(pagePath(localizedId('', locale), import.meta.env.BASE_URL), site),
		trailingSlash: true,
		customData: `<language>${locale}</language>`,
		items: [...articleItems, ...correctionItems]
			.sort((a, b) => b.date.getTime() - a.date.getTime())
			.slice(0, feedSize)
			.map(({ date: _, ...item }) => item),
	});
};

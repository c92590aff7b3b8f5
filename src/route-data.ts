import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { outletOf } from './data/outlets.ts';
import { withBase } from './utils/base-links.ts';
import { lastChanged, shareCardId } from './page-frame.ts';
import { shareImageSize } from './utils/share-image.ts';
import { articleSource } from './data/article-source.ts';
import { archivedArticleIds } from './data/search-archive.ts';
import { archiveMarker } from './utils/search-bundles.ts';
import { jsonLdText, structuredData } from './utils/structured-data.ts';
import { pagePath, toLocale } from './utils/urls.ts';

/**
 * Adds what sharing and search engines read to every page's head (JSON-LD, no address for the 404 page), and the
 * date the page last changed, which Starlight shows in its footer.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	const siteRoot = new URL(import.meta.env.BASE_URL, context.site);
	if (route.id === '404') {
		// The 404 page is shown at every missing address, so it has no canonical URL of its own and is not indexed.
		route.head = route.head.filter(
			(item) => !(item.tag === 'link' && ['canonical', 'alternate'].includes(String(item.attrs?.rel))) && item.attrs?.property !== 'og:url',
		);
		route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
		return;
	}
	if (route.isFallback) {
		// An untranslated page repeats the Indonesian original, which is the version search engines should list.
		const original = new URL(context.url.pathname.replace(`${import.meta.env.BASE_URL}en/`, import.meta.env.BASE_URL), context.site).href;
		for (const item of route.head) {
			if (item.tag === 'link' && item.attrs?.rel === 'canonical') item.attrs.href = original;
		}
		// Its interface and notices are English; its Indonesian text is marked lang="id" by the components and kept out
		// of the English search index, where it would be stemmed as English and found twice.
		route.entryMeta = { ...route.entryMeta, lang: 'en', dir: 'ltr' };
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
	}
	route.lastUpdated ??= await lastChanged(route.id, route.entry.filePath);
	// Hero buttons come from frontmatter, which the Markdown pipeline never sees.
	for (const action of data.hero?.actions ?? []) action.link = withBase(action.link, import.meta.env.BASE_URL);
	const locale = toLocale(route.locale);
	const source = await articleSource(route.entry);
	// An older article is searched in the archive's bundle (src/utils/search-bundles.ts): it leaves Starlight's index,
	// and its head says so to the integration that indexes it (src/build/search-indexing.ts).
	if (source && !route.isFallback && (await archivedArticleIds()).has(source.id)) {
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
		route.head.push({ tag: 'meta', attrs: { ...archiveMarker } });
	}
	// A summary page is not the article; a full translation is, in English.
	const article = source && source.translation?.kind !== 'summary' ? source.article : undefined;
	const outlet = article ? await outletOf(article.outlet) : undefined;
	const facts = structuredData({
		title: data.title,
		description: data.description,
		url: new URL(context.url.pathname, context.site).href,
		// A fallback page carries the Indonesian original's text.
		locale: route.isFallback ? 'id' : locale,
		site: { name: route.siteTitle, url: new URL(pagePath(locale === 'en' ? 'en' : '', import.meta.env.BASE_URL), siteRoot).href },
		isHome: data.pageType === 'home',
		...(article && outlet
			? {
					article: {
						...article,
						outlet: { name: outlet.data.name, url: outlet.data.url },
						translatedFrom: source?.translation ? new URL(pagePath(source.id, import.meta.env.BASE_URL), context.site).href : undefined,
					},
				}
			: {}),
	});
	// The page's share card, or its home's for pages outside the docs collection.
	const image = new URL(`${import.meta.env.BASE_URL}og/${await shareCardId(route.entry.id, locale)}.png`, context.site).href;
	route.head.push(
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: String(shareImageSize.width) } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: String(shareImageSize.height) } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: data.title } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: image } },
		{ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdText(facts) },
		{
			tag: 'link',
			attrs: { rel: 'alternate', type: 'application/rss+xml', title: 'RSS', href: `${import.meta.env.BASE_URL}${locale === 'en' ? 'en/' : ''}rss.xml` },
		},
	);
});

import type { Locale } from './urls.ts';

/** What a page's JSON-LD is made from; `article` only on pages made from a source article. */
export interface PageFacts {
	title: string;
	description?: string | undefined;
	url: string;
	locale: Locale;
	site: { name: string; url: string };
	isHome: boolean;
	article?: {
		published: Date;
		/** Only a real publication date becomes `datePublished`; an event date does not. */
		dateKind: 'published' | 'event';
		sourceUrl: string;
		originalLang: string;
		author?: string | undefined;
		outlet: { name: string; url: string };
		/** Set on the site's English translation: the URL of the Indonesian page it translates. */
		translatedFrom?: string | undefined;
	} | undefined;
}

type JsonLd = Record<string, unknown>;

/**
 * The schema.org description of a page: NewsArticle for a source article, WebSite for a home page, WebPage otherwise.
 * @example structuredData({ title: 'A', url: 'https://x.org/', locale: 'id', site: { name: 'S', url: 'https://x.org/' }, isHome: true })['@type'] // → 'WebSite'
 */
export function structuredData(page: PageFacts): JsonLd {
	const website = { '@type': 'WebSite', name: page.site.name, url: page.site.url };
	const common = {
		'@context': 'https://schema.org',
		url: page.url,
		inLanguage: page.locale,
		...(page.description ? { description: page.description } : {}),
	};
	if (page.article) {
		const { article } = page;
		const outlet = { '@type': 'Organization', name: article.outlet.name, url: article.outlet.url };
		const original = { '@type': 'NewsArticle', url: article.sourceUrl, inLanguage: article.originalLang };
		return {
			...common,
			'@type': 'NewsArticle',
			headline: page.title,
			...(article.dateKind === 'published' ? { datePublished: article.published.toISOString().slice(0, 10) } : {}),
			author: article.author ? { '@type': 'Person', name: article.author } : outlet,
			publisher: outlet,
			isBasedOn: article.translatedFrom ?? article.sourceUrl,
			// The chain of translations: the site's English from Vietnam.vn's Indonesian, from the outlet's Vietnamese.
			translationOfWork: article.translatedFrom
				? { '@type': 'NewsArticle', url: article.translatedFrom, inLanguage: 'id', translationOfWork: original }
				: original,
			...(article.translatedFrom ? { translator: { '@type': 'Organization', name: page.site.name, url: page.site.url } } : {}),
			isPartOf: website,
		};
	}
	if (page.isHome) return { ...common, '@type': 'WebSite', name: page.site.name };
	return { ...common, '@type': 'WebPage', name: page.title, isPartOf: website };
}

/**
 * JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the script early.
 * @example jsonLdText({ name: '</script>' }) // → '{"name":"\\u003c/script>"}'
 */
export function jsonLdText(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

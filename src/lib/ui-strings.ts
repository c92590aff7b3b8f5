/** Keys of the site's own UI strings in content/i18n/*.json, beside Starlight's. */
export const siteStringKeys = [
	'site.tagline',
	'article.outlet',
	'article.published',
	'article.eventDate',
	'article.original',
	'article.translationNote',
	'article.paragraphLink',
	'articles.count',
	'articles.empty',
	'outlets.articles',
	'cite.label',
	'cite.heading',
	'cite.paragraph',
] as const;

export type SiteStringKey = (typeof siteStringKeys)[number];

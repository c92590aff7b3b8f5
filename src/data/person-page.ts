/**
 * What a person's page (/tokoh/<id>/) shows of the content in one language: PersonPage.astro renders exactly this,
 * and the route's cache key is made from it, so the page is rendered again whenever any of it changes.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { articlesNewestFirst } from './articles-collection.ts';
import { articleInLocale } from './article-source.ts';
import { loadQuotes, type QuoteView } from './quotes.ts';
import type { Locale } from '../utils/urls.ts';

/** How many of their quotes, and of the articles naming them, the page shows (the latest). */
export const personPageLatest = 20;

export interface PersonPageView {
	id: string;
	/** The person record: names (also the search metadata's spellings) and roles. */
	person: CollectionEntry<'people'>['data'];
	roles: Array<{
		title: string;
		organisation: string | undefined;
		from: Date | undefined;
		to: Date | undefined;
		/** The date of the article that states the role, when the role has no dates and its source is an article. */
		statedOn: Date | undefined;
		source: string;
	}>;
	/** Their latest quotes, and how many there are. */
	quotes: QuoteView[];
	quoteCount: number;
	/** The latest articles naming them, as this language links them, and how many there are. */
	articles: Array<{ id: string; title: string; lang: Locale }>;
	articleCount: number;
}

/** The page of one person in one language. */
export async function personPageView(person: CollectionEntry<'people'>, locale: Locale): Promise<PersonPageView> {
	const quotes = (await loadQuotes()).filter((quote) => quote.speaker.id === person.id);
	const articles = (await articlesNewestFirst()).filter((entry) => entry.data.article?.people.some((ref) => ref.id === person.id));
	const shown = await Promise.all(articles.slice(0, personPageLatest).map((article) => articleInLocale(article, locale)));
	const roles = await Promise.all(
		person.data.roles.map(async (role) => ({
			title: role.title[locale],
			organisation: role.organisation ? (await getEntry(role.organisation)).data.name[locale] : undefined,
			from: role.from,
			to: role.to,
			statedOn: role.from || /^https:/u.test(role.source) ? undefined : (await getEntry('docs', role.source.split('#')[0]!))?.data.article?.published,
			source: role.source,
		})),
	);
	return {
		id: person.id,
		person: person.data,
		roles,
		quotes: quotes.slice(0, personPageLatest),
		quoteCount: quotes.length,
		articles: shown.map(({ entry, lang }) => ({ id: entry.id, title: entry.data.title, lang })),
		articleCount: articles.length,
	};
}

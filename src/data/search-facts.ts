/**
 * What search knows of a page, from its id and entry: its type, and the quote, person, outlet and date behind it.
 * SearchMeta.astro writes it into every page as Pagefind filters and metadata; the search page counts the filter
 * values of every page of its language's index from the same facts, so its lists say what the index holds.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { articleSource } from './article-source.ts';
import { outletOf } from './outlets.ts';
import { loadQuotes, type QuoteView } from './quotes.ts';
import { buildOnce, buildOncePerKey } from '../utils/build-once.ts';
import type { SearchScope } from '../utils/search-bundles.ts';
import { searchPageType, searchRecordId, type SearchPageType } from '../utils/search-meta.ts';
import { countSearchFilterValues, searchFilterValues, type SearchFilterCounts } from '../utils/search-state.ts';
import { idLocale, localizedId, type Locale } from '../utils/urls.ts';

type DocsEntry = CollectionEntry<'docs'>;

export interface SearchFacts {
	type: SearchPageType;
	quote: QuoteView | undefined;
	person: CollectionEntry<'people'> | undefined;
	outlet: { id: string; name: string } | undefined;
	date: Date | undefined;
}

const quotesById = buildOnce(async () => new Map((await loadQuotes()).map((quote) => [quote.id, quote])));

/**
 * The search facts of the page with this route id (`kutipan/<id>`, `en/artikel/<slug>`…) and docs entry (a quote
 * or person page has none of its own).
 * @example (await searchFacts('kutipan/le-xuan-minh-2025-10-08-a')).outlet?.id // → the quote's outlet
 */
export async function searchFacts(id: string, entry?: DocsEntry): Promise<SearchFacts> {
	const type = searchPageType(id, entry?.data.pageType);
	const recordId = searchRecordId(id);
	const quote = type === 'quote' && recordId ? (await quotesById()).get(recordId) : undefined;
	const person = type === 'person' && recordId ? await getEntry('people', recordId) : undefined;
	// An English article page files under the Indonesian article's outlet and date.
	const article = entry && (await articleSource(entry))?.article;
	const outlet = quote?.outlet ?? (article ? { id: article.outlet.id, name: (await outletOf(article.outlet)).data.name } : undefined);
	return { type, quote, person, outlet, date: quote?.date ?? article?.published };
}

/** The filter values of a page, from its search facts. */
export const filterValuesOf = (facts: SearchFacts) =>
	searchFilterValues({ type: facts.type, outlet: facts.outlet?.id, speaker: facts.quote?.speaker.id, date: facts.date });

/**
 * The pages Pagefind puts in one language's index of a scope's bundles. The site's (its bundle and the archive's):
 * that language's docs pages (those not left out with `pagefind: false`; the English copies of untranslated pages are
 * not entries, and are left out too) and every person page. The quotes': every quote page. Quote and person pages are
 * built in both languages.
 */
async function indexedPages(locale: Locale, scope: SearchScope): Promise<Array<{ id: string; entry?: DocsEntry }>> {
	if (scope === 'quotes') return (await loadQuotes()).map((quote) => ({ id: localizedId(`kutipan/${quote.id}`, locale) }));
	const docs = await getCollection('docs', (entry) => idLocale(entry.id) === locale && entry.data.pagefind !== false && !entry.data.draft);
	const people = await getCollection('people');
	return [...docs.map((entry) => ({ id: entry.id, entry })), ...people.map((person) => ({ id: localizedId(`tokoh/${person.id}`, locale) }))];
}

/**
 * How many pages of a language's index of a scope's bundles carry each filter value: what Pagefind's `filters()` would say,
 * known at build time, so the search page lists its filter choices without loading every filter of the index.
 */
const filterCountsByKey = buildOncePerKey(async (key) => {
	const [locale, scope] = key.split(':') as [Locale, SearchScope];
	const pages = await indexedPages(locale, scope);
	return countSearchFilterValues(await Promise.all(pages.map(async ({ id, entry }) => filterValuesOf(await searchFacts(id, entry)))));
});
export const searchFilterCounts = (locale: Locale, scope: SearchScope): Promise<SearchFilterCounts> => filterCountsByKey(`${locale}:${scope}`);

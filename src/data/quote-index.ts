// What one page of the quotes listing shows (src/components/quotes/QuoteIndex.astro draws it), as data: the
// listing's later pages are keyed by it (src/pages/[...locale]/kutipan/halaman/[page].astro).
import { loadQuotes, quotesPerPage, type QuoteView } from './quotes.ts';
import { formatDate, isoDay } from '../utils/dates.ts';
import { buildOncePerKey } from '../utils/build-once.ts';
import { paginate } from '../utils/listing-pages.ts';
import { toLocale, type Locale } from '../utils/urls.ts';

/** The filters above the list whose choices come from the quotes, in order (the kind's are fixed). */
export type QuoteFilterName = 'speaker' | 'organisation' | 'outlet' | 'date';

export interface QuoteIndexView {
	locale: Locale;
	page: number;
	pages: number;
	/** Quotes on every page together. */
	total: number;
	quotes: QuoteView[];
	/** Each filter's choices as [value, label], from every quote. */
	filters: Array<{ name: QuoteFilterName; options: Array<[string, string]> }>;
	/** The quote the script's card template is drawn from (the newest), when there is any. */
	template: QuoteView | undefined;
}

/**
 * The filters' choices in a locale, from every quote: the same on every page of the listing, so made once per build
 * and locale (each page's key and its render ask for them, and the dates' labels are formatted per quote).
 */
const quoteFilters = buildOncePerKey(async (locale): Promise<QuoteIndexView['filters']> => {
	const all = await loadQuotes();
	/** The distinct values of one filter, sorted by label. */
	const options = (pick: (quote: QuoteView) => [string, string] | undefined): Array<[string, string]> => {
		const distinct = new Map(all.map(pick).filter((pair): pair is [string, string] => Boolean(pair)));
		return [...distinct].sort((a, b) => a[1].localeCompare(b[1], locale));
	};
	const lang = toLocale(locale);
	return [
		{ name: 'speaker', options: options((quote) => [quote.speaker.id, quote.speaker.name]) },
		{ name: 'organisation', options: options((quote) => (quote.organisation ? [quote.organisation.id, quote.organisation.name[lang]] : undefined)) },
		{ name: 'outlet', options: options((quote) => [quote.outlet.id, quote.outlet.name]) },
		{ name: 'date', options: options((quote) => [isoDay(quote.date), formatDate(quote.date, lang)]).sort((a, b) => b[0].localeCompare(a[0])) },
	];
});

/**
 * Page `page` (from 1) of the quotes listing in a locale, newest first, with the filters' choices.
 * @example (await quoteIndexView(1, 'id')).filters[0].options[0] // → ['ghada-waly', 'Ghada Waly']
 */
export async function quoteIndexView(page: number, locale: Locale): Promise<QuoteIndexView> {
	const all = await loadQuotes();
	const { items, pages } = paginate(all, page, quotesPerPage);
	return { locale, page, pages, total: all.length, quotes: items, filters: await quoteFilters(locale), template: all[0] };
}

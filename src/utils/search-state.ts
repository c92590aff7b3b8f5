import { asciiFold } from './ascii-fold.ts';
import { yearMonth } from './dates.ts';
import { searchBundleFor, type SearchScope } from './search-bundles.ts';
import { searchPageTypes } from './search-meta.ts';

/**
 * The filters of the search page, in the order the page shows them; each is also a Pagefind filter name. Their
 * values are ids (a page type, an outlet's or a person's file name, a year-month), in Pagefind and in the URL alike.
 */
export const searchFilterKeys = ['type', 'outlet', 'speaker', 'month'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** What a reader sees for each filter value: label by id, per filter. */
export type SearchFilterLabels = Record<SearchFilterKey, Record<string, string>>;

/** How many indexed pages carry each value, per filter. */
export type SearchFilterCounts = Record<SearchFilterKey, Record<string, number>>;

/**
 * The filter values of one page, as Pagefind holds them (SearchMeta.astro writes one span each): its type, and the
 * outlet, speaker and month it has. The search page counts its filter choices with the same function.
 * @example searchFilterValues({ type: 'quote', outlet: 'dan-tri', speaker: 'le-xuan-minh', date: new Date('2025-10-08') })
 * // → [['type', 'quote'], ['outlet', 'dan-tri'], ['speaker', 'le-xuan-minh'], ['month', '2025-10']]
 */
export function searchFilterValues(page: { type: string; outlet?: string | undefined; speaker?: string | undefined; date?: Date | undefined }): Array<[SearchFilterKey, string]> {
	const values: Array<[SearchFilterKey, string | undefined]> = [
		['type', page.type],
		['outlet', page.outlet],
		['speaker', page.speaker],
		['month', page.date && yearMonth(page.date)],
	];
	return values.filter((pair): pair is [SearchFilterKey, string] => Boolean(pair[1]));
}

/**
 * How many pages carry each filter value, as Pagefind counts them over one language's index.
 * @example countSearchFilterValues([[['type', 'quote']], [['type', 'quote']]]).type // → { quote: 2 }
 */
export function countSearchFilterValues(pages: Iterable<Array<[SearchFilterKey, string]>>): SearchFilterCounts {
	const counts = Object.fromEntries(searchFilterKeys.map((key) => [key, {}])) as SearchFilterCounts;
	for (const values of pages) {
		for (const [key, value] of values) counts[key][value] = (counts[key][value] ?? 0) + 1;
	}
	return counts;
}

/**
 * The filter counts the search page shows beside the chosen filters: for each value, how many pages carry it in the
 * bundle that choosing it would search (a speaker or the quote type searches the quotes' bundle, src/utils/search-bundles.ts),
 * so a count says how many pages the choice can find. Every value either bundle holds is listed.
 * @example shownFilterCounts({ site: { type: { article: 5 }, … }, quotes: { type: { quote: 92 }, … } }, {}).type // → { article: 5, quote: 92 }
 */
export function shownFilterCounts(counts: Record<SearchScope, SearchFilterCounts>, filters: SearchState['filters']): SearchFilterCounts {
	const shown = Object.fromEntries(searchFilterKeys.map((key) => [key, {}])) as SearchFilterCounts;
	for (const key of searchFilterKeys) {
		for (const value of new Set([...Object.keys(counts.site[key]), ...Object.keys(counts.quotes[key])])) {
			shown[key][value] = counts[searchBundleFor({ ...filters, [key]: value })][key][value] ?? 0;
		}
	}
	return shown;
}

/**
 * The label of a filter choice: its name and the number of pages it finds.
 * @example filterChoiceLabel('Báo Dân Trí', 12) // → 'Báo Dân Trí (12)'
 */
export const filterChoiceLabel = (name: string, count: number) => `${name} (${count})`;

/**
 * The choices of one filter, in the order the search page lists them: types in the site's order, months newest
 * first, outlets and speakers by name; each labelled with its name (the id where no record names it) and count.
 * @example searchFilterChoices('month', { '2025-10': 3, '2026-01': 1 }, labels) // → [{ value: '2026-01', label: 'Januari 2026 (1)' }, …]
 */
export function searchFilterChoices(key: SearchFilterKey, counts: Record<string, number>, labels: SearchFilterLabels): Array<{ value: string; label: string }> {
	const name = (value: string) => labels[key][value] ?? value;
	const values = Object.keys(counts);
	if (key === 'type') values.sort((a, b) => searchPageTypes.indexOf(a as never) - searchPageTypes.indexOf(b as never));
	else if (key === 'month') values.sort((a, b) => b.localeCompare(a));
	else values.sort((a, b) => name(a).localeCompare(name(b), 'vi'));
	return values.map((value) => ({ value, label: filterChoiceLabel(name(value), counts[value]!) }));
}

/** What the search page is showing: the words typed and one chosen value per filter. */
export interface SearchState {
	query: string;
	filters: Partial<Record<SearchFilterKey, string>>;
}

/**
 * Reads a search from the page URL's query string (`?q=…&outlet=…`), ignoring unknown or empty parameters.
 * @example readSearchState(new URLSearchParams('q=A05&type=article')) // → { query: 'A05', filters: { type: 'article' } }
 */
export function readSearchState(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of searchFilterKeys) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	return { query: params.get('q')?.trim() ?? '', filters };
}

/**
 * The query string that keeps a search, so it can be bookmarked or shared; empty when there is nothing to keep.
 * @example searchQueryString({ query: 'Hanoi', filters: { month: '2025-10' } }) // → '?q=Hanoi&month=2025-10'
 */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const key of searchFilterKeys) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** One way of comparing a label with a name typed into an address: diacritics folded, case and spacing ignored. */
const labelKey = (text: string) => asciiFold(text).toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The search with every filter value as an id. Addresses published before the filters carried ids hold the
 * outlet's or speaker's name (`?outlet=Báo Dân Trí`): a value that is no id but a label becomes that label's id.
 * A value that is neither stays as it is (it then matches nothing, as before).
 * @example withFilterIds({ query: '', filters: { outlet: 'Báo Dân Trí' } }, { …, outlet: { 'dan-tri': 'Báo Dân Trí' } }).filters // → { outlet: 'dan-tri' }
 */
export function withFilterIds(state: SearchState, labels: SearchFilterLabels): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of searchFilterKeys) {
		const value = state.filters[key];
		if (!value) continue;
		const known = labels[key];
		const named = Object.keys(known).find((id) => labelKey(known[id]!) === labelKey(value));
		filters[key] = Object.hasOwn(known, value) ? value : (named ?? value);
	}
	return { query: state.query, filters };
}

/**
 * The chosen filters in Pagefind's form.
 * @example pagefindFilters({ query: '', filters: { outlet: 'dan-tri' } }) // → { outlet: 'dan-tri' }
 */
export function pagefindFilters(state: SearchState): Record<string, string> {
	return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => Boolean(value)));
}

/**
 * Whether a search asks for anything: typed words or at least one filter.
 * @example hasSearch({ query: ' ', filters: {} }) // → false
 */
export function hasSearch(state: SearchState): boolean {
	return state.query.trim() !== '' || Object.keys(pagefindFilters(state)).length > 0;
}

import { asciiFold } from './ascii-fold.ts';

/**
 * The filters of the search page, in the order the page shows them; each is also a Pagefind filter name. Their
 * values are ids (a page type, an outlet's or a person's file name, a year-month), in Pagefind and in the URL alike.
 */
export const searchFilterKeys = ['type', 'outlet', 'speaker', 'month'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** What a reader sees for each filter value: label by id, per filter. */
export type SearchFilterLabels = Record<SearchFilterKey, Record<string, string>>;

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

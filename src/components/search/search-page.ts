// Browser side of the search page: Pagefind's JS API, the filters, the results and the URL that keeps them.
import { bundlesOf, searchBundleFor, type SearchScope } from '~/utils/search-bundles.ts';
import {
	filterChoiceLabel,
	hasSearch,
	pagefindFilters,
	readSearchState,
	searchFilterKeys,
	searchQueryString,
	shownFilterCounts,
	withFilterIds,
	type SearchFilterCounts,
	type SearchFilterLabels,
	type SearchState,
} from '~/utils/search-state.ts';
import { tryLoadPagefind } from './pagefind.ts';
import { SearchResultsView } from './search-results-view.ts';

/** Filters that only articles carry: with one of these and no words, the newest article comes first. */
const articleOnly = (filters: SearchState['filters']) => Boolean(filters.outlet || filters.month || filters.type === 'article');

export class SearchPageElement extends HTMLElement {
	/**
	 * Label by id for each filter, in the page's language (built with the page from the records). The selects come
	 * with every value of the indexes, also built with the page (SearchPage.astro), and so do the counts of each
	 * bundle, from which the page labels each choice with what it finds beside the filters chosen.
	 */
	#labels!: SearchFilterLabels;
	#counts!: Record<SearchScope, SearchFilterCounts>;
	/** Whether a search of the site reads the archive's older articles after the site's bundle. */
	#hasArchive = false;
	#input!: HTMLInputElement;
	/** On the English page: the link that runs the same search on the Indonesian page, over the original texts. */
	#elsewhere: HTMLAnchorElement | null = null;
	/** The link that runs a search of the site's index over the quotes' (absent while the site has no quotes). */
	#inQuotes: HTMLAnchorElement | null = null;
	#results!: SearchResultsView;
	/** Whether the current history entry belongs to the words being typed. */
	#typing = false;

	async connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as SearchFilterLabels;
		this.#counts = JSON.parse(this.dataset.counts ?? '{}') as Record<SearchScope, SearchFilterCounts>;
		this.#hasArchive = this.hasAttribute('data-archive');
		this.#input = this.querySelector('input[type="search"]')!;
		this.#elsewhere = this.querySelector('.search-page__elsewhere a');
		this.#inQuotes = this.querySelector('.search-page__in-quotes a');
		this.#results = new SearchResultsView(this.querySelector('.search-results')!);
		const state = this.#addressState();
		// An address that named an outlet or speaker (before filters carried ids) now says the id it stands for.
		const address = `${location.pathname}${searchQueryString(state)}`;
		if (hasSearch(state) && address !== `${location.pathname}${location.search}`) window.history.replaceState(null, '', address);
		this.#input.value = state.query;
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#typing = false;
			void this.#search('push');
		});
		// Every keystroke searches (a newer search drops an older one's results). The first keystroke of a new
		// search, or a filter change, adds a history entry, so Back returns to the previous search; the rest of
		// the typing updates the address in place.
		this.#input.addEventListener('input', () => {
			const mode = this.#typing ? 'replace' : 'push';
			this.#typing = true;
			void this.#search(mode);
		});
		for (const select of this.querySelectorAll('select')) {
			select.addEventListener('change', () => {
				this.#typing = false;
				void this.#search('push');
			});
		}
		// The quotes' bundle starts loading when a reader reaches for the filters that search it.
		for (const key of ['type', 'speaker']) {
			const select = this.querySelector(`select[name="${key}"]`)!;
			for (const intent of ['pointerenter', 'focus', 'touchstart']) select.addEventListener(intent, () => void tryLoadPagefind('quotes'), { once: true, passive: true });
		}
		window.addEventListener('popstate', () => void this.#restore());
		this.#showFilters(state);
		if (!(await tryLoadPagefind(searchBundleFor(state.filters)))) {
			this.#results.showUnavailable();
			return;
		}
		if (hasSearch(state)) void this.#search('none');
	}

	/** The search the address holds, its filter values as ids. */
	#addressState(): SearchState {
		return withFilterIds(readSearchState(new URLSearchParams(location.search)), this.#labels);
	}

	/** Back or Forward: shows the search the address now holds. */
	async #restore() {
		const state = this.#addressState();
		this.#input.value = state.query;
		this.#showFilters(state);
		this.#typing = false;
		await this.#search('none');
	}

	/**
	 * Sets each select to the state's value. A value the index does not hold (an old or mistyped address) is added,
	 * with the 0 pages it finds, so the select shows what is searched.
	 */
	#showFilters(state: SearchState) {
		for (const key of searchFilterKeys) {
			const wrapper = this.querySelector<HTMLElement>(`[data-filter="${key}"]`)!;
			const select = wrapper.querySelector('select')!;
			const chosen = state.filters[key];
			if (chosen && ![...select.options].some((option) => option.value === chosen)) {
				select.append(new Option(filterChoiceLabel(this.#labels[key]?.[chosen] ?? chosen, 0), chosen));
				wrapper.hidden = false;
			}
			select.value = chosen ?? '';
		}
		this.#showCounts(state);
	}

	/**
	 * Labels each choice with the number of pages it finds beside the filters chosen (shownFilterCounts), and "all"
	 * types with what it searches there: all but quotes, or beside a speaker the quotes.
	 */
	#showCounts(state: SearchState) {
		const all = this.querySelector<HTMLOptionElement>('select[name="type"] option[value=""]')!;
		const allLabel = searchBundleFor({ ...state.filters, type: undefined }) === 'quotes' ? all.dataset.quotesLabel : all.dataset.siteLabel;
		if (allLabel && all.text !== allLabel) all.text = allLabel;
		const counts = shownFilterCounts(this.#counts, state.filters);
		for (const key of searchFilterKeys) {
			for (const option of this.querySelectorAll<HTMLOptionElement>(`select[name="${key}"] option`)) {
				if (!option.value) continue;
				const label = filterChoiceLabel(this.#labels[key]?.[option.value] ?? option.value, counts[key][option.value] ?? 0);
				if (option.text !== label) option.text = label;
			}
		}
	}

	#currentState(): SearchState {
		const filters: SearchState['filters'] = {};
		for (const key of searchFilterKeys) {
			const value = this.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!.value;
			if (value) filters[key] = value;
		}
		return { query: this.#input.value, filters };
	}

	/** Runs the search on the page's controls; `history` says how the address keeps it. */
	async #search(history: 'push' | 'replace' | 'none') {
		const state = this.#currentState();
		const address = `${location.pathname}${searchQueryString(state)}`;
		if (history !== 'none' && address !== `${location.pathname}${location.search}`) {
			if (history === 'push') window.history.pushState(null, '', address);
			else window.history.replaceState(null, '', address);
		}
		if (this.#elsewhere) {
			this.#elsewhere.search = searchQueryString(state);
			this.#elsewhere.parentElement!.hidden = !state.query.trim();
		}
		const scope = searchBundleFor(state.filters);
		if (this.#inQuotes) {
			this.#inQuotes.search = searchQueryString({ ...state, filters: { ...state.filters, type: 'quote' } });
			this.#inQuotes.parentElement!.hidden = !state.query.trim() || scope === 'quotes';
		}
		this.#showCounts(state);
		await this.#results.search(
			bundlesOf(scope, this.#hasArchive).map((bundle) => () => tryLoadPagefind(bundle)),
			state.query,
			{
				filters: pagefindFilters(state),
				...(!state.query.trim() && articleOnly(state.filters) ? { sort: { date: 'desc' as const } } : {}),
			},
			!hasSearch(state),
		);
	}
}

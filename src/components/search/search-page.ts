// Browser side of the search page: Pagefind's JS API, the filters, the results and the URL that keeps them.
import { formatDate } from '~/lib/dates.ts';
import { formatYearMonth, searchPageTypes } from '~/lib/search-meta.ts';
import { toSearchHit, type PagefindResultData, type SearchHit } from '~/lib/search-results.ts';
import {
	hasSearch,
	pagefindFilters,
	readSearchState,
	searchFilterKeys,
	searchQueryString,
	type SearchFilterKey,
	type SearchState,
} from '~/lib/search-state.ts';
import { toLocale, type Locale } from '~/lib/urls.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';

interface Strings {
	all: string;
	one: string;
	many: string;
	none: string;
	textLang: string;
	unavailable: string;
	types: Record<string, string>;
}

const pageSize = 10;

/** Filters that only articles carry: with one of these and no words, the newest article comes first. */
const articleOnly = (filters: SearchState['filters']) => Boolean(filters.outlet || filters.month || filters.type === 'article');

export class SearchPageElement extends HTMLElement {
	#pagefind?: Pagefind | undefined;
	#ready?: Promise<Pagefind | undefined>;
	#locale: Locale = 'id';
	#strings!: Strings;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	/** On the English page: the link that runs the same search on the Indonesian page, over the original texts. */
	#elsewhere: HTMLAnchorElement | null = null;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#run = 0;
	#pending: Array<{ data(): Promise<PagefindResultData> }> = [];
	#query = '';
	/** Whether the current history entry belongs to the words being typed. */
	#typing = false;

	async connectedCallback() {
		this.#locale = toLocale(this.dataset.locale);
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
		this.#input = this.querySelector('input[type="search"]')!;
		this.#status = this.querySelector('[role="status"]')!;
		this.#elsewhere = this.querySelector('.search-page__elsewhere a');
		this.#list = this.querySelector('ol')!;
		this.#more = this.querySelector('.search-page__more')!;
		const state = readSearchState(new URLSearchParams(location.search));
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
		window.addEventListener('popstate', () => void this.#restore());
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#ready = this.#loadPagefind().catch(() => undefined);
		this.#pagefind = await this.#ready;
		if (!this.#pagefind) {
			this.#status.textContent = this.#strings.unavailable;
			return;
		}
		await this.#fillFilters(state);
		if (hasSearch(state)) await this.#search('none');
	}

	/** Back or Forward: shows the search the address now holds. */
	async #restore() {
		const state = readSearchState(new URLSearchParams(location.search));
		this.#input.value = state.query;
		for (const key of searchFilterKeys) {
			const select = this.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
			if (state.filters[key] && ![...select.options].some((option) => option.value === state.filters[key])) {
				select.append(new Option(state.filters[key], state.filters[key]));
			}
			select.value = state.filters[key] ?? '';
		}
		this.#typing = false;
		await this.#search('none');
	}

	async #loadPagefind(): Promise<Pagefind> {
		const pagefind = await loadPagefind();
		await pagefind.options({ excerptLength: 30 });
		return pagefind;
	}

	/** Offers every value the index holds for each filter; a filter with no values (no quotes yet) stays hidden. */
	async #fillFilters(state: SearchState) {
		const available = await this.#pagefind!.filters();
		for (const key of searchFilterKeys) {
			const values = Object.entries(available[key] ?? {});
			const chosen = state.filters[key];
			if (chosen && !values.some(([value]) => value === chosen)) values.push([chosen, 0]);
			const wrapper = this.querySelector<HTMLElement>(`[data-filter="${key}"]`)!;
			wrapper.hidden = values.length === 0;
			const select = wrapper.querySelector('select')!;
			for (const [value, count] of this.#sortValues(key, values)) {
				const option = new Option(`${this.#valueLabel(key, value)} (${count})`, value);
				select.append(option);
			}
			select.value = chosen ?? '';
		}
	}

	#sortValues(key: SearchFilterKey, values: Array<[string, number]>): Array<[string, number]> {
		if (key === 'type') return values.sort(([a], [b]) => searchPageTypes.indexOf(a as never) - searchPageTypes.indexOf(b as never));
		if (key === 'month') return values.sort(([a], [b]) => b.localeCompare(a));
		return values.sort(([a], [b]) => a.localeCompare(b, 'vi'));
	}

	#valueLabel(key: SearchFilterKey, value: string): string {
		if (key === 'type') return this.#strings.types[value] ?? value;
		if (key === 'month') return formatYearMonth(value, this.#locale);
		return value;
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
		const run = ++this.#run;
		// The previous results stay until the first new one replaces them, so typing does not flash an empty list.
		this.#list.setAttribute('aria-busy', 'true');
		// Words typed while the index is still loading are searched once it is there.
		this.#pagefind ??= await this.#ready;
		if (run !== this.#run) return;
		if (!this.#pagefind || !hasSearch(state)) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = this.#pagefind ? '' : this.#strings.unavailable;
			this.#list.removeAttribute('aria-busy');
			return;
		}
		const response = await this.#pagefind.search(state.query.trim() || null, {
			filters: pagefindFilters(state),
			...(!state.query.trim() && articleOnly(state.filters) ? { sort: { date: 'desc' as const } } : {}),
		});
		if (!response || run !== this.#run) return;
		const count = response.results.length;
		this.#query = state.query;
		this.#pending = [...response.results];
		await this.#showMore(run, true);
		if (run !== this.#run) return;
		// Said once the results are on the page (the status is a live region); no "searching…" on every keystroke.
		this.#status.textContent =
			count === 0 ? this.#strings.none : count === 1 ? this.#strings.one : this.#strings.many.replace('{{count}}', String(count));
		this.#list.removeAttribute('aria-busy');
	}

	/**
	 * Shows the next results, each as soon as its data and those before it are there (the first one does not wait
	 * for the other nine); `replace` empties the list of the previous search when the first new result is ready.
	 */
	async #showMore(run = this.#run, replace = false) {
		const batch = this.#pending.splice(0, pageSize).map((result) => result.data());
		if (replace && batch.length === 0) this.#list.replaceChildren();
		for (const [index, data] of batch.entries()) {
			const hit = toSearchHit(await data, this.#query);
			if (run !== this.#run) return;
			if (replace && index === 0) this.#list.replaceChildren();
			this.#list.append(this.#renderHit(hit));
		}
		this.#more.hidden = this.#pending.length === 0;
	}

	#renderHit(hit: SearchHit): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'search-hit';
		item.dataset.type = hit.type;
		const heading = item.appendChild(document.createElement('h2'));
		const link = heading.appendChild(document.createElement('a'));
		link.href = hit.href;
		link.textContent = hit.title;
		if (hit.lang && hit.lang !== this.#locale) link.lang = hit.lang;
		const details = [
			this.#strings.types[hit.type] ?? hit.type,
			hit.outlet,
			hit.date ? formatDate(new Date(hit.date), this.#locale) : undefined,
			hit.place,
			hit.lang && hit.lang !== this.#locale ? this.#strings.textLang : undefined,
		].filter(Boolean);
		const meta = item.appendChild(document.createElement('p'));
		meta.className = 'search-hit__meta';
		meta.textContent = details.join(' · ');
		const excerpt = item.appendChild(document.createElement('p'));
		excerpt.className = 'search-hit__excerpt';
		if (hit.lang) excerpt.lang = hit.lang;
		for (const part of hit.excerpt) {
			excerpt.append(part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
		}
		return item;
	}
}

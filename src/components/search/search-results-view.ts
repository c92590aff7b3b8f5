// Browser side of SearchResults.astro: runs a search through Pagefind and draws its results, for the search page and
// the header dialog alike.
import { formatDate } from '~/utils/dates.ts';
import { pagefindQuery, toSearchHit, type PagefindResultData, type SearchHit } from '~/utils/search-results.ts';
import { toLocale, type Locale } from '~/utils/urls.ts';
import type { Pagefind, PagefindSearchOptions } from './pagefind.ts';

interface Strings {
	one: string;
	many: string;
	none: string;
	textLang: string;
	unavailable: string;
	types: Record<string, string>;
}

const pageSize = 10;

export class SearchResultsView {
	#locale: Locale;
	#strings: Strings;
	#status: HTMLElement;
	#list: HTMLOListElement;
	#more: HTMLButtonElement;
	#run = 0;
	#pending: Array<{ data(): Promise<PagefindResultData> }> = [];
	#query = '';

	/** `root` is the element SearchResults.astro draws. */
	constructor(root: HTMLElement) {
		this.#locale = toLocale(root.dataset.locale);
		this.#strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
		this.#status = root.querySelector('[role="status"]')!;
		this.#list = root.querySelector('ol')!;
		this.#more = root.querySelector('.search-results__more')!;
		this.#more.addEventListener('click', () => void this.#showMore());
	}

	/**
	 * Searches and draws the results. Every call supersedes the ones before it: their results, however late, are
	 * dropped. `pagefind` may still be loading (words typed meanwhile are searched once it is there); `undefined`
	 * means it could not load. With nothing to search for (`empty`), the list is emptied.
	 */
	async search(pagefind: Promise<Pagefind | undefined>, query: string, options: PagefindSearchOptions = {}, empty = !query.trim()) {
		const run = ++this.#run;
		// The previous results stay until the first new one replaces them, so typing does not flash an empty list.
		this.#list.setAttribute('aria-busy', 'true');
		const loaded = await pagefind;
		if (run !== this.#run) return;
		if (!loaded || empty) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = loaded ? '' : this.#strings.unavailable;
			this.#list.removeAttribute('aria-busy');
			return;
		}
		const words = pagefindQuery(query);
		const response = await loaded.search(words || null, options);
		if (!response || run !== this.#run) return;
		const count = response.results.length;
		this.#query = words;
		this.#pending = [...response.results];
		await this.#showMore(run, true);
		if (run !== this.#run) return;
		// Said once the results are on the page (the status is a live region); no "searching…" on every keystroke.
		this.#status.textContent =
			count === 0 ? this.#strings.none : count === 1 ? this.#strings.one : this.#strings.many.replace('{{count}}', String(count));
		this.#list.removeAttribute('aria-busy');
	}

	/** Says that search cannot work here (Pagefind's index failed to load). */
	showUnavailable() {
		this.#status.textContent = this.#strings.unavailable;
	}

	/**
	 * Shows the next results. The first one is fetched alone and drawn, and only after the frame that shows it are
	 * the others fetched (together): nothing competes with the first result's fragment, and reading the other
	 * fragments does not hold up the frame. `replace` empties the list of the previous search when the first new
	 * result is ready.
	 */
	async #showMore(run = this.#run, replace = false) {
		const batch = this.#pending.splice(0, pageSize);
		if (replace && batch.length === 0) this.#list.replaceChildren();
		const [first, ...rest] = batch;
		if (first) {
			const hit = toSearchHit(await first.data(), this.#query);
			if (run !== this.#run) return;
			if (replace) this.#list.replaceChildren();
			this.#list.append(this.#renderHit(hit));
			// A hidden page draws no frames: there the others follow at once.
			if (document.visibilityState === 'visible') await new Promise((drawn) => requestAnimationFrame(drawn));
			if (run !== this.#run) return;
		}
		const data = rest.map((result) => result.data());
		for (const next of data) {
			const hit = toSearchHit(await next, this.#query);
			if (run !== this.#run) return;
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

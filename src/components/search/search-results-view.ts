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
	/** How many results the reader has asked to see (ten, and ten more for each press of the button). */
	#wanted = pageSize;

	/** `root` is the element SearchResults.astro draws. */
	constructor(root: HTMLElement) {
		this.#locale = toLocale(root.dataset.locale);
		this.#strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
		this.#status = root.querySelector('[role="status"]')!;
		this.#list = root.querySelector('ol')!;
		this.#more = root.querySelector('.search-results__more')!;
		this.#more.addEventListener('click', () => {
			this.#wanted = this.#list.children.length + pageSize;
			void this.#fill(this.#run, false);
		});
	}

	/**
	 * Searches and draws the results. Every call supersedes the ones before it: their results, however late, are
	 * dropped. `bundles` are searched one after the other (src/utils/search-bundles.ts), each loaded only when its
	 * turn comes, and their results shown in that order: the first bundle's first result is drawn before the next
	 * bundle is even fetched. The first may still be loading (words typed meanwhile are searched once it is there);
	 * `undefined` means it could not load. With nothing to search for (`empty`), the list is emptied.
	 */
	async search(bundles: ReadonlyArray<() => Promise<Pagefind | undefined>>, query: string, options: PagefindSearchOptions = {}, empty = !query.trim()) {
		const run = ++this.#run;
		// The previous results stay until the first new one replaces them, so typing does not flash an empty list.
		this.#list.setAttribute('aria-busy', 'true');
		const loaded = await bundles[0]?.();
		if (run !== this.#run) return;
		if (!loaded || empty) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = loaded ? '' : this.#strings.unavailable;
			this.#list.removeAttribute('aria-busy');
			return;
		}
		const words = pagefindQuery(query);
		this.#query = words;
		this.#pending = [];
		this.#wanted = pageSize;
		let count = 0;
		let replace = true;
		for (const [position, bundle] of bundles.entries()) {
			// A later bundle that cannot load leaves the results of those before it.
			const pagefind = position === 0 ? loaded : await bundle();
			if (run !== this.#run) return;
			const response = await pagefind?.search(words || null, options);
			if (run !== this.#run) return;
			if (!response) continue;
			count += response.results.length;
			this.#pending.push(...response.results);
			if (await this.#fill(run, replace)) replace = false;
			if (run !== this.#run) return;
		}
		if (replace) this.#list.replaceChildren();
		this.#more.hidden = this.#pending.length === 0;
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
	 * Draws pending results until the list holds as many as the reader asked for. The first one is fetched alone
	 * and drawn, and only after the frame that shows it are the others fetched (together): nothing competes with the
	 * first result's fragment, and reading the other fragments does not hold up the frame. `replace` empties the
	 * list of the previous search when the first new result is ready. Says whether it drew any.
	 */
	async #fill(run: number, replace: boolean): Promise<boolean> {
		const shown = replace ? 0 : this.#list.children.length;
		const batch = this.#pending.splice(0, Math.max(0, this.#wanted - shown));
		const [first, ...rest] = batch;
		if (first) {
			const hit = toSearchHit(await first.data(), this.#query);
			if (run !== this.#run) return false;
			if (replace) this.#list.replaceChildren();
			this.#list.append(this.#renderHit(hit));
			// A hidden page draws no frames: there the others follow at once.
			if (document.visibilityState === 'visible') await new Promise((drawn) => requestAnimationFrame(drawn));
			if (run !== this.#run) return true;
		}
		const data = rest.map((result) => result.data());
		for (const next of data) {
			const hit = toSearchHit(await next, this.#query);
			if (run !== this.#run) return true;
			this.#list.append(this.#renderHit(hit));
		}
		this.#more.hidden = this.#pending.length === 0;
		return batch.length > 0;
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

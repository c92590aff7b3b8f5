/**
 * Browser side of the quotes listing. Filters: with nothing chosen, the page's own quotes; with a choice, every
 * matching quote of the open data, fetched once, shown a batch at a time. Text goes into copies of the card template
 * as textContent, never as HTML; the parts a quote does not have (printed title, fact-check note) are removed from its copy.
 */
import type { QuoteRecord } from '~/utils/quote-export.ts';
import { matchesQuoteFilters, quoteFilterValues, type QuoteFilters } from '~/utils/quote-filter.ts';
import { isLongQuote, quoteCardView, type QuoteCardView } from '~/utils/quote-card-view.ts';
import { intlLocale } from '~/utils/intl-locale.ts';
import { toLocale, type Locale } from '~/utils/urls.ts';

/** A UI string with its {{placeholders}} filled with numbers, written the reader's way. */
const fill = (locale: Locale, pattern: string | undefined, values: Record<string, number>) =>
	Object.entries(values).reduce((out, [key, value]) => out.replaceAll(`{{${key}}}`, value.toLocaleString(intlLocale[locale])), pattern ?? '');

/** A fact-check note filled from a copy of the template's note. */
const factCheck = (note: Element, check: QuoteCardView['factChecks'][number]) => {
	const copy = note.cloneNode(true) as HTMLElement;
	const text = copy.querySelector('.fact-check__note');
	if (text) text.textContent = check.note;
	const links = copy.querySelector('.fact-check__links');
	const link = links?.querySelector('a');
	if (links && link) {
		links.replaceChildren(
			...check.sources.flatMap((source, index) => {
				const anchor = Object.assign(link.cloneNode() as HTMLAnchorElement, { href: source.href, textContent: source.title });
				return index > 0 ? [document.createTextNode('; '), anchor] : [anchor];
			}),
		);
	}
	return copy;
};

export class QuoteIndexElement extends HTMLElement {
	#text!: DOMStringMap;
	#locale!: Locale;
	#batch = 50;
	#count!: HTMLElement;
	#list!: HTMLElement;
	#more!: HTMLButtonElement;
	#pager!: HTMLElement;
	#template!: HTMLElement;
	#selects: HTMLSelectElement[] = [];
	#pageCards: Element[] = [];
	#pageCount = '';
	#records: Promise<QuoteRecord[]> | undefined;
	#matches: QuoteRecord[] = [];
	#shown = 0;
	#run = 0;

	connectedCallback() {
		const filters = this.querySelector<HTMLElement>('.quote-filters');
		const count = this.querySelector<HTMLElement>('.quote-filters__count');
		const list = this.querySelector<HTMLElement>('.quote-index');
		const more = this.querySelector<HTMLButtonElement>('.quote-filters__more');
		const pager = this.querySelector<HTMLElement>('.quote-pager');
		const template = this.querySelector<HTMLTemplateElement>('.quote-card-template')?.content.querySelector<HTMLElement>('[data-quote]');
		if (!(filters && count && list && more && pager && template)) return;
		this.#text = filters.dataset;
		this.#locale = toLocale(this.#text.locale);
		this.#batch = Number(this.#text.batch) || 50;
		this.#count = count;
		this.#list = list;
		this.#more = more;
		this.#pager = pager;
		this.#template = template;
		this.#selects = [...filters.querySelectorAll('select')];
		this.#pageCards = [...list.children];
		this.#pageCount = count.textContent ?? '';

		const params = new URLSearchParams(location.search);
		for (const select of this.#selects) {
			const wanted = params.get(select.name);
			if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
		}
		filters.addEventListener('change', () => void this.#apply());
		more.addEventListener('click', () => this.#showMore());
		filters.querySelector('.quote-filters__reset')?.addEventListener('click', () => {
			for (const select of this.#selects) select.value = '';
			void this.#apply();
			this.#selects[0]?.focus();
		});
		filters.hidden = false;
		if (this.#selects.some((select) => select.value)) void this.#apply();
	}

	#load() {
		return (this.#records ??= fetch(this.#text.source ?? '').then((response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.url}`);
			return response.json() as Promise<QuoteRecord[]>;
		}));
	}

	/** A card for one record: a copy of the template card, every text set with textContent. */
	#card(record: QuoteRecord): HTMLElement {
		const text = this.#text;
		const view = quoteCardView(record, this.#locale, import.meta.env.BASE_URL);
		const node = this.#template.cloneNode(true) as HTMLElement;
		const part = <T extends Element = HTMLElement>(selector: string) => node.querySelector<T>(selector);
		node.id = record.id;
		node.classList.remove('quote-card--direct', 'quote-card--reported');
		node.classList.add(`quote-card--${view.kind}`);
		node.classList.toggle('quote-card--long', isLongQuote(view.text));
		Object.assign(node.dataset, quoteFilterValues(record));
		const kind = part('.quote-card__kind');
		if (kind) kind.textContent = (view.kind === 'direct' ? text.direct : text.reported) ?? '';
		part('blockquote')?.setAttribute('cite', view.links.paragraph);
		const words = part('.quote-card__words p');
		if (words) words.textContent = view.text;
		const english = part('.quote-card__english p');
		if (english && view.textEn) english.textContent = view.textEn;
		const printed = part('.quote-card__printed span');
		if (printed && view.printedTitle) printed.textContent = view.printedTitle;
		else part('.quote-card__printed')?.remove();
		const note = part('.fact-check');
		for (const check of view.factChecks) note?.before(factCheck(note, check));
		note?.remove();
		const person = part<HTMLAnchorElement>('figcaption a');
		if (person) Object.assign(person, { href: view.links.person, textContent: view.speaker });
		const role = part('.quote-card__role');
		if (role) role.textContent = view.role;
		const outlet = part('figcaption cite');
		if (outlet) outlet.textContent = view.outlet;
		const time = part<HTMLTimeElement>('figcaption time');
		if (time) Object.assign(time, { dateTime: view.date, textContent: view.dateLabel });
		part<HTMLAnchorElement>('.quote-card__permalink')?.setAttribute('href', view.links.permalink);
		const paragraph = part<HTMLAnchorElement>('.quote-card__paragraph');
		if (paragraph) Object.assign(paragraph, { href: view.links.paragraph, textContent: fill(this.#locale, text.paragraphTemplate, { n: view.paragraph }) });
		const copy = part<HTMLButtonElement>('.quote-card__copy');
		if (copy) copy.dataset.citation = view.citation;
		const status = part('.quote-card__status');
		if (status) status.textContent = '';
		return node;
	}

	#announce() {
		const text = this.#text;
		const rest = this.#matches.length - this.#shown;
		this.#count.textContent =
			rest > 0
				? fill(this.#locale, text.matchesTemplate, { count: this.#shown, matches: this.#matches.length })
				: fill(this.#locale, text.countTemplate, { count: this.#shown, total: Number(text.total) });
		this.#more.hidden = rest <= 0;
		this.#more.textContent = fill(this.#locale, text.moreTemplate, { count: Math.min(this.#batch, rest) });
	}

	#showMore() {
		const next = this.#matches.slice(this.#shown, this.#shown + this.#batch);
		this.#list.append(...next.map((record) => this.#card(record)));
		this.#shown += next.length;
		this.#announce();
	}

	async #apply() {
		const chosen = this.#selects.filter((select) => select.value).map((select) => [select.name, select.value] as const);
		const query = new URLSearchParams(chosen.map(([name, value]) => [name, value]));
		history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
		const current = ++this.#run;
		if (chosen.length === 0) {
			this.#list.replaceChildren(...this.#pageCards);
			this.#count.textContent = this.#pageCount;
			this.#more.hidden = true;
			this.#pager.hidden = false;
			return;
		}
		this.#count.textContent = this.#text.loading ?? '';
		let all: QuoteRecord[];
		try {
			all = await this.#load();
		} catch {
			this.#records = undefined;
			if (current === this.#run) this.#count.textContent = this.#text.failed ?? '';
			return;
		}
		if (current !== this.#run) return;
		const wanted: QuoteFilters = Object.fromEntries(chosen);
		this.#matches = all.filter((record) => matchesQuoteFilters(record, wanted));
		this.#shown = 0;
		this.#list.replaceChildren();
		this.#pager.hidden = true;
		this.#showMore();
	}
}

/** A word position of a hit, as Pagefind reports it. */
export interface PagefindWeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

/** A part of a page Pagefind found the words in: a heading, or an element with `data-pagefind-title` (a paragraph). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: PagefindWeightedLocation[];
}

/** What `result.data()` of Pagefind's JS API returns, as far as the search page reads it. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}

/** A search result ready to show: where to go, what it is, and the excerpt around the hit. */
export interface SearchHit {
	title: string;
	/** The page, or the paragraph or section of the hit, with the words to highlight there. */
	href: string;
	/** The paragraph (`¶3`) or section heading of the hit, when the hit is not at the top of the page. */
	place?: string | undefined;
	type: string;
	outlet?: string | undefined;
	date?: string | undefined;
	/** Language of the page's text (an English URL can carry Indonesian text). */
	lang?: string | undefined;
	excerpt: ExcerptPart[];
}

/** A run of excerpt text, marked when it is a searched word. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/**
 * The part of a page with the strongest hit: the best-scored sub-result, or the first one.
 * @example bestSubResult([{ title: '¶1', url: '/a/#p-1', excerpt: '', locations: [4] }])?.url // → '/a/#p-1'
 */
export function bestSubResult(subResults: readonly PagefindSubResult[]): PagefindSubResult | undefined {
	const score = (sub: PagefindSubResult) =>
		sub.weighted_locations?.reduce((sum, hit) => sum + hit.balanced_score, 0) ?? sub.locations.length;
	return subResults.reduce<PagefindSubResult | undefined>((best, sub) => (!best || score(sub) > score(best) ? sub : best), undefined);
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around hits) into plain runs, so it can be shown without innerHTML.
 * @example excerptParts('a <mark>b</mark> &amp; c') // → [{ text: 'a ', marked: false }, { text: 'b', marked: true }, { text: ' & c', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter(Boolean)
		.map((piece) => {
			const marked = piece.startsWith('<mark>');
			const text = (marked ? piece.slice(6, -7) : piece).replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]!);
			return { text, marked };
		});
}

/**
 * The words to highlight on the landing page: a quoted phrase of the query as a whole, otherwise the forms found
 * in the excerpt (stemming may have matched "penandatanganan" for "menandatangani"), each once.
 * @example highlightTerms('menandatangani', [{ text: 'Penandatanganan,', marked: true }]) // → ['Penandatanganan']
 */
export function highlightTerms(query: string, excerpt: readonly ExcerptPart[]): string[] {
	const phrases = [...query.matchAll(/"([^"]+)"/g)].map((match) => match[1]!.trim()).filter(Boolean);
	const found = excerpt.filter((part) => part.marked).map((part) => part.text.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''));
	const terms = phrases.length > 0 ? phrases : found.filter(Boolean);
	return terms.filter((term, index) => terms.findIndex((other) => other.toLowerCase() === term.toLowerCase()) === index);
}

/**
 * The words as Pagefind is asked for them. Pagefind folds accents (ặ → a) but keeps đ, a letter of its own, while
 * the Indonesian texts spell Vietnamese names without it ("Dang Hoang Giang"): a name pasted as Vietnamese writes it
 * ("Đặng Hoàng Giang") would find none of them.
 * @example pagefindQuery(' Đặng Hoàng Giang ') // → 'Dặng Hoàng Giang'
 */
export const pagefindQuery = (query: string) => query.trim().replace(/đ/gu, 'd').replace(/Đ/gu, 'D');

/**
 * Adds `pagefind-highlight` parameters to a result URL, before its #fragment.
 * @example withHighlight('/artikel/a/#p-3', ['Hanoi']) // → '/artikel/a/?pagefind-highlight=Hanoi#p-3'
 */
export function withHighlight(url: string, terms: readonly string[]): string {
	const [path = '', fragment] = url.split('#');
	const params = new URLSearchParams(terms.map((term) => ['pagefind-highlight', term]));
	const query = params.toString();
	const joined = query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
	return fragment ? `${joined}#${fragment}` : joined;
}

/**
 * Turns Pagefind's data for a page into a result: linked to the paragraph of the strongest hit, with its excerpt.
 * Hits above the first heading or paragraph sit under Starlight's `#_top` anchor, or under no anchor when the page's
 * `<h1>` is left out of the index (quote pages); either way the result links to the page itself.
 * @example toSearchHit(data, 'Hanoi').href // → '/artikel/a/?pagefind-highlight=Hanoi#p-3'
 */
export function toSearchHit(data: PagefindResultData, query: string): SearchHit {
	const sub = bestSubResult(data.sub_results);
	const atTop = !sub || !sub.url.includes('#') || sub.url.endsWith('#_top');
	const excerpt = excerptParts(sub?.excerpt || data.excerpt);
	const target = atTop ? data.url : sub.url;
	return {
		title: data.meta.title ?? data.url,
		href: withHighlight(target, highlightTerms(query, excerpt)),
		place: atTop ? undefined : sub.title,
		type: data.meta.type ?? 'other',
		outlet: data.meta.outlet,
		date: data.meta.date,
		lang: data.meta.lang,
		excerpt,
	};
}

/**
 * Which content files a page is made from, for its "last changed" date: an MDX page's own file; a quote page's
 * quotes file and its speaker's record; a person page's record and the quotes files that quote them; a listing
 * page's whole folder.
 */

/** What the quotes collection tells about one quote: the article it comes from and who said it. */
export interface QuoteSource {
	id: string;
	article: string;
	speaker: string;
}

/**
 * The repository-relative files (or folders, ending in `/`) a page is built from.
 * @example pageSourcePaths('en/kutipan/q1', undefined, [{ id: 'q1', article: 'artikel/a', speaker: 'p' }])
 * // → ['content/quotes/a.yaml', 'content/people/p.yaml']
 */
export function pageSourcePaths(pageId: string, filePath: string | undefined, quotes: QuoteSource[]): string[] {
	if (filePath?.startsWith('content/')) return [filePath];
	const id = pageId.replace(/^en(?:\/|$)/u, '');
	const quoteFile = (quote: QuoteSource) => `content/quotes/${quote.article.replace(/^artikel\//u, '')}.yaml`;
	if (/^artikel\/halaman\/\d+$/u.test(id)) return ['content/docs/artikel/'];
	if (/^kutipan\/halaman\/\d+$/u.test(id)) return ['content/quotes/', 'content/people/'];
	const quoteId = /^kutipan\/([^/]+)$/u.exec(id)?.[1];
	if (quoteId) {
		const quote = quotes.find((entry) => entry.id === quoteId);
		return quote ? [quoteFile(quote), `content/people/${quote.speaker}.yaml`] : [];
	}
	const personId = /^tokoh\/([^/]+)$/u.exec(id)?.[1];
	if (personId) return [`content/people/${personId}.yaml`, ...new Set(quotes.filter((quote) => quote.speaker === personId).map(quoteFile))];
	return [];
}

/**
 * What an imported article's page (src/pages/[...slug].astro) shows, for its cache key: the page's MDX entry and
 * everything its components add from other records. Astro itself re-renders a page whose MDX or route code changed;
 * this covers the rest: the outlet, the English page's link, the archive, the fact-checks beside its paragraphs, the
 * explainers citing it, its quotes, its search facts, and the access date printed in "Cite this page".
 */
import type { CollectionEntry } from 'astro:content';
import { articleSource, englishPages } from './article-source.ts';
import { articleFactChecks } from './fact-checks.ts';
import { outletOf } from './outlets.ts';
import { explainersCiting } from './page-citations.ts';
import { articleQuotes } from './quotes.ts';
import { archivedArticleIds } from './search-archive.ts';
import { searchFacts } from './search-facts.ts';
import { buildDate } from '../utils/build-date.ts';
import { isoDay } from '../utils/dates.ts';
import { mdxImports } from '../utils/mdx-imports.ts';
import type { Locale } from '../utils/urls.ts';

type DocsEntry = CollectionEntry<'docs'>;

/** The components an article's MDX may import and still be cached: they show only the data listed here. */
export const cachedArticleComponents: ReadonlySet<string> = new Set(['~/components/ArticleParagraph.astro', '~/components/PullQuote.astro']);

/**
 * What the page with this route id (`artikel/<slug>`, `en/artikel/<slug>`) and docs entry (the Indonesian original on
 * an untranslated English page) shows; undefined for a page that is not an imported article or its English page, or
 * whose MDX imports a component not in {@link cachedArticleComponents}: such a page has no key and is always rendered.
 * @example await articlePageShown('artikel/abc', entry, 'id') // → { entry, outlet, quotes, … }
 */
export async function articlePageShown(pageId: string, entry: DocsEntry, locale: Locale): Promise<unknown> {
	const source = await articleSource(entry);
	if (!source || !mdxImports(entry.body ?? '').every((module) => cachedArticleComponents.has(module))) return undefined;
	const english = (await englishPages()).get(source.id);
	const [outlet, archived, factChecks, explainers, quotes, facts] = await Promise.all([
		outletOf(source.article.outlet),
		archivedArticleIds().then((ids) => ids.has(source.id)),
		articleFactChecks(source.id),
		explainersCiting(source.id, locale),
		articleQuotes(source.id),
		searchFacts(pageId, entry),
	]);
	return {
		pageId,
		entry: { id: entry.id, filePath: entry.filePath, data: entry.data, body: entry.body },
		source,
		outlet: outlet.data,
		englishPage: english && { id: english.id, kind: english.data.translationOf?.kind },
		archived,
		factChecks,
		explainers: explainers.map((explainer) => ({ id: explainer.id, title: explainer.data.title })),
		quotes,
		facts,
		// "Cite this page" prints the day of the build as the access date, until the reader's script replaces it.
		buildDay: isoDay(buildDate()),
	};
}

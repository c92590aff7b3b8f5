/**
 * The imported article behind a page: the Indonesian article page itself, or the article that an English page
 * translates (`translationOf`). Outlet, date and source URL live once, in the Indonesian page's frontmatter.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../utils/urls.ts';

type DocsEntry = CollectionEntry<'docs'>;
export type ArticleData = NonNullable<DocsEntry['data']['article']>;
export type ArticleTranslationData = NonNullable<DocsEntry['data']['translationOf']>;

export interface ArticleSource {
	/** Docs id of the Indonesian page, `artikel/<slug>`. */
	id: string;
	/** The Indonesian title. */
	title: string;
	article: ArticleData;
	/** Set on an English page: how it renders the Indonesian one (full translation or summary). */
	translation?: ArticleTranslationData;
}

/**
 * The article a docs page shows, or undefined for any other page.
 * @example (await articleSource(englishEntry))?.id // → 'artikel/<slug>'
 */
export async function articleSource(entry: DocsEntry): Promise<ArticleSource | undefined> {
	if (entry.data.article) return { id: entry.id, title: entry.data.title, article: entry.data.article };
	const translation = entry.data.translationOf;
	if (!translation) return undefined;
	const original = await getEntry('docs', translation.article);
	if (!original?.data.article) throw new Error(`${entry.filePath}: translationOf.article "${translation.article}" is not an imported article`);
	return { id: original.id, title: original.data.title, article: original.data.article, translation };
}

let cached: Promise<Map<string, DocsEntry>> | undefined;
const read = async () =>
	new Map((await getCollection('docs', (entry) => Boolean(entry.data.translationOf))).map((entry) => [entry.data.translationOf!.article, entry]));

/**
 * The English page of each article, by the Indonesian page's id (read once per build; afresh in dev).
 * @example (await englishPages()).get('artikel/<slug>')?.id // → 'en/artikel/<slug>'
 */
export function englishPages(): Promise<Map<string, DocsEntry>> {
	if (import.meta.env.DEV) return read();
	return (cached ??= read());
}

/**
 * The English page of an article when it is a full translation (same paragraphs), else undefined.
 * @example (await englishTranslation('artikel/<slug>'))?.data.title // → the English title
 */
export async function englishTranslation(articleId: string): Promise<DocsEntry | undefined> {
	const page = (await englishPages()).get(articleId);
	return page?.data.translationOf?.kind === 'full' ? page : undefined;
}

/**
 * The page to link for an article in a locale, and the language of its title: under /en/ its English page
 * (translation or summary) where there is one, otherwise the Indonesian page.
 * @example (await articleInLocale(entry, 'en')).entry.id // → 'en/artikel/<slug>'
 */
export async function articleInLocale(entry: DocsEntry, locale: Locale): Promise<{ entry: DocsEntry; lang: Locale }> {
	const english = locale === 'en' ? (await englishPages()).get(entry.id) : undefined;
	return english ? { entry: english, lang: 'en' } : { entry, lang: 'id' };
}

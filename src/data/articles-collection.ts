/** The imported articles as listings need them, read from the docs collection once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticlesNewestFirst } from '../utils/articles.ts';
import { buildOnce } from '../utils/build-once.ts';

/**
 * Every imported article, newest first. Sorted once per build, since listing pages, the feed and the outlet list
 * all ask for it (afresh on every call in dev, where content changes). Callers must not mutate the list.
 * @example (await articlesNewestFirst())[0].id // → 'artikel/…' of the latest article
 */
export const articlesNewestFirst: () => Promise<CollectionEntry<'docs'>[]> = buildOnce(async () =>
	sortArticlesNewestFirst(await getCollection('docs', (entry) => Boolean(entry.data.article))),
);

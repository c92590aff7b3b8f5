/** The imported articles as listings need them, read from the docs collection once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce } from '../utils/build-once.ts';

type Entry = CollectionEntry<'docs'>;

/** Newest first; same-day articles by id so the order is stable. */
function sortNewestFirst(entries: readonly Entry[]): Entry[] {
	const time = (entry: Entry) => entry.data.article?.published.getTime() ?? 0;
	return [...entries].sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

/**
 * Every imported article, newest first. Sorted once per build, since listing pages, the feed and the outlet list
 * all ask for it (afresh on every call in dev, where content changes). Callers must not mutate the list.
 * @example (await articlesNewestFirst())[0].id // → 'artikel/…' of the latest article
 */
export const articlesNewestFirst: () => Promise<Entry[]> = buildOnce(async () =>
	sortNewestFirst(await getCollection('docs', (entry) => Boolean(entry.data.article))),
);

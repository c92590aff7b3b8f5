/** The part of an imported article's frontmatter that listings need. */
export interface ArticleLike {
	id: string;
	data: { article?: { published: Date } | undefined };
}

/**
 * Orders imported articles newest first; same-day articles by id so the order is stable.
 * @example sortArticlesNewestFirst(entries)[0].id // → 'artikel/…' of the latest article
 */
export function sortArticlesNewestFirst<T extends ArticleLike>(entries: readonly T[]): T[] {
	const time = (entry: T) => entry.data.article?.published.getTime() ?? 0;
	return [...entries].sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

/**
 * Which articles the search archive holds (src/utils/search-bundles.ts): all but the newest, by publication date.
 * Read once per build. An English page of an article goes where its Indonesian original goes.
 */
import { articlesNewestFirst } from './articles-collection.ts';
import { buildOnce } from '../utils/build-once.ts';
import { recentArticleCount } from '../utils/search-bundles.ts';

/** Docs ids (`artikel/<slug>`) of the Indonesian articles in the archive. */
export const archivedArticleIds: () => Promise<ReadonlySet<string>> = buildOnce(async () => {
	const recent = recentArticleCount(process.env.SEARCH_RECENT_ARTICLES);
	return new Set((await articlesNewestFirst()).slice(recent).map((entry) => entry.id));
});

/** Whether a search of the site reads the archive after the site's bundle. */
export const hasSearchArchive = async (): Promise<boolean> => (await archivedArticleIds()).size > 0;

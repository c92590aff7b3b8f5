import { getCollection } from 'astro:content';
import { hasSearchArchive } from './search-archive.ts';
import { buildOnce } from '../utils/build-once.ts';
import { sidebar, sidebarSlugs } from '../utils/sidebar.ts';
import type { SiteFrame } from '../utils/page-cache-key.ts';

const linkedSlugs = new Set(sidebarSlugs(sidebar));

/**
 * What Starlight's frame shows on every page from the content: the interface strings, and the frontmatter of the pages
 * the sidebar links to in either language (an English link falls back to the Indonesian page where none exists), and
 * which search bundles the header's search reads.
 * Read once per build.
 */
export const siteFrame: () => Promise<SiteFrame> = buildOnce(async () => ({
	strings: (await getCollection('i18n')).map(({ id, data }) => ({ id, data })),
	sidebarPages: (await getCollection('docs', (entry) => linkedSlugs.has(entry.id.replace(/^en\//u, ''))))
		.map(({ id, data }) => ({ id, title: data.title, sidebar: data.sidebar }))
		.sort((a, b) => (a.id < b.id ? -1 : 1)),
	searchArchive: await hasSearchArchive(),
}));

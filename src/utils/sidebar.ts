import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { explainerIds } from './explainers.ts';

type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The site's sidebar, Starlight's `sidebar` option (astro.config.mjs): on every page but the home and the 404. */
export const sidebar = [
	{ slug: 'cari' },
	{
		label: 'Penjelasan',
		translations: { en: 'Explainers' },
		// The corrections log sits under the explainers it corrects, but is not one itself (not on the home card).
		items: [...explainerIds, 'koreksi'].map((slug) => ({ slug })),
	},
	{
		label: 'Kutipan',
		translations: { en: 'Quotes' },
		items: [
			{ slug: 'kutipan', label: 'Semua kutipan', translations: { en: 'All quotes' } },
			{ slug: 'tokoh', label: 'Tokoh yang dikutip', translations: { en: 'People quoted' } },
		],
	},
	{
		label: 'Artikel sumber',
		translations: { en: 'Source articles' },
		items: [{ slug: 'artikel', label: 'Semua artikel', translations: { en: 'All articles' } }],
	},
] satisfies SidebarItem[];

/**
 * The docs ids (without the locale folder) a sidebar links to: Starlight takes a link's label, badge and attributes
 * from the page's frontmatter where the sidebar gives none, so those pages' data is on every page with the sidebar.
 * @example sidebarSlugs([{ slug: 'cari' }, { label: 'Quotes', items: [{ slug: 'kutipan', label: 'All' }] }]) // → ['cari', 'kutipan']
 */
export function sidebarSlugs(items: readonly SidebarItem[]): string[] {
	return items.flatMap((item) => {
		if (typeof item === 'string') return [item];
		if ('slug' in item) return [item.slug];
		if ('items' in item) return sidebarSlugs(item.items);
		return [];
	});
}

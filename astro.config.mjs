// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { siteTitle } from './src/utils/site.ts';
import { sidebar } from './src/utils/sidebar.ts';
import { searchIndexesAndHeaders } from './src/integrations/search-indexes-and-headers.ts';
import { satteriBaseLinks } from './src/utils/base-links.ts';

// Astro writes into a module's code the value of every environment variable whose name occurs in a module that reads
// `import.meta.env`, and the incremental build hashes that code. `_`, which a shell sets to the command it ran, occurs
// in nearly every module, so `npm run build` after `npx astro build` would render every page again.
delete process.env._;

/** Deploy target: set SITE_URL to the public origin and BASE_PATH when served from a sub-path. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Root-relative links written in content (`/konvensi/`, LinkCard href) get the base; Starlight adds its own plugins.
	markdown: { processor: satteri({ hastPlugins: [satteriBaseLinks(base)] }) },
	// Routes whose getStaticPaths() gives a cacheKey (src/utils/page-cache-key.ts) are not rendered again while it and
	// their code stay the same: a rebuild redoes only the pages that changed.
	experimental: { incrementalBuild: true },
	// src/pages/[...slug].astro draws the article pages that Starlight's own route also offers; the project route wins.
	prerenderConflictBehavior: 'ignore',
	// Rolldown warns, with a code frame, about a directive Astro itself writes into every MDX page's asset module
	// (withastro/astro#18087, harmless): 46 warnings here, one per article at scale, that buried the build's real ones.
	vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
	integrations: [
		starlight({
			title: siteTitle,
			description:
				'Penjelasan terpercaya tentang Konvensi PBB Melawan Kejahatan Siber, ditandatangani di Hanoi 25–26 Oktober 2025.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			// Content lives in the top-level content/ folder, so Starlight's Markdown plugins must be told.
			markdown: { processedDirs: ['./content/docs'] },
			customCss: ['./src/styles/site.css'],
			components: {
				Head: './src/components/Head.astro',
				PageTitle: './src/components/PageTitle.astro',
				Hero: './src/components/Hero.astro',
				Search: './src/components/Search.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				FallbackContentNotice: './src/components/FallbackContentNotice.astro',
				LastUpdated: './src/components/LastUpdated.astro',
			},
			// src/pages/404.astro: one bilingual page, since static hosts serve a single 404.html.
			disable404Route: true,
			// JSON-LD and sharing metadata for every page's head.
			routeMiddleware: './src/route-data.ts',
			// The site's search bundle is written with the others, and kept between builds, by the integration below
			// (Starlight's own run indexed every page on every build); the pages still mark what it indexes.
			pagefind: false,
			// Set per page from git by src/route-data.ts (Starlight's own lookup only knows src/content/docs/).
			lastUpdated: false,
			pagination: false,
			sidebar,
		}),
		// The search bundles and _headers, from the final pages.
		searchIndexesAndHeaders(),
	],
});

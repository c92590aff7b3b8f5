import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundleFolders } from '../utils/search-bundles.ts';
import { locales, localizedId } from '../utils/urls.ts';

/**
 * Writes the quotes' own Pagefind bundle (src/utils/search-bundles.ts) after the build, beside the site's, which
 * Starlight writes. Quote pages leave Starlight's index (QuotePage.astro sets `pagefind: false`, so they have no
 * `data-pagefind-body`); here their `<main>`, the element that attribute marks on every other page, is indexed with
 * the same Pagefind attributes (ignore, weight, filters, meta) the pages carry.
 */
export function quoteSearchIndex(): AstroIntegration {
	return {
		name: 'quote-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
					if (!index) throw new Error(errors.join('; '));
					let pages = 0;
					// One folder per quote, /kutipan/<id>/ in each locale; the listing's /kutipan/halaman/<n>/ is a level deeper.
					for (const locale of locales) {
						const added = await index.addDirectory({ path: fileURLToPath(dir), glob: `${localizedId('kutipan', locale)}/*/index.html` });
						if (added.errors.length > 0) throw new Error(added.errors.join('; '));
						pages += added.page_count;
					}
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`${searchBundleFolders.quotes}/`, dir)) });
					if (written.errors.length > 0) throw new Error(written.errors.join('; '));
					logger.info(`quote search index: ${pages} quote pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { cachedSearchBundle, searchBundleKey } from '../build/search-bundle-cache.ts';
import { archiveMarker, searchBundleFolders, type SearchBundle } from '../utils/search-bundles.ts';
import { locales, localizedId } from '../utils/urls.ts';

/** A page of the build output: its path under dist/ and its HTML. */
interface BuiltPage {
	sourcePath: string;
	content: string;
}

/**
 * The pages in one folder per entry under a route folder of each locale (`kutipan/<id>/index.html`…), leaving out
 * the listing's pages, a level deeper (`kutipan/halaman/<n>/index.html`).
 */
function pagesUnder(dist: string, folder: string): BuiltPage[] {
	return locales.flatMap((locale) => {
		const route = localizedId(folder, locale);
		let names: string[];
		try {
			names = readdirSync(join(dist, route), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
		} catch {
			return [];
		}
		return names.flatMap((name) => {
			const sourcePath = `${route}/${name}/index.html`;
			try {
				return [{ sourcePath, content: readFileSync(join(dist, sourcePath), 'utf8') }];
			} catch {
				return [];
			}
		});
	});
}

/** The `<meta>` that src/route-data.ts puts in an archived article's head, as the built HTML writes it. */
const archiveMeta = new RegExp(`<meta name="${archiveMarker.name}" content="${archiveMarker.content}"\\s*/?>`, 'u');

/** The indexer and its settings, part of each bundle's cache key: another Pagefind version indexes afresh. */
const indexer = `pagefind ${JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')).version} rootSelector=main`;

/**
 * Writes one bundle of the given pages, their `<main>` indexed (the element Starlight marks `data-pagefind-body`
 * on every page it indexes), with the same Pagefind attributes (ignore, weight, filters, meta) the pages carry.
 * No pages, no bundle. The same pages as in an earlier build: the bundle that build wrote, from the cache.
 */
async function writeBundle(dist: string, bundle: SearchBundle, pages: readonly BuiltPage[], logger: AstroIntegrationLogger) {
	if (pages.length === 0) return;
	const started = performance.now();
	const folder = searchBundleFolders[bundle];
	const cached = await cachedSearchBundle(bundle, searchBundleKey(indexer, pages), join(dist, folder), async (outputPath) => {
		const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
		if (!index) throw new Error(errors.join('; '));
		for (const page of pages) {
			const added = await index.addHTMLFile(page);
			if (added.errors.length > 0) throw new Error(`${page.sourcePath}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
	});
	logger.info(`${folder}: ${pages.length} pages ${cached ? 'unchanged, copied from the cache' : 'indexed'} in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Writes the search bundles beside the site's, which Starlight writes (src/utils/search-bundles.ts): the quotes',
 * and the archive's, of the older articles. Quote pages and archived articles leave Starlight's index
 * (`pagefind: false`, so no `data-pagefind-body`; QuotePage.astro, src/route-data.ts), which leaves them out.
 */
export function extraSearchIndexes(): AstroIntegration {
	return {
		name: 'extra-search-indexes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				try {
					await writeBundle(dist, 'quotes', pagesUnder(dist, 'kutipan'), logger);
					await writeBundle(dist, 'archive', pagesUnder(dist, 'artikel').filter((page) => archiveMeta.test(page.content)), logger);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

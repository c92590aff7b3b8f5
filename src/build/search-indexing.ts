import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { cachedSearchBundle, searchBundleKey } from './search-bundle-cache.ts';
import { archiveMarker, searchBundleFolders, type SearchBundle } from '../utils/search-bundles.ts';
import { locales, localizedId } from '../utils/urls.ts';

/** A page of the build output: its path under dist/ (with `/` between folders) and its HTML. */
export interface BuiltHtml {
	sourcePath: string;
	content: string;
}

const pagefindVersion: string = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')).version;

/**
 * Each bundle's indexer and settings, part of its cache key: another Pagefind version or setting indexes afresh. The
 * site's bundle is Pagefind run over the whole output folder with its defaults, as Starlight runs it: every page's
 * `<main data-pagefind-body>`, which Starlight leaves off the pages with `pagefind: false`.
 */
export const searchBundleIndexers = {
	site: `pagefind ${pagefindVersion} addDirectory defaults`,
	quotes: `pagefind ${pagefindVersion} rootSelector=main`,
	archive: `pagefind ${pagefindVersion} rootSelector=main`,
} as const satisfies Record<SearchBundle, string>;

/** The `<meta>` that src/route-data.ts puts in an archived article's head, as the built HTML writes it. */
const archiveMeta = new RegExp(`<meta name="${archiveMarker.name}" content="${archiveMarker.content}"\\s*/?>`, 'u');

/** The pages of one folder per entry under a route folder of each locale (`kutipan/<id>/index.html`), not the listing's, a level deeper. */
const entryPage = (folder: string) => new RegExp(`^(?:${locales.map((locale) => localizedId(folder, locale)).join('|')})/[^/]+/index\\.html$`, 'u');
const quotePage = entryPage('kutipan');
const articlePage = entryPage('artikel');

/**
 * The bundle of its own that a built page goes to besides the site's: a quote page to the quotes', an archived
 * article to the archive's (src/utils/search-bundles.ts); none for any other page.
 * @example ownSearchBundle('kutipan/le-xuan-minh-1/index.html', '<html>…') // → 'quotes'
 */
export function ownSearchBundle(sourcePath: string, html: string | Buffer): 'quotes' | 'archive' | undefined {
	if (quotePage.test(sourcePath)) return 'quotes';
	if (articlePage.test(sourcePath) && archiveMeta.test(html.toString())) return 'archive';
	return undefined;
}

/** Throws Pagefind's errors, naming what it was doing. */
function assertNoErrors(doing: string, response: { errors: string[] }) {
	if (response.errors.length > 0) throw new Error(`Pagefind, ${doing}: ${response.errors.join('; ')}`);
}

/**
 * Writes a bundle into dist/ under its folder: copied from the cache when its key was indexed before, else indexed
 * by `index` (into the folder it is given) and kept. Logs which, and how long it took.
 */
async function writeBundle(dist: string, bundle: SearchBundle, key: string, pages: number, logger: AstroIntegrationLogger, index: (outputPath: string) => Promise<void>) {
	const started = performance.now();
	const folder = searchBundleFolders[bundle];
	const cached = await cachedSearchBundle(bundle, key, join(dist, folder), index);
	logger.info(`${folder}: ${pages} pages ${cached ? 'unchanged, copied from the cache' : 'indexed'} in ${Math.round(performance.now() - started)} ms`);
}

/** Writes the site's bundle, Pagefind run over all of dist/ (`key`: every HTML page's, hashed as they were read). */
export async function writeSiteBundle(dist: string, key: string, pages: number, logger: AstroIntegrationLogger): Promise<void> {
	await writeBundle(dist, 'site', key, pages, logger, async (outputPath) => {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		assertNoErrors(`reading ${dist}`, await index.addDirectory({ path: dist }));
		assertNoErrors('writing the site’s bundle', await index.writeFiles({ outputPath }));
	});
}

/**
 * Writes the quotes' or the archive's bundle of the given pages, their `<main>` indexed (the element Starlight marks
 * `data-pagefind-body` on every page it indexes), with the same Pagefind attributes (ignore, weight, filters, meta)
 * the pages carry. No pages, no bundle.
 */
export async function writePagesBundle(dist: string, bundle: 'quotes' | 'archive', pages: readonly BuiltHtml[], logger: AstroIntegrationLogger): Promise<void> {
	if (pages.length === 0) return;
	await writeBundle(dist, bundle, searchBundleKey(searchBundleIndexers[bundle], pages), pages.length, logger, async (outputPath) => {
		const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		for (const page of pages) assertNoErrors(page.sourcePath, await index.addHTMLFile(page));
		assertNoErrors(`writing the ${bundle} bundle`, await index.writeFiles({ outputPath }));
	});
}

/** Ends the Pagefind process the bundles were written with. */
export async function closePagefind(): Promise<void> {
	await pagefind.close();
}

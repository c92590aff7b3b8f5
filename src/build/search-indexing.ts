import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { linkOrCopy } from './cache-files.ts';
import { cachedSearchBundle, searchBundleCacheDir, searchBundleKeyBuilder } from './search-bundle-cache.ts';
import { archiveMarker, searchBundleFolders, type SearchBundle } from '../utils/search-bundles.ts';
import { locales, localizedId } from '../utils/urls.ts';

const pagefindVersion: string = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')).version;

/**
 * Pagefind's settings for each bundle. The site's are its defaults, as Starlight runs it: each page's
 * `<main data-pagefind-body>`, which Starlight leaves off the pages with `pagefind: false`. The quotes' and the
 * archive's pages have `pagefind: false`, so their `<main>` is indexed instead, with the same Pagefind attributes
 * (ignore, weight, filters, meta) the pages carry.
 */
const indexSettings = { site: {}, quotes: { rootSelector: 'main' }, archive: { rootSelector: 'main' } } as const satisfies Record<SearchBundle, pagefind.PagefindServiceConfig>;

/** A bundle's indexer and settings, part of its cache key: another Pagefind version or setting indexes afresh. */
const indexerOf = (bundle: SearchBundle) => `pagefind ${pagefindVersion} ${JSON.stringify(indexSettings[bundle])}`;

/** The pages of one folder per entry under a route folder of each locale (`kutipan/<id>/index.html`), not the listing's, a level deeper. */
const entryPage = (folder: string) => new RegExp(`^(?:${locales.map((locale) => localizedId(folder, locale)).join('|')})/[^/]+/index\\.html$`, 'u');
const quotePage = entryPage('kutipan');
const articlePage = entryPage('artikel');
/** The start of the `<meta>` that src/route-data.ts puts in an archived article's head, as the built HTML writes it. */
const archiveMeta = `<meta name="${archiveMarker.name}" content="${archiveMarker.content}"`;

/**
 * The bundle a built page is indexed in: a quote page in the quotes', an archived article in the archive's
 * (src/utils/search-bundles.ts), a page with `data-pagefind-body` in the site's; none for any other page, which
 * Pagefind would leave out of the site's bundle anyway (once any page has `data-pagefind-body`, it indexes only those).
 * @example searchBundleOf('kutipan/le-xuan-minh-1/index.html', html) // → 'quotes'
 */
export function searchBundleOf(sourcePath: string, html: Buffer): SearchBundle | undefined {
	if (quotePage.test(sourcePath)) return 'quotes';
	if (articlePage.test(sourcePath) && html.includes(archiveMeta)) return 'archive';
	if (html.includes('data-pagefind-body')) return 'site';
	return undefined;
}

/**
 * The given pages of dist/ at the same paths in a folder of their own, as hard links (copies across file systems):
 * Pagefind reads a folder far faster than pages sent to it one by one, and spends half its time on a whole site's
 * reading pages it leaves out (BENCHMARKS.md). Returns the folder; its caller removes it.
 */
function stagePages(dist: string, sourcePaths: readonly string[]): string {
	mkdirSync(searchBundleCacheDir, { recursive: true });
	const folder = mkdtempSync(join(searchBundleCacheDir, 'pages-'));
	for (const sourcePath of sourcePaths) {
		const staged = join(folder, sourcePath);
		mkdirSync(dirname(staged), { recursive: true });
		linkOrCopy(join(dist, sourcePath), staged);
	}
	return folder;
}

/** Throws Pagefind's errors, naming what it was doing. */
function assertNoErrors(doing: string, response: { errors: string[] }) {
	if (response.errors.length > 0) throw new Error(`Pagefind, ${doing}: ${response.errors.join('; ')}`);
}

/**
 * Writes a bundle of these pages (paths under dist/) into dist/ under its folder: taken from the cache when its
 * key (src/build/search-bundle-cache.ts, made from the same pages) was indexed before, else indexed and kept. Logs
 * which, and how long it took.
 */
async function writeSearchBundle(dist: string, bundle: SearchBundle, sourcePaths: readonly string[], key: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const folder = searchBundleFolders[bundle];
	const cached = await cachedSearchBundle(bundle, key, join(dist, folder), async (outputPath) => {
		const staged = stagePages(dist, sourcePaths);
		try {
			const { index, errors } = await pagefind.createIndex(indexSettings[bundle]);
			if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
			assertNoErrors(`reading the pages of ${folder}`, await index.addDirectory({ path: staged }));
			assertNoErrors(`writing ${folder}`, await index.writeFiles({ outputPath }));
		} finally {
			rmSync(staged, { recursive: true, force: true });
		}
	});
	logger.info(`${folder}: ${sourcePaths.length} pages ${cached ? 'unchanged, taken from the cache' : 'indexed'} in ${Math.round(performance.now() - started)} ms`);
}

/**
 * The search bundles of a build, gathered as its pages are read: `add` each built page once, then `write` the
 * bundles that have pages (a bundle with none is not written), each keyed by the pages it was given.
 * @example const bundles = searchBundles(); bundles.add('kutipan/a/index.html', html); await bundles.write(dist, logger)
 */
export function searchBundles(): { add: (sourcePath: string, html: Buffer) => void; write: (dist: string, logger: AstroIntegrationLogger) => Promise<void> } {
	const gathered = new Map<SearchBundle, { pages: string[]; key: ReturnType<typeof searchBundleKeyBuilder> }>();
	return {
		add(sourcePath, html) {
			const bundle = searchBundleOf(sourcePath, html);
			if (!bundle) return;
			let entry = gathered.get(bundle);
			if (!entry) gathered.set(bundle, (entry = { pages: [], key: searchBundleKeyBuilder(indexerOf(bundle)) }));
			entry.pages.push(sourcePath);
			entry.key.add({ sourcePath, content: html });
		},
		async write(dist, logger) {
			try {
				for (const bundle of Object.keys(searchBundleFolders) as SearchBundle[]) {
					const entry = gathered.get(bundle);
					if (entry) await writeSearchBundle(dist, bundle, entry.pages, entry.key.digest(), logger);
				}
			} finally {
				await pagefind.close();
			}
		},
	};
}

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listBuiltPages } from '../build/built-pages.ts';
import { contentSecurityPolicy, headersFile, inlineHashes } from '../build/csp.ts';
import { searchBundles } from '../build/search-indexing.ts';

/**
 * After the build, from one read of every built page: the search bundles (src/utils/search-bundles.ts) and
 * `_headers`. Each bundle is given only the pages it indexes, and one whose pages did not change since an earlier
 * build is taken from the cache (src/build/search-bundle-cache.ts) instead of indexed again. Starlight's own Pagefind
 * run is off (`pagefind: false` in astro.config.mjs): it read every page and indexed them on every build.
 *
 * `_headers` carries a Content-Security-Policy that allows exactly the inline scripts and styles the built pages
 * contain (hashed from the final HTML, so it never drifts from the output). Why not Astro's own `security.csp`: it
 * puts the policy in a `<meta>` tag, where browsers ignore `frame-ancestors` (so framing could not be refused), and
 * it hashes only the scripts and styles Astro processes, not `is:inline` ones such as Starlight's theme script. Sending
 * it as an HTTP header needs an adapter's `staticHeaders`; this site deploys to any static host without an adapter.
 */
export function searchIndexesAndHeaders(): AstroIntegration {
	return {
		name: 'search-indexes-and-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const files = (await listBuiltPages(dist, '/')).map(({ file }) => file);
				const bundles = searchBundles();
				const hashes = { scripts: [] as string[], styles: [] as string[] };
				for (const file of files) {
					// Read synchronously, as bytes: one fs/promises readFile after another was 3× slower on thousands of pages
					// (5,109 pages, 215 MB, a busy machine: 7.1 s against 2.0–2.3 s), and decoding them all cost more than the scan.
					const html = readFileSync(file);
					const sourcePath = relative(dist, file).split(sep).join('/');
					const found = inlineHashes(html);
					hashes.scripts.push(...found.scripts);
					hashes.styles.push(...found.styles);
					bundles.add(sourcePath, html);
				}
				await bundles.write(dist, logger);
				await writeFile(join(dist, '_headers'), headersFile(contentSecurityPolicy(hashes)));
				logger.info(`_headers written: ${new Set(hashes.scripts).size} script and ${new Set(hashes.styles).size} style hashes from ${files.length} pages`);
			},
		},
	};
}

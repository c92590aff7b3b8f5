import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, representativePages } from '../../src/build/built-pages.ts';
import { checkBuiltSite } from '../support/qa/link-check.ts';
import { inBatches } from '../support/batches.ts';
import { searchFor } from '../support/search-dialog.ts';
import { visitPath } from '../support/site-dist.ts';
import { serveBuiltSite, type SiteUnderTest } from '../support/site.ts';
import { variant, variantSite } from '../support/variant-site.ts';

/** The site as a project page would deploy it: under a sub-path of another origin, in its own output folder. */
const { base, siteUrl, dist } = variant;

let site: SiteUnderTest;
beforeAll(async () => {
	await variantSite();
	site = await serveBuiltSite({ dist, base });
}, 600_000); // a full build of the site, when this file asks for it first
afterAll(async () => site?.close());

describe(`deployed under a sub-path (BASE_PATH=${base})`, () => {
	test('every internal link, asset and anchor of every page resolves under the sub-path', async () => {
		const { pages, links, broken } = await checkBuiltSite(dist, new URL(base, siteUrl).href);
		expect(pages).toBeGreaterThanOrEqual(7);
		expect(links).toBeGreaterThan(pages * 10);
		expect(broken).toEqual([]);
	});

	test('one page of each type loads every file it asks for from under the sub-path', async () => {
		const pages = representativePages(await listBuiltPages(dist, base), base);
		const found = await inBatches(pages, 4, async ({ path }) => {
			const page = await site.browser.newPage();
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(error.message));
			page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
			page.on('request', (request) => {
				if (!request.url().startsWith(site.url('/'))) problems.push(`outside the sub-path: ${request.url()}`);
			});
			page.on('response', (response) => {
				// The 404 page itself answers 404, as it should; every file it loads must not.
				if (response.status() >= 400 && !response.request().isNavigationRequest()) problems.push(`${response.status()} ${response.url()}`);
			});
			await page.goto(site.url(visitPath(path).slice(base.length)), { waitUntil: 'networkidle' });
			await page.close();
			return problems.map((line) => `${path}: ${line}`);
		});
		expect(found.flat()).toEqual([]);
	});

	test('search loads its index from the sub-path and its results link under it', async () => {
		const { page } = await site.open('/');
		const first = await searchFor(page, 'Konvensi');
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}`));
		await first.click();
		await page.waitForLoadState();
		expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${base}.+`));
		await page.close();
	});
});

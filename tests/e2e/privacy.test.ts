import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listBuiltPages, representativePages, type BuiltPage } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { cssUrls, fetchedUrls, foreignUrls } from '../support/qa/fetched-urls.ts';
import { inlineHandlers } from '../support/qa/inline-handlers.ts';
import { siteDist, visitPath } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';
import { searchFor } from '../support/search-dialog.ts';

const site = useBuiltSite();

/** Every built page (the build exists: globalSetup made it before this file loads), read once for both scans. */
const dist = resolve(siteDist);
const pages = await listBuiltPages(dist, '/');
const pageHtml = new Map(await Promise.all(pages.map(async (page) => [page, await readFile(page.file, 'utf8')] as const)));

describe('privacy: no request leaves the site', () => {
	test('the whole site is checked', () => {
		expect(pages.length).toBeGreaterThanOrEqual(7);
	});

	// What a page requests as it loads is written in its HTML and its style sheets: read for every page, no browser
	// needed. What scripts fetch later is the same on every page of a kind (they share the code), so a browser opens
	// one page of each kind and waits until the network is idle.
	test('no page or style sheet refers to a resource on another origin', async () => {
		const origin = 'http://site.invalid';
		const styleSheets = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.css'));
		const inPages = pages.map((builtPage) => {
			const urls = fetchedUrls(pageHtml.get(builtPage)!);
			expect(urls.length, `${builtPage.path} loads nothing (no style sheet?): the scan missed its references`).toBeGreaterThan(0);
			return foreignUrls(urls, origin).map((url) => `${builtPage.path} → ${url}`);
		});
		const inStyleSheets = await Promise.all(
			styleSheets.map(async (file) => foreignUrls(cssUrls(await readFile(join(dist, file), 'utf8')), origin).map((url) => `${file} → ${url}`)),
		);
		const found = [...inPages, ...inStyleSheets];
		expect(styleSheets.length).toBeGreaterThan(0);
		expect(found.flat()).toEqual([]);
	});

	test.each(representativePages(pages, '/').map((builtPage) => [builtPage.path, builtPage] as const))(
		'a page of each kind, scripts included, loads only from its own origin: %s',
		async (_path, builtPage: BuiltPage) => {
			const origin = new URL(site.url('/')).origin;
			const context = await site.browser.newContext();
			const page = await context.newPage();
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			await page.goto(site.url(visitPath(builtPage.path)), { waitUntil: 'networkidle' });
			await context.close();
			expect(requested.length, `${builtPage.path} made no request at all`).toBeGreaterThan(0);
			expect(foreignUrls(requested, origin)).toEqual([]);
		},
	);

	test.each(['id', 'en'] as const)('searching (%s) loads the index from the site itself', async (locale) => {
		const origin = new URL(site.url('/')).origin;
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(site.url(locale === 'en' ? '/en/' : '/'));
		await searchFor(page, 'Hanoi');
		await page.waitForLoadState('networkidle');
		await context.close();
		expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
		expect(foreignUrls(requested, origin)).toEqual([]);
	});
});

describe('no inline event handlers', () => {
	test('no built page has an on*= attribute or a javascript: URL', () => {
		const found = pages.map((page) => inlineHandlers(pageHtml.get(page)!).map((tag) => `${page.path}: ${tag}`));
		expect(pages.filter((page) => pathLocale(page.path, '/') === 'en').length).toBeGreaterThan(0);
		expect(found.flat()).toEqual([]);
	});
});

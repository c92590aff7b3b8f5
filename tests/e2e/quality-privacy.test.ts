import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, representativePages, type BuiltPage } from '../../src/lib/built-pages.ts';
import { pathLocale } from '../../src/lib/urls.ts';
import { inlineHandlers } from '../support/qa/inline-handlers.ts';
import { siteDist } from '../support/site-dist.ts';
import { serveBuiltSite, type SiteUnderTest } from '../support/site.ts';
import { inBatches, searchFor, visitPath } from '../support/quality-pages.ts';

let site: SiteUnderTest;
beforeAll(async () => {
	site = await serveBuiltSite();
});
afterAll(async () => site?.close());

/** Every built page (the build exists: globalSetup made it before this file loads), in groups of one test each. */
const pages = await listBuiltPages(resolve(siteDist), '/');
const groupSize = 30;
const groups = Array.from({ length: Math.ceil(pages.length / groupSize) }, (_, index) => pages.slice(index * groupSize, (index + 1) * groupSize));

/** Network requests (not data: or blob: URLs) that go anywhere but the site's own origin. */
function foreignRequests(urls: string[], origin: string): string[] {
	return urls.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
}

describe('privacy: no request leaves the site', () => {
	test('the whole site is checked', () => {
		expect(pages.length).toBeGreaterThanOrEqual(7);
	});

	// Every page until `load` (all it references); one page of each kind also until the network is idle, for
	// what scripts fetch later (their code is shared by every page of the kind).
	const lingering = new Set(representativePages(pages, '/'));
	test.each(groups.map((group) => [`${group[0]!.path} … ${group.at(-1)!.path} (${group.length} pages)`, group] as const))(
		'every page loads only from its own origin: %s',
		async (_name, group: BuiltPage[]) => {
			const origin = new URL(site.url('/')).origin;
			const offenders = await inBatches(group, 4, async (builtPage) => {
				const context = await site.browser.newContext();
				const page = await context.newPage();
				const requested: string[] = [];
				page.on('request', (request) => requested.push(request.url()));
				await page.goto(site.url(visitPath(builtPage.path)), {
					waitUntil: lingering.has(builtPage) ? 'networkidle' : 'load',
				});
				await context.close();
				expect(requested.length, `${builtPage.path} made no request at all`).toBeGreaterThan(0);
				return foreignRequests(requested, origin).map((url) => `${builtPage.path} → ${url}`);
			});
			expect(offenders.flat()).toEqual([]);
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
		expect(foreignRequests(requested, origin)).toEqual([]);
	});
});

describe('no inline event handlers', () => {
	test('no built page has an on*= attribute or a javascript: URL', async () => {
		const found = await Promise.all(
			pages.map(async (page) => inlineHandlers(await readFile(page.file, 'utf8')).map((tag) => `${page.path}: ${tag}`)),
		);
		expect(pages.filter((page) => pathLocale(page.path, '/') === 'en').length).toBeGreaterThan(0);
		expect(found.flat()).toEqual([]);
	});
});

// English queries on the English search page (/en/cari/): the English index holds the English translations.
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { pathOf, shownResults, typeQuery } from '../support/search-page.ts';

const site = useBuiltSite();

describe('English queries find the English article paragraphs', () => {
	// No filter chosen (what a reader gets who just types the words), and limited to articles, as a journalist looking
	// for the reports does. Unfiltered, "extradition" and "Le Xuan Minh" still rank explainers about extradition and the
	// person's page and quotes first, so they are checked with the filter only.
	test.each([
		['69 countries', ''],
		['regional centre', ''],
		...['extradition', '69 countries', 'Le Xuan Minh', 'regional centre'].map((query) => [query, 'article']),
	])('"%s", type "%s": an English article paragraph among the first 3, opening at it', async (query, type) => {
		const { page, errors } = await site.open(type ? `/en/cari/?type=${type}` : '/en/cari/');
		await typeQuery(page, query);
		const results = await shownResults(page);
		expect(results.every((result) => pathOf(result.href).startsWith('/en/'))).toBe(true);
		const hit = results.slice(0, 3).find((result) => /^\/en\/artikel\/[^/]+\/$/u.test(pathOf(result.href)) && /#p-\d+$/u.test(result.href));
		expect(hit, results.map((result) => result.href).join('\n')).toBeDefined();
		await page.locator(`.search-hit h2 a[href="${hit!.href}"]`).click();
		const anchor = hit!.href.split('#')[1]!;
		await page.waitForURL((url) => url.pathname === pathOf(hit!.href) && url.hash === `#${anchor}`);
		await page.locator(`#${anchor} mark.search-highlight`).first().waitFor();
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('an Indonesian query on the English search page', () => {
	test('is offered on the Indonesian search page, which finds the Indonesian original', async () => {
		const { page } = await site.open('/en/cari/');
		await typeQuery(page, 'ekstradisi');
		const offer = page.locator('.search-page__elsewhere a');
		await offer.waitFor();
		await offer.click();
		await page.waitForURL((url) => url.pathname === '/cari/' && url.searchParams.get('q') === 'ekstradisi');
		await page.locator('.search-hit').first().waitFor();
		const results = await shownResults(page);
		expect(results.some((result) => /^\/artikel\/[^/]+\/$/u.test(pathOf(result.href)))).toBe(true);
		await page.close();
	});
});

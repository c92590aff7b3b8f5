// Queries a journalist would type on the search page (/cari/, /en/cari/), against the built site and its Pagefind index.
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { pathOf, shownResults, typeQuery } from '../support/search-page.ts';

const site = useBuiltSite();

const article = '/artikel/meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya/';
const quote = '/kutipan/le-xuan-minh-2025-10-08-situasi-keamanan-siber/';

describe('a phrase from a quote', () => {
	const phrase = '"serangan skala kecil menjadi serangan yang sangat terorganisir"';

	test('finds the quote among the first results, with its speaker, outlet and date', async () => {
		const { page, errors } = await site.open('/cari/');
		await typeQuery(page, phrase);
		const results = await shownResults(page);
		const hit = results.slice(0, 3).find((result) => pathOf(result.href) === quote);
		expect(hit?.title).toContain('Le Xuan Minh');
		expect(hit?.meta).toBe('Kutipan · Báo Tin Tức · 8 Oktober 2025');
		expect(hit?.marked.join(' ')).toContain('terorganisir');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('limited to articles, leads to the paragraph, with the phrase highlighted there', async () => {
		const { page } = await site.open(`/cari/?type=article&q=${encodeURIComponent(phrase)}`);
		await page.locator('.search-hit').first().waitFor();
		const results = await shownResults(page);
		expect(results.map((result) => pathOf(result.href))).toEqual([article]);
		expect(results[0]!.meta).toMatch(/^Artikel · Báo Tin Tức · 8 Oktober 2025 · ¶9$/);
		await page.getByRole('link', { name: results[0]!.title }).click();
		await page.waitForURL((url) => url.pathname === article && url.hash === '#p-9');
		const marks = page.locator('#p-9 mark.search-highlight');
		await marks.first().waitFor();
		expect((await marks.allTextContents()).join(' ')).toContain('serangan skala kecil menjadi serangan yang sangat terorganisir');
		await expect(page.locator('#p-9').isVisible()).resolves.toBe(true);
		expect(await page.evaluate(() => document.querySelector('#p-9')!.getBoundingClientRect().top)).toBeLessThan(900);
		await page.close();
	});
});

describe('a name', () => {
	test('without diacritics and in lower case finds the person first, as with diacritics', async () => {
		const { page } = await site.open('/cari/');
		await typeQuery(page, 'le xuan minh');
		const plain = await shownResults(page);
		await typeQuery(page, 'Lê Xuân Minh');
		const accented = await shownResults(page);
		expect(pathOf(plain[0]!.href)).toBe('/tokoh/le-xuan-minh/');
		expect(plain[0]!.meta).toBe('Tokoh');
		expect(accented.map((result) => result.href).slice(0, 5)).toEqual(plain.map((result) => result.href).slice(0, 5));
		await page.close();
	});
});

describe('numbers as written', () => {
	test('"100.000" finds the paragraph that gives the figure', async () => {
		const { page } = await site.open('/cari/?type=article');
		await typeQuery(page, '100.000');
		const results = await shownResults(page);
		expect(results[0]!.href).toMatch(new RegExp(`^${article}\\?.*#p-9$`));
		expect(results[0]!.marked).toContain('100.000');
		await page.close();
	});
});

describe('English', () => {
	test('a query from /en/ finds English pages first and lands on the section, highlighted', async () => {
		const { page, errors } = await site.open('/en/cari/');
		await typeQuery(page, 'how many countries signed');
		const results = await shownResults(page);
		expect(results.slice(0, 3).every((result) => pathOf(result.href).startsWith('/en/') && !result.meta.includes('Indonesian text'))).toBe(true);
		// The first result opens at the section that answers, whichever English page holds it.
		const first = new URL(results[0]!.href, 'http://x');
		expect(first.hash).not.toBe('');
		await page.locator('.search-hit h2 a').first().click();
		await page.waitForURL((url) => url.pathname === first.pathname && url.hash === first.hash);
		await page.locator('main mark.search-highlight').first().waitFor();
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('stemming (Indonesian)', () => {
	test('"menandatangani" also finds "penandatanganan", and marks the form found', async () => {
		const { page } = await site.open('/cari/');
		await typeQuery(page, 'menandatangani');
		const marked = (await shownResults(page)).flatMap((result) => result.marked.map((word) => word.toLowerCase().replace(/\W+$/, '')));
		expect(marked).toContain('penandatanganan');
		expect(marked).toContain('menandatangani');
		await page.close();
	});
});

import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { searchDialog } from '../support/search-dialog.ts';
import { builtQuotes } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

describe('home page', () => {
	test('says what the Convention is, in Indonesian, with no console errors', async () => {
		const { page, errors } = await site.open('/');
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		await expect(page.locator('h1').first().textContent()).resolves.toContain('Konvensi Hanoi');
		const body = await page.locator('main').innerText();
		expect(body).toContain('Konvensi Perserikatan Bangsa-Bangsa Melawan Kejahatan Siber');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the English home lives under /en/ and is in English', async () => {
		const { page, errors } = await site.open('/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('main').innerText()).toContain('United Nations Convention against Cybercrime');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the call to action leads to the explainer', async () => {
		const { page } = await site.open('/');
		await page.locator('.hero').getByRole('link', { name: 'Apa itu Konvensi Hanoi?' }).click();
		await page.waitForURL(/\/konvensi\/$/);
		expect(await page.locator('h1').first().textContent()).toBe('Apa itu Konvensi Hanoi?');
		await page.close();
	});
});

describe('home page overview', () => {
	test('points to explainers, source articles, quotes and search, with counts that match the site', async () => {
		const { page } = await site.open('/');
		for (const name of ['Penjelasan', 'Artikel sumber', 'Kutipan', 'Cari']) {
			await expect(page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).resolves.toBe(true);
		}
		const articlesCard = page.getByRole('region', { name: 'Artikel sumber' });
		const shownCount = Number(/(\d+) laporan/.exec(await articlesCard.innerText())?.[1]);
		const listing = await site.open('/artikel/');
		expect(await listing.page.locator('.article-list > li').count()).toBe(shownCount);
		await listing.page.close();
		const quotesCard = page.getByRole('region', { name: 'Kutipan' });
		const shown = [...(await quotesCard.innerText()).matchAll(/([\d.]+) (?:kutipan langsung|pernyataan)/g)].map((match) => Number(match[1]!.replaceAll('.', '')));
		// The same counts as the open data a reader can download.
		const exported = builtQuotes();
		expect(shown).toEqual(['direct', 'reported'].map((kind) => exported.filter((quote) => quote.kind === kind).length));
		await page.close();
	});

	test('the search form opens the search page with the words typed', async () => {
		const { page } = await site.open('/');
		await page.getByLabel('Cari kata, nama, atau frasa').fill('Le Xuan Minh');
		await page.getByRole('button', { name: 'Cari', exact: true }).click();
		await page.waitForURL(/\/cari\/\?q=Le\+Xuan\+Minh$/);
		await page.close();
	});
});

describe('search dialog', () => {
	test('a query returns a real page of the site', async () => {
		const { page, errors } = await site.open('/');
		await page.getByRole('button', { name: /Pencarian|Cari/ }).first().click();
		const { input, results } = searchDialog(page);
		await input.fill('Majelis Umum');
		const firstResult = results.first();
		await firstResult.waitFor();
		// A page of the site, opened with the words to highlight there.
		const href = new URL((await firstResult.getAttribute('href')) ?? '', page.url());
		expect(href.origin).toBe(new URL(page.url()).origin);
		expect(href.pathname).toMatch(/^\/(en\/)?[a-z0-9-/]*$/);
		expect(href.searchParams.getAll('pagefind-highlight')).toEqual(['Majelis', 'Umum']);
		await firstResult.click();
		await page.waitForURL((u) => u.pathname === href.pathname);
		expect(await page.locator('main').innerText()).toContain('Majelis Umum');
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each([
		['Enter', (dialog: Locator) => dialog.getByRole('searchbox').press('Enter')],
		['its search button', (dialog: Locator) => dialog.getByRole('button', { name: 'Search', exact: true }).click()],
		['the all-results link', (dialog: Locator) => dialog.getByRole('link', { name: /^All results/ }).click()],
	])('%s opens the search page with the words typed, in the page\'s language', async (_how, submit) => {
		const { page } = await site.open('/en/');
		await page.locator('button[data-open-modal]:enabled').click();
		const { dialog, input, results } = searchDialog(page);
		await input.fill('Le Xuan Minh');
		await results.first().waitFor();
		await submit(dialog);
		await page.waitForURL((url) => url.pathname === '/en/cari/' && url.searchParams.get('q') === 'Le Xuan Minh');
		await page.close();
	});
});

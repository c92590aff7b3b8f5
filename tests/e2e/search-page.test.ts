// The search page itself: the address keeps the search (shareable, Back and Forward work), the controls are
// labelled and usable from the keyboard, the result count is announced, and the page is in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDate, formatYearMonth } from '../../src/utils/dates.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { builtQuotes } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';
import { pagefindFilterCounts, pathOf, settled, shownResults, typeQuery } from '../support/search-page.ts';

const site = useBuiltSite();

describe('the address keeps the search', () => {
	test('a shared address opens with its words, filters and results', async () => {
		const { page, errors } = await site.open('/cari/?q=Hanoi&type=explainer');
		await settled(page);
		await expect(page.getByLabel('Kata atau frasa yang dicari').inputValue()).resolves.toBe('Hanoi');
		await expect(page.getByLabel('Jenis').inputValue()).resolves.toBe('explainer');
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(1);
		for (const result of results) expect(result.meta).toMatch(/^Penjelasan/);
		expect(pathOf(results[0]!.href)).toBe('/konvensi/');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('typing and filtering add history entries that Back and Forward restore', async () => {
		const { page } = await site.open('/cari/');
		await typeQuery(page, 'Hanoi');
		const hanoi = await shownResults(page);
		await page.getByLabel('Jenis').selectOption('quote');
		await page.waitForURL((url) => url.search === '?q=Hanoi&type=quote');
		await settled(page);
		const quotes = await shownResults(page);
		for (const result of quotes) expect(result.meta).toMatch(/^Kutipan · /);
		expect(quotes).not.toEqual(hanoi);

		await page.goBack();
		await page.waitForURL((url) => url.search === '?q=Hanoi');
		await settled(page);
		await expect(page.getByLabel('Jenis').inputValue()).resolves.toBe('');
		expect(await shownResults(page)).toEqual(hanoi);

		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/cari/' && url.search === '');
		await expect(page.getByLabel('Kata atau frasa yang dicari').inputValue()).resolves.toBe('');
		await expect(page.locator('.search-hit').count()).resolves.toBe(0);

		await page.goForward();
		await page.goForward();
		await page.waitForURL((url) => url.search === '?q=Hanoi&type=quote');
		await settled(page);
		expect(await shownResults(page)).toEqual(quotes);
		await page.close();
	});

	test('typing a longer query replaces the entry rather than adding one per keystroke', async () => {
		const { page } = await site.open('/cari/');
		const before = await page.evaluate(() => history.length);
		await page.getByLabel('Kata atau frasa yang dicari').pressSequentially('kejahatan siber', { delay: 20 });
		await page.waitForURL((url) => url.searchParams.get('q') === 'kejahatan siber');
		await settled(page);
		expect(await page.evaluate(() => history.length)).toBe(before + 1);
		await page.close();
	});
});

/** The choices of one filter as a reader sees them (label) and as the page keeps them (value), "all" left out. */
async function filterOptions(page: Page, label: string): Promise<Array<{ value: string; label: string }>> {
	const select = page.getByLabel(label, { exact: true });
	await select.locator('option').nth(1).waitFor({ state: 'attached' });
	return (await select.locator('option').evaluateAll((options) => options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })))).slice(1);
}

/** An option's label split into the name shown and the number of pages in brackets after it. */
function labelParts(label: string): { name: string; count: number } {
	const [, name = '', count = 'NaN'] = /^(.*) \((\d+)\)$/u.exec(label) ?? [];
	return { name, count: Number(count) };
}

describe('filter values are ids; readers see names', () => {
	const names = {
		Media: new Map(readRecords('content/outlets', outletSchema).records.map(([id, outlet]) => [id, outlet.name])),
		Pembicara: new Map(readRecords('content/people', personSchema()).records.map(([id, person]) => [id, person.name])),
	};

	test('outlets and speakers are offered by name and kept by id; months by name in the page’s language', async () => {
		const { page } = await site.open('/cari/');
		for (const [label, byId] of Object.entries(names)) {
			const options = await filterOptions(page, label);
			expect(options.length, label).toBeGreaterThan(0);
			for (const option of options) {
				expect(byId.has(option.value), `${label}: ${option.value} is a record id`).toBe(true);
				expect(option.label).toMatch(/ \(\d+\)$/u);
				expect(labelParts(option.label).name).toBe(byId.get(option.value));
			}
		}
		for (const option of await filterOptions(page, 'Bulan')) {
			expect(option.value).toMatch(/^\d{4}-\d{2}$/u);
			expect(labelParts(option.label).name).toBe(formatYearMonth(option.value, 'id'));
		}
		await page.close();
		const english = (await site.open('/en/cari/')).page;
		for (const option of await filterOptions(english, 'Month')) {
			expect(labelParts(option.label).name).toBe(formatYearMonth(option.value, 'en'));
		}
		await english.close();
	});

	test('choosing an outlet puts its id in the address and shows its pages, as many as the choice says; Back and Forward restore it', async () => {
		const { page } = await site.open('/cari/');
		const [outlet] = await filterOptions(page, 'Media');
		const name = names.Media.get(outlet!.value)!;
		await page.getByLabel('Media').selectOption(outlet!.value);
		await page.waitForURL((url) => url.search === `?outlet=${outlet!.value}`);
		await settled(page);
		const { count } = labelParts(outlet!.label);
		await expect(page.getByRole('status').first().textContent()).resolves.toBe(count === 1 ? '1 hasil' : `${count} hasil`);
		const chosen = await shownResults(page);
		for (const result of chosen) expect(result.meta).toContain(` · ${name} · `);
		// Back and Forward restore the choice from the id in the address.
		await page.goBack();
		await page.waitForURL((url) => url.search === '');
		await expect(page.getByLabel('Media').inputValue()).resolves.toBe('');
		await page.goForward();
		await page.waitForURL((url) => url.search === `?outlet=${outlet!.value}`);
		await settled(page);
		await expect(page.getByLabel('Media').inputValue()).resolves.toBe(outlet!.value);
		expect(await shownResults(page)).toEqual(chosen);
		await page.close();
	});

	test('an address published with an outlet’s or speaker’s name selects it and then says its id', async () => {
		for (const [label, key] of [['Media', 'outlet'], ['Pembicara', 'speaker']] as const) {
			const { page } = await site.open('/cari/');
			const [option] = await filterOptions(page, label);
			const id = option!.value;
			await page.goto(site.url(`/cari/?${key}=${encodeURIComponent(names[label].get(id)!)}`));
			await page.waitForURL((url) => url.search === `?${key}=${id}`);
			await settled(page);
			await expect(page.getByLabel(label, { exact: true }).inputValue()).resolves.toBe(id);
			const byName = await shownResults(page);
			expect(byName.length).toBeGreaterThan(0);
			await page.goto(site.url(`/cari/?${key}=${id}`));
			await settled(page);
			expect(await shownResults(page)).toEqual(byName);
			await page.close();
		}
	});
});

/** The count each filter's choice shows, by value ("all" left out), and whether the filter is hidden. */
function shownCounts(page: Page) {
	return page.locator('.search-page__filter').evaluateAll((filters) =>
		filters.map((filter) => ({
			key: (filter as HTMLElement).dataset.filter ?? '',
			hidden: (filter as HTMLElement).hidden,
			counts: Object.fromEntries(
				[...filter.querySelectorAll('option')].slice(1).map((option) => [option.value, Number(/\((\d+)\)$/u.exec(option.textContent ?? '')?.[1])]),
			),
		})),
	);
}

/** A bundle's counts for every value shown, 0 for a value only the other bundle holds. */
const countsOver = (values: Record<string, number>, bundle: Record<string, number> | undefined) =>
	Object.fromEntries(Object.keys(values).map((value) => [value, bundle?.[value] ?? 0]));

describe('filter counts', () => {
	test('each filter offers every value of the page’s indexes, with as many pages as Pagefind counts in the index the choice searches', async () => {
		for (const path of ['/cari/', '/en/cari/']) {
			const { page } = await site.open(path);
			const indexed = { site: await pagefindFilterCounts(page, 'site'), quotes: await pagefindFilterCounts(page, 'quotes') };
			const shown = await shownCounts(page);
			const keys = new Set([...Object.keys(indexed.site), ...Object.keys(indexed.quotes)]);
			expect(shown.map((filter) => filter.key), path).toEqual(expect.arrayContaining([...keys]));
			for (const filter of shown) {
				// With no filter chosen: the quote type and speakers search the quotes' index, the rest the site's.
				const expected =
					filter.key === 'type'
						? { ...indexed.site.type, ...indexed.quotes.type }
						: filter.key === 'speaker'
							? (indexed.quotes.speaker ?? {})
							: { ...countsOver(indexed.quotes[filter.key] ?? {}, indexed.site[filter.key]), ...(indexed.site[filter.key] ?? {}) };
				expect(filter.counts, `${path} ${filter.key}`).toEqual(expected);
				expect(filter.hidden, `${path} ${filter.key}`).toBe(Object.keys(filter.counts).length === 0);
			}
			// With quotes chosen, outlets and months count quotes.
			await page.locator('select[name="type"]').selectOption('quote');
			await settled(page);
			for (const filter of (await shownCounts(page)).filter((shownFilter) => ['outlet', 'month'].includes(shownFilter.key))) {
				expect(filter.counts, `${path} ${filter.key}, quotes`).toEqual(countsOver(filter.counts, indexed.quotes[filter.key]));
				expect(Object.keys(filter.counts), `${path} ${filter.key}, quotes`).toEqual(expect.arrayContaining(Object.keys(indexed.quotes[filter.key] ?? {})));
			}
			await page.close();
		}
	});
});

describe('keyboard and screen readers', () => {
	test('every control has a label, and the count is announced in a status region', async () => {
		const { page } = await site.open('/cari/');
		await page.getByLabel('Jenis').locator('option').nth(1).waitFor({ state: 'attached' });
		for (const label of ['Kata atau frasa yang dicari', 'Jenis', 'Media', 'Pembicara', 'Bulan']) {
			await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
		}
		await expect(page.getByLabel('Bulan').locator('option').allTextContents()).resolves.toContainEqual(expect.stringMatching(/^Oktober 2025 \(\d+\)$/));
		await page.getByLabel('Kata atau frasa yang dicari').focus();
		await page.keyboard.type('A05');
		await page.keyboard.press('Enter');
		await settled(page);
		await expect(page.getByRole('status').textContent()).resolves.toMatch(/^\d+ hasil$/);
		// Tab goes from the box to its button, then to the filters, in reading order.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cari');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-filter-type');
		await page.close();
	});

	test('a search with no match says so', async () => {
		const { page } = await site.open('/cari/?q=zzzqqq');
		await settled(page);
		await expect(page.getByRole('status').textContent()).resolves.toBe('Tidak ada hasil. Coba kata lain atau kosongkan saringan.');
		await page.close();
	});
});

describe('English', () => {
	test('/en/cari/ is the English search page, with English labels and dates', async () => {
		const { page } = await site.open('/en/cari/?q=Le%20Xuan%20Minh&type=quote');
		await settled(page);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await expect(page.getByLabel('Words or phrase to find').inputValue()).resolves.toBe('Le Xuan Minh');
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(0);
		// Each quote's outlet and date as the open data gives them, the date in English.
		const quotes = new Map(builtQuotes().map((quote) => [quote.id, quote]));
		for (const result of results) {
			const id = /^\/en\/kutipan\/([^/]+)\/$/u.exec(pathOf(result.href))?.[1];
			const quote = quotes.get(id ?? '');
			expect(quote, result.href).toBeDefined();
			expect(result.meta).toBe(`Quote · ${quote!.outlet} · ${formatDate(new Date(quote!.date), 'en')} · Indonesian text`);
		}
		await page.close();
	});
});

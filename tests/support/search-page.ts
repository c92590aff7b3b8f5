import type { Page } from 'playwright-core';
import { searchBundleFolders, type SearchBundle } from '../../src/utils/search-bundles.ts';

/** One result of the search page, as a reader sees it. */
export interface ShownResult {
	title: string;
	href: string;
	meta: string;
	excerpt: string;
	marked: string[];
}

/** Waits until the search page has shown the results of its current search (the list is no longer busy). */
export async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const list = document.querySelector('.search-page .search-results__list');
		const status = document.querySelector('.search-page .search-results__status')?.textContent ?? '';
		return list && !list.hasAttribute('aria-busy') && status.trim() !== '';
	});
}

/** Types a query into the search page as a reader would, and waits for the address and the results to follow. */
export async function typeQuery(page: Page, query: string): Promise<void> {
	await page.getByLabel(/Kata atau frasa yang dicari|Words or phrase to find/).fill(query);
	await page.waitForURL((url) => url.searchParams.get('q') === query.trim());
	await settled(page);
}

/** The results on the page, in order. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
	return page.locator('.search-page .search-hit').evaluateAll((items) =>
		items.map((item) => ({
			title: item.querySelector('h2')?.textContent ?? '',
			href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
			meta: item.querySelector('.search-hit__meta')?.textContent ?? '',
			excerpt: item.querySelector('.search-hit__excerpt')?.textContent ?? '',
			marked: [...item.querySelectorAll('.search-hit__excerpt mark')].map((mark) => mark.textContent ?? ''),
		})),
	);
}

/** The path of a result link, without the highlight parameters and the fragment. */
export const pathOf = (href: string) => new URL(href, 'http://x').pathname;

/**
 * What Pagefind's own API counts for every filter value over the index of the page's language (it picks the index
 * by the page's `lang`) in one of the site's bundles. Passed as source text: the test runner would rewrite an
 * `import()` written in a function.
 */
export function pagefindFilterCounts(page: Page, bundle: SearchBundle): Promise<Record<string, Record<string, number>>> {
	return page.evaluate(`import(new URL('/${searchBundleFolders[bundle]}/pagefind.js', location.origin).href).then((pagefind) => pagefind.filters())`);
}

/**
 * The path a visitor opens for a built page: the 404 page is what a missing URL shows, not a URL of its own.
 * @example visitPath('/404.html') // → '/halaman-yang-tidak-ada/'
 */
export function visitPath(path: string): string {
	return path.endsWith('/404.html') ? path.replace(/404\.html$/, 'halaman-yang-tidak-ada/') : path;
}

/**
 * Runs `work` over the items, `size` at a time, keeping the order of the results (one browser, a few tabs).
 * @example await inBatches([1, 2, 3], 2, async (n) => n * 2) // → [2, 4, 6]
 */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (let start = 0; start < items.length; start += size) {
		results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
	}
	return results;
}

/**
 * The search box of the open search dialog, and its result links in order (a closed dialog is hidden, so these
 * find only what a reader sees).
 */
export const searchDialog = (page: import('playwright-core').Page) => {
	const dialog = page.getByRole('dialog');
	return { dialog, input: dialog.getByRole('searchbox'), results: dialog.getByRole('listitem').getByRole('heading').getByRole('link') };
};

/**
 * Opens the search dialog with Ctrl+K as a reader would, once the header's search button is enabled (its script
 * listens from then on), and searches; resolves with the first result link.
 * @example const first = await searchFor(page, 'Hanoi'); await first.click();
 */
export async function searchFor(page: import('playwright-core').Page, query: string) {
	await page.locator('button[data-open-modal]:enabled').waitFor();
	await page.keyboard.press('Control+k');
	const { input, results } = searchDialog(page);
	await input.fill(query);
	const first = results.first();
	await first.waitFor();
	return first;
}

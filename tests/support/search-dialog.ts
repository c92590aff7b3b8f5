import type { Page } from 'playwright-core';

// The search dialog in the header, as a reader opens and uses it (the search page's helpers are in search-page.ts).

/**
 * The search box of the open search dialog, and its result links in order (a closed dialog is hidden, so these
 * find only what a reader sees).
 */
export const searchDialog = (page: Page) => {
	const dialog = page.getByRole('dialog');
	return { dialog, input: dialog.getByRole('searchbox'), results: dialog.getByRole('listitem').getByRole('heading').getByRole('link') };
};

/**
 * Opens the search dialog with Ctrl+K as a reader would, once the header's search button is enabled (its script
 * listens from then on), and searches; resolves with the first result link.
 * @example const first = await searchFor(page, 'Hanoi'); await first.click();
 */
export async function searchFor(page: Page, query: string) {
	await page.locator('button[data-open-modal]:enabled').waitFor();
	await page.keyboard.press('Control+k');
	const { input, results } = searchDialog(page);
	await input.fill(query);
	const first = results.first();
	await first.waitFor();
	return first;
}

import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, pathLocale, representativePages, type BuiltPage } from '../../src/lib/built-pages.ts';
import { siteDist } from '../support/site-dist.ts';
import { serveBuiltSite, type SiteUnderTest } from '../support/site.ts';
import { inBatches, searchFor, visitPath } from '../support/quality-pages.ts';

let site: SiteUnderTest;
let pages: BuiltPage[];
beforeAll(async () => {
	site = await serveBuiltSite();
	pages = representativePages(await listBuiltPages(resolve(siteDist), '/'), '/');
});
afterAll(async () => site?.close());

const widths = [390, 1280] as const;
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

/** Opens a path at a width, with the theme stored before any script runs, as a returning reader would have it. */
async function openThemed(path: string, width: number, theme: Theme): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	await context.addInitScript((stored) => localStorage.setItem('starlight-theme', stored), theme);
	const page = await context.newPage();
	await page.goto(site.url(path));
	expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
	return page;
}

/** axe's findings, one line each: rule, impact, and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(' | ')}`,
	);
}

describe('accessibility: axe finds no violations', () => {
	test('every page type, both locales, phone and desktop, light and dark', async () => {
		expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/en/', '/404.html']));
		// English pages share every component with their Indonesian twins, so two crossed runs cover them.
		const runs = pages.flatMap((page) =>
			pathLocale(page.path, '/') === 'id'
				? widths.flatMap((width) => themes.map((theme) => ({ page, width, theme })))
				: [
						{ page, width: 1280, theme: 'light' as const },
						{ page, width: 390, theme: 'dark' as const },
					],
		);
		const found = await inBatches(runs, 4, async ({ page: builtPage, width, theme }) => {
			const page = await openThemed(visitPath(builtPage.path), width, theme);
			const lines = (await violations(page)).map((line) => `${builtPage.path} @${width}px ${theme}: ${line}`);
			await page.context().close();
			return lines;
		});
		expect(found.flat()).toEqual([]);
	});

	test.each(themes)('the search dialog with results (%s)', async (theme) => {
		for (const width of widths) {
			const page = await openThemed('/', width, theme);
			await searchFor(page, 'Konvensi');
			expect(await violations(page), `@${width}px`).toEqual([]);
			await page.context().close();
		}
	});
});

describe('keyboard', () => {
	test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
		const page = await openThemed('/konvensi/', 1280, 'light');
		await page.keyboard.press('Tab');
		const skip = page.locator(':focus');
		expect(await skip.textContent()).toBe('Lewati ke konten');
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#_top');
		expect(await page.locator('main :target').count()).toBe(1);
		await page.context().close();
	});

	test.each([
		['Control+K', async (page: Page) => page.keyboard.press('Control+k')],
		['Tab to the search button, then Enter', async (page: Page) => {
			await page.getByRole('button', { name: 'Search' }).focus();
			await page.keyboard.press('Enter');
		}],
	])('%s opens the search dialog with the cursor in its input', async (_how, open) => {
		const page = await openThemed('/en/', 390, 'dark');
		await page.waitForLoadState('networkidle');
		await open(page);
		const input = page.locator('dialog[open] .pagefind-ui__search-input');
		await input.waitFor();
		await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.type('Hanoi');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
		await page.context().close();
	});
});

import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { listBuiltPages, pageKind, pageTypes, representativePages } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { siteDist, visitPath } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';
import { searchDialog, searchFor } from '../support/search-dialog.ts';

const site = useBuiltSite();

const widths = [390, 1280] as const;
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

/** One page of each type in each locale (the build exists: globalSetup made it before this file loads). */
const pages = representativePages(await listBuiltPages(resolve(siteDist), '/'), '/');
const kinds = [...new Set(pages.map((page) => pageKind(page.path, '/')))];

/** Pages checked in a state other than as opened: the search page with results for a query in its URL. */
const prepared: Record<string, { query: string; ready: string }> = {
	cari: { query: '?q=Konvensi', ready: '.search-page .search-hit' },
};

/** Opens a path at a width, with the theme stored before any script runs, as a returning reader would have it. */
async function openThemed(path: string, width: number, theme: Theme): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	await context.addInitScript((stored) => localStorage.setItem('starlight-theme', stored), theme);
	const page = await context.newPage();
	const state = prepared[pageKind(path, '/')];
	await page.goto(site.url(path + (state?.query ?? '')));
	if (state) await page.locator(state.ready).first().waitFor();
	expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
	return page;
}

/** The rules whose outcome a theme can change: the themes differ only in colour (src/styles/site.css, Starlight's). */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe's findings (every rule, or only those given), one line each: rule, impact, and the first offending elements. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
	// Only violations are gathered: the same findings, in half the time on long pages. Legacy mode runs axe in the page
	// itself instead of collecting results in an extra blank page, two to three times faster here; what it gives up is
	// testing cross-origin frames, and the site has no frames at all (checked).
	expect(page.frames(), 'a page with frames needs axe out of legacy mode').toHaveLength(1);
	const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
	const results = await (rules ? builder.withRules(rules) : builder).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(' | ')}`,
	);
}

describe('accessibility: axe finds no violations', () => {
	test('the built site has every page type the issue names', () => {
		expect(kinds).toEqual(expect.arrayContaining(Object.values(pageTypes)));
	});

	// One test per page, width and theme, each a single axe run (a long page takes several seconds). The themes
	// differ only in colour, so the second theme of a page and width runs the colour rules only. English pages
	// share every component with their Indonesian twins, so two crossed runs cover them.
	const runs = pages.flatMap((page) =>
		widths.flatMap((width) => {
			const pageThemes = pathLocale(page.path, '/') === 'id' ? themes : ([width === 1280 ? 'light' : 'dark'] as const);
			return pageThemes.map((theme, index) => ({ page, width, theme, rules: index === 0 ? undefined : colourRules }));
		}),
	);
	// Concurrent: a run mostly waits on the browser (loading, layout, axe's script), so a few tabs at once keep both
	// the browser and the test process busy; maxConcurrency (vitest.config.ts) caps how many.
	test.concurrent.for(runs.map((run) => [`${run.page.path} @${run.width}px ${run.theme}${run.rules ? ' (colour rules)' : ''}`, run] as const))(
		'%s',
		async ([, { page: builtPage, width, theme, rules }], { expect }) => {
			const page = await openThemed(visitPath(builtPage.path), width, theme);
			const found = await violations(page, rules);
			await page.context().close();
			expect(found).toEqual([]);
		},
	);

	test.each(themes.flatMap((theme) => widths.map((width) => [theme, width] as const)))(
		'the search dialog with results (%s, %ipx)',
		async (theme, width) => {
			const page = await openThemed('/', width, theme);
			await searchFor(page, 'Konvensi');
			const found = await violations(page);
			await page.context().close();
			expect(found).toEqual([]);
		},
	);
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
			await page.getByRole('button', { name: 'Search this site' }).focus();
			await page.keyboard.press('Enter');
		}],
	])('%s opens the search dialog with the cursor in its input', async (_how, open) => {
		const page = await openThemed('/en/', 390, 'dark');
		await page.locator('button[data-open-modal]:enabled').waitFor();
		await open(page);
		const { dialog, input, results } = searchDialog(page);
		await input.waitFor();
		await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.type('Hanoi');
		await results.first().waitFor();
		// The count is said in the dialog's live region once the results are drawn.
		await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^\d+ results?$/);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		await page.context().close();
	});
});

// Older articles in the search archive (src/utils/search-bundles.ts), on the variant build, whose site bundle keeps
// only the newest articles: each article is in one bundle, a search reads both, the site's results first, and the
// search page and the header dialog find an archived article as they find any other.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { archiveMarker, searchBundleFolders } from '../../src/utils/search-bundles.ts';
import { searchDialog } from '../support/search-dialog.ts';
import { pathOf, settled, shownResults } from '../support/search-page.ts';
import { serveBuiltSite, type SiteUnderTest } from '../support/site.ts';
import { variant, variantSite } from '../support/variant-site.ts';

const { base, dist, recentArticles } = variant;

/** An Indonesian article page of the variant build, as its HTML tells. */
interface BuiltArticle {
	/** Its path under the base, `/konvensi-hanoi/artikel/<slug>/`. */
	path: string;
	title: string;
	published: string;
	archived: boolean;
}

function builtArticles(): BuiltArticle[] {
	return readdirSync(join(dist, 'artikel'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'halaman')
		.map(({ name }) => {
			const html = readFileSync(join(dist, 'artikel', name, 'index.html'), 'utf8');
			return {
				path: `${base}artikel/${name}/`,
				title: parse(html).querySelector('h1')!.text,
				published: /data-pagefind-sort="date:([\d-]+)"/u.exec(html)![1]!,
				archived: html.includes(`<meta name="${archiveMarker.name}" content="${archiveMarker.content}"`),
			};
		});
}

let site: SiteUnderTest;
let articles: BuiltArticle[];
beforeAll(async () => {
	await variantSite();
	site = await serveBuiltSite({ dist, base });
	articles = builtArticles();
}, 600_000); // a full build of the site, when this file asks for it first
afterAll(async () => site?.close());

/** The archived article published first. */
const oldestArchived = () => articles.filter((article) => article.archived).sort((a, b) => (a.published < b.published ? -1 : 1))[0]!;

/** Every result of the search page's current search, pressing "more" until it is gone. */
async function allResults(page: Page) {
	await settled(page);
	const more = page.locator('.search-page .search-results__more');
	while (await more.isVisible()) {
		const shown = await page.locator('.search-page .search-hit').count();
		await more.click();
		await page.waitForFunction((count) => document.querySelectorAll('.search-page .search-hit').length > count, shown);
	}
	return shownResults(page);
}

/** The number the status line says the search found. */
async function statusCount(page: Page): Promise<number> {
	const status = (await page.locator('.search-page .search-results__status').textContent()) ?? '';
	return Number(/\d+/u.exec(status)?.[0] ?? 0);
}

describe(`older articles in the search archive (the site's bundle keeps the newest ${recentArticles})`, () => {
	test("the site's bundle keeps the newest articles and the archive all the others, each in one of them", () => {
		const kept = articles.filter((article) => !article.archived);
		const archived = articles.filter((article) => article.archived);
		expect(kept).toHaveLength(recentArticles);
		expect(archived.length).toBeGreaterThan(0);
		const oldestKept = kept.map((article) => article.published).sort()[0]!;
		for (const article of archived) expect(article.published <= oldestKept, article.path).toBe(true);
		const entry = JSON.parse(readFileSync(join(dist, searchBundleFolders.archive, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages.id?.page_count).toBe(archived.length);
	});

	test("a search finds an archived article by its title, listed once, after the site's bundle's results, as many as the status says", async () => {
		const oldest = oldestArchived();
		const { page, errors } = await site.open(`/cari/?${new URLSearchParams({ q: oldest.title })}`);
		const results = await allResults(page);
		const paths = results.map((result) => pathOf(result.href));
		expect(paths).toContain(oldest.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(await statusCount(page)).toBe(results.length);
		const archivedPaths = new Set(articles.filter((article) => article.archived).map((article) => article.path));
		const firstArchived = paths.findIndex((path) => archivedPaths.has(path));
		expect(paths.slice(firstArchived).every((path) => archivedPaths.has(path)), paths.join('\n')).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('articles alone, with no words, are listed newest first across both bundles, every one of them', async () => {
		const { page } = await site.open('/cari/?type=article');
		const paths = (await allResults(page)).map((result) => pathOf(result.href));
		const published = new Map(articles.map((article) => [article.path, article.published]));
		expect([...paths].sort()).toEqual([...published.keys()].sort());
		const dates = paths.map((path) => published.get(path)!);
		expect(dates).toEqual([...dates].sort().reverse());
		await page.close();
	});

	test('the header dialog finds an archived article by its title', async () => {
		const oldest = oldestArchived();
		const { page, errors } = await site.open('/');
		await page.locator('button[data-open-modal]:enabled').click();
		const { input, results } = searchDialog(page);
		await input.fill(oldest.title);
		// Its link, among the first ten or after pressing "more" as often as it takes.
		const link = results.filter({ hasText: oldest.title }).first();
		const more = searchDialog(page).dialog.locator('.search-results__more');
		// Once every bundle has answered: the status line speaks, and the list is no longer busy.
		await page.waitForFunction(() => {
			const list = document.querySelector('dialog[open] .search-results__list');
			return list && !list.hasAttribute('aria-busy') && (document.querySelector('dialog[open] [role="status"]')?.textContent ?? '').trim() !== '';
		});
		while (!(await link.isVisible())) {
			const shown = await results.count();
			await more.click();
			await expect.poll(() => results.count()).toBeGreaterThan(shown);
		}
		expect(pathOf((await link.getAttribute('href'))!)).toBe(oldest.path);
		expect(errors).toEqual([]);
		await page.close();
	});
});

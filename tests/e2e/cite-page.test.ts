import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { builtPagePaths, siteDist } from '../support/site-dist.ts';

const site = useBuiltSite();
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
});
afterAll(async () => context?.close());

const dist = resolve(siteDist);
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const pages = await builtPagePaths();
/** Explainers (as the built site marks them for search) and article pages, in both languages. */
const citable = pages.filter((path) => html(path).includes('data-pagefind-meta="type:explainer"') || /^\/(?:en\/)?artikel\/[^/]+\/$/u.test(path));
const today = (lang: 'id' | 'en') => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());

describe('cite this page', () => {
	test('every explainer and article page offers a full and a short citation of itself', () => {
		expect(citable.some((path) => path.startsWith('/en/'))).toBe(true);
		expect(citable.some((path) => path.includes('/artikel/'))).toBe(true);
		const without = citable.filter((path) => (html(path).match(/data-copy-citation/gu) ?? []).length < 2 || !html(path).includes('class="cite-page'));
		expect(without).toEqual([]);
	});

	const samples = [
		citable.find((path) => !path.startsWith('/en/') && !path.includes('/artikel/')),
		citable.find((path) => path.startsWith('/en/') && !path.includes('/artikel/')),
		citable.find((path) => !path.startsWith('/en/') && path.includes('/artikel/')),
	].filter((path): path is string => Boolean(path));

	test.each(samples)('%s: each copy button puts the citation shown, with the page title, address and today as access date, on the clipboard', async (path) => {
		const lang = path.startsWith('/en/') ? 'en' : 'id';
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(site.url(path));
		const title = (await page.locator('h1').first().textContent())!.trim();
		const section = page.getByRole('region', { name: lang === 'en' ? 'Cite this page' : 'Kutip halaman ini' });
		for (const [form, button] of lang === 'en'
			? ([['full', 'Copy full citation'], ['short', 'Copy short citation']] as const)
			: ([['full', 'Salin sitasi lengkap'], ['short', 'Salin sitasi singkat']] as const)) {
			const shown = section.locator(`[data-form="${form}"] .cite-page__text`);
			await shown.locator('time').filter({ hasText: today(lang) }).waitFor();
			const copy = section.getByRole('button', { name: button });
			await copy.scrollIntoViewIfNeeded();
			await copy.click();
			await section.locator(`[data-form="${form}"]`).getByRole('status').filter({ hasText: lang === 'en' ? 'Citation copied' : 'Sitasi tersalin' }).waitFor();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe((await shown.textContent())!.trim());
			expect(copied).toContain(`"${title}`);
			expect(copied).toContain(site.url(path).replace(/^http:\/\/[^/]+/u, ''));
			expect(copied).toContain(`${lang === 'en' ? 'accessed' : 'diakses'} ${today(lang)}`);
			expect(copied).not.toContain('{{');
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});

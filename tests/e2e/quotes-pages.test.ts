import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteDist } from '../support/site-dist.ts';
import { serveBuiltSite, type SiteUnderTest } from '../support/site.ts';

// What a journalist does with quotes, in headless Chromium against the built site.
let site: SiteUnderTest;
let context: BrowserContext;
beforeAll(async () => {
	site = await serveBuiltSite();
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
});
afterAll(async () => {
	await context?.close();
	await site?.close();
});

interface ExportedQuote {
	id: string;
	text: string;
	kind: 'direct' | 'reported';
	speaker: { id: string; name: string };
	role: string;
	outlet: string;
	date: string;
	article: string;
	paragraph: string;
	url: string;
}
const exported = JSON.parse(readFileSync(join(siteDist, 'data/quotes.json'), 'utf8')) as ExportedQuote[];
const visible = (page: Page) => page.locator('.quote-index [data-quote]:visible');

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.goto(site.url(path));
	return { page, errors };
}

describe('the quotes page', () => {
	test('lists every quote; filtering to one speaker by keyboard shows only theirs, and copying a citation puts a ready citation on the clipboard', async () => {
		const { page, errors } = await open('/kutipan/');
		await expect(visible(page).count()).resolves.toBe(exported.length);
		const speaker = page.getByLabel('Tokoh', { exact: true });
		await speaker.focus();
		await speaker.selectOption({ label: 'Le Xuan Minh' });
		const minh = exported.filter((quote) => quote.speaker.id === 'le-xuan-minh');
		expect(minh.length).toBeGreaterThan(1);
		await expect(visible(page).count()).resolves.toBe(minh.length);
		await expect(page.locator('.quote-filters__count').textContent()).resolves.toBe(`${minh.length} dari ${exported.length} kutipan ditampilkan`);
		expect(page.url()).toMatch(/\?speaker=le-xuan-minh$/u);
		for (const name of await visible(page).locator('figcaption a').allTextContents()) expect(name).toBe('Le Xuan Minh');

		const first = minh[0]!;
		const card = page.locator(`[id="${first.id}"]`);
		const copy = card.getByRole('button', { name: 'Salin sitasi' });
		await copy.focus();
		await page.keyboard.press('Enter');
		await card.getByRole('status').filter({ hasText: 'Sitasi tersalin' }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const paragraphUrl = `${first.article}#${first.paragraph}`;
		expect(copied).toBe(
			`Le Xuan Minh (${first.role}), ${first.kind === 'direct' ? `dikutip ${first.outlet}, 8 Oktober 2025: "${first.text}"` : `menurut laporan ${first.outlet} (parafrase), 8 Oktober 2025: ${first.text}`} ${paragraphUrl} (paragraf ${first.paragraph.slice(2)})`,
		);
		expect(copied).toContain('Báo Tin Tức');

		await page.getByRole('button', { name: 'Hapus saringan' }).click();
		await expect(visible(page).count()).resolves.toBe(exported.length);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a shared filtered address opens filtered; on the English page the citation is in English', async () => {
		const { page } = await open('/en/kutipan/?outlet=dan-tri');
		const danTri = exported.filter((quote) => quote.outlet === 'Báo Dân Trí');
		expect(danTri.length).toBeGreaterThan(0);
		await expect(visible(page).count()).resolves.toBe(danTri.length);
		await expect(page.getByLabel('Outlet', { exact: true }).inputValue()).resolves.toBe('dan-tri');
		await visible(page).first().getByRole('button', { name: 'Copy citation' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^Nguyen Minh Chinh \(Former Director .*\), quoted by Báo Dân Trí, 24 October 2025: ".+" \(Indonesian text\) http.+\/artikel\/.+#p-\d+ \(paragraph \d+\)$/u);
		await page.close();
	});

	test('without JavaScript it is a plain list of every quote, with no dead filter controls', async () => {
		const plain = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await plain.newPage();
		await page.goto(site.url('/kutipan/'));
		await expect(page.locator('.quote-index [data-quote]:visible').count()).resolves.toBe(exported.length);
		await expect(page.locator('.quote-filters').isVisible()).resolves.toBe(false);
		await plain.close();
	});
});

describe('permalinks and person pages', () => {
	test("a quote's permalink in the list lands on that quote, and its own page links to the article paragraph", async () => {
		const quote = exported.find((q) => q.speaker.id === 'pham-the-tung' && q.kind === 'direct')!;
		const { page } = await open(`/kutipan/#${quote.id}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(quote.id);
		await expect(page.locator(':target blockquote').textContent()).resolves.toBe(quote.text);
		await page.locator(':target').getByRole('link', { name: 'Tautan permanen' }).click();
		await page.waitForURL(new URL(quote.url).pathname.replace(/^/u, '**'));
		await expect(page.locator('main blockquote').textContent()).resolves.toBe(quote.text);
		await page.getByRole('link', { name: `Paragraf ${quote.paragraph.slice(2)} di artikel` }).click();
		await page.waitForURL(`**#${quote.paragraph}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).resolves.toContain('tegas Wakil Menteri Keamanan Publik');
		await page.close();
	});

	test('a person page shows their other written names, roles with dates, every quote of theirs and the articles naming them', async () => {
		const { page } = await open('/tokoh/le-xuan-minh/');
		await expect(page.locator('h1').textContent()).resolves.toBe('Le Xuan Minh');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Lê Xuân Minh');
		expect(main).toContain('Mayor Jenderal Le Xuan Minh');
		expect(main).toMatch(/Mayor Jenderal, Direktur, Departemen Keamanan Siber .*\(disebut demikian dalam artikel 8 Oktober 2025\)/u);
		const theirs = exported.filter((quote) => quote.speaker.id === 'le-xuan-minh').map((quote) => quote.text);
		await expect(page.locator('main .quote-card blockquote').allTextContents()).resolves.toEqual(theirs);
		await expect(page.getByRole('link', { name: 'Meningkatkan kewaspadaan nasional terhadap kejahatan dunia maya' }).count()).resolves.toBe(1);
		await page.close();
	});

	test('the people index links every person quoted to their page', async () => {
		const { page } = await open('/tokoh/');
		const speakers = [...new Set(exported.map((quote) => quote.speaker.name))];
		for (const name of speakers) await expect(page.locator('main').getByRole('link', { name, exact: true }).count(), name).resolves.toBe(1);
		await page.close();
	});

	test("an article page ends with its quotes as pull-quotes, each linking back to its paragraph", async () => {
		const { page } = await open('/artikel/sesi-diskusi-tingkat-tinggi-tentang-konvensi-hanoi-solidaritas/');
		const section = page.locator('.article-quotes');
		await expect(section.getByRole('heading', { name: 'Kutipan dalam artikel ini' }).count()).resolves.toBe(1);
		const here = exported.filter((quote) => quote.article.includes('/sesi-diskusi-tingkat-tinggi-tentang-konvensi-hanoi-solidaritas/'));
		await expect(section.locator('.quote-card').count()).resolves.toBe(here.length);
		await expect(section.getByRole('link', { name: /^Paragraf \d+ di artikel$/u }).first().getAttribute('href')).resolves.toMatch(/#p-\d+$/u);
		await page.close();
	});

	test('an interview, nearly all quotes, keeps its quotes folded until the reader opens them', async () => {
		const { page } = await open('/artikel/konvensi-hanoi-langkah-strategis-yang-menegaskan-posisi-vietnam/');
		const count = exported.filter((quote) => quote.article.includes('/konvensi-hanoi-langkah-strategis-yang-menegaskan-posisi-vietnam/')).length;
		expect(count).toBeGreaterThan(12);
		const cards = page.locator('.article-quotes .quote-card');
		await expect(cards.first().isVisible()).resolves.toBe(false);
		await page.getByText(`Tampilkan semua ${count} kutipan`).click();
		await expect(cards.first().isVisible()).resolves.toBe(true);
		await expect(cards.count()).resolves.toBe(count);
		await page.close();
	});
});

test('the open data: every quote with the documented fields, stable ids as permalinks, and the same rows as CSV', () => {
	for (const quote of exported) {
		expect(Object.keys(quote)).toEqual(['id', 'text', 'kind', 'speaker', 'role', 'outlet', 'date', 'article', 'paragraph', 'url', 'tags']);
		expect(quote.url).toMatch(new RegExp(`/kutipan/${quote.id}/$`, 'u'));
		expect(quote.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(['direct', 'reported']).toContain(quote.kind);
	}
	const csv = readFileSync(join(siteDist, 'data/quotes.csv'), 'utf8');
	expect(csv.trimEnd().split('\r\n')).toHaveLength(exported.length + 1);
});

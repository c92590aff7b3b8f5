import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

const article = '/artikel/meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya/';
const sourceUrl = 'https://baotintuc.vn/thoi-su/tang-su-nhan-thuc-cua-nguoi-dung-dau-quoc-gia-ve-toi-pham-mang-20251008172004795.htm';

describe('an imported article page', () => {
	test('shows title, outlet, date, a link to the original and the translation note, and no boilerplate', async () => {
		const { page, errors } = await site.open(article);
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Meningkatkan kewaspadaan nasional terhadap kejahatan dunia maya');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Báo Tin Tức');
		expect(main).toContain('8 Oktober 2025');
		expect(main).toMatch(/terjemahan bahasa Indonesia dari laporan berbahasa Vietnam/u);
		await expect(page.getByRole('link', { name: 'Baca artikel asli' }).getAttribute('href')).resolves.toBe(sourceUrl);
		for (const text of ['Vietnam.vn - Nền tảng', 'Komentar', 'No data', 'Dalam topik yang sama', 'Daerah banjir di Lang Son', 'Sumber:', 'Báo Tin TứcBáo Tin Tức']) {
			expect(main).not.toContain(text);
		}
		await expect(page.locator('main h2').allTextContents()).resolves.toEqual(expect.arrayContaining(['Arti khusus']));
		await expect(page.locator('main figcaption').first().textContent()).resolves.toBe('Suasana konferensi pers. Foto: LV');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('paragraph #p-3 exists, is linkable by keyboard and its link lands on it', async () => {
		const { page } = await site.open(article);
		const third = page.locator('#p-3');
		await expect(third.innerText()).resolves.toMatch(/^Menegaskan bahwa keikutsertaan Vietnam/u);
		const link = third.getByRole('link', { name: /^¶3: Tautan ke paragraf ini$/u });
		await link.focus();
		await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/#p-3$/u);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p-3');
		await page.close();
	});

	test('a deep link to #p-3 scrolls the paragraph into view', async () => {
		const { page } = await site.open(`${article}#p-3`);
		await expect(page.locator('#p-3').isVisible()).resolves.toBe(true);
		const top = await page.locator('#p-3').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(400);
		await page.close();
	});

	test("001's pull-quote is shown once, as a quote with its speaker", async () => {
		const { page } = await site.open('/artikel/menegaskan-semangat-dan-aspirasi-vietnam-di-era-digital/');
		const quote = page.locator('figure.pull-quote');
		await expect(quote.count()).resolves.toBe(1);
		await expect(quote.locator('blockquote').innerText()).resolves.toMatch(/^Penyelenggaraan acara penting ini oleh Vietnam/u);
		await expect(quote.locator('figcaption').innerText()).resolves.toBe('Ibu Pauline Tamesis, Koordinator Residen Perserikatan Bangsa-Bangsa di Vietnam');
		await page.close();
	});

	test('003 says its date is the event date and explains its title', async () => {
		const { page } = await site.open('/artikel/sesi-diskusi-tingkat-tinggi-tentang-konvensi-hanoi-solidaritas/');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Tanggal peristiwa');
		expect(main).toContain('26 Oktober 2025');
		expect(main).toContain('Judul ini disusun redaksi');
		await page.close();
	});
});

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

const explainerSlugs = ['a05', 'asosiasi-keamanan-siber-nasional', 'glosarium', 'tanya-jawab'] as const;
const pagePaths = [...explainerSlugs, 'tentang-sumber'].flatMap((slug) => [`/${slug}/`, `/en/${slug}/`]);

/** The visible text of the page's prose, without the numbered source list. */
async function proseText(page: Page): Promise<string> {
	return page.locator('.sl-markdown-content').evaluate((root) => {
		const copy = root.cloneNode(true) as HTMLElement;
		copy.querySelector('.source-list')?.remove();
		return copy.innerText;
	});
}

describe('explainers B: every page', () => {
	test.each(pagePaths)('%s opens without console errors and every citation mark leads to a listed source', async (path) => {
		const { page, errors } = await site.open(path);
		const marks = page.locator('sup.cite a');
		expect(await marks.count()).toBeGreaterThan(0);
		for (const href of await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^#sumber-\d+$/);
			await expect(page.locator(`.source-list li${href}`).count()).resolves.toBe(1);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(explainerSlugs)('/%s/: every prose paragraph and glossary definition carries a citation', async (slug) => {
		for (const path of [`/${slug}/`, `/en/${slug}/`]) {
			const { page } = await site.open(path);
			const paragraphs = page.locator('.sl-markdown-content > p, .sl-markdown-content dd');
			expect(await paragraphs.count(), path).toBeGreaterThan(2);
			const uncited = await paragraphs.evaluateAll((paragraphs) =>
					paragraphs.filter((p) => !p.querySelector('sup.cite')).map((p) => (p as HTMLElement).innerText),
				);
			expect(uncited, path).toEqual([]);
			await page.close();
		}
	});

	test.each(explainerSlugs)('/en/%s/ is in English and its Indonesian twin in Indonesian', async (slug) => {
		const english = await site.open(`/en/${slug}/`);
		expect(await english.page.getAttribute('html', 'lang')).toBe('en');
		// Indonesian function words must not appear in English prose, outside names marked lang="id".
		const englishProse = await english.page.locator('.sl-markdown-content').evaluate((root) => {
			const copy = root.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.source-list, [lang="id"]').forEach((element) => element.remove());
			return copy.innerText;
		});
		expect(englishProse).not.toMatch(/\b(yang|dengan|adalah|tidak)\b/);
		await english.page.close();

		const indonesian = await site.open(`/${slug}/`);
		expect(await indonesian.page.getAttribute('html', 'lang')).toBe('id');
		expect(await proseText(indonesian.page)).toMatch(/\b(yang|dan|adalah)\b/);
		await indonesian.page.close();
	});
});

describe('A05 page', () => {
	test('names the director, cites article 000 for him and shows both renderings of the caseload', async () => {
		const { page } = await site.open('/a05/');
		const prose = await proseText(page);
		expect(prose).toContain('Mayor Jenderal Le Xuan Minh');
		expect(prose).toContain('Nguyen Minh Chinh');
		expect(prose).toContain('lebih dari 100.000 kasus yang terkait dengan kejahatan siber');
		expect(prose).toContain('lebih dari 100.000 serangan siber');
		const articleNote = page.locator('.source-list a[href$="/artikel/meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya/#p-9"]');
		await expect(articleNote.count()).resolves.toBe(1);
		await page.close();
	});

	test('the citation of the caseload opens the article paragraph that gives the figure', async () => {
		const { page } = await site.open('/en/a05/');
		await page
			.locator('.source-list a[href$="/artikel/meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya/#p-9"]')
			.click();
		// The English page cites the English translation of the paragraph, which keeps the figure in English style.
		await page.waitForURL(/\/en\/artikel\/meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya\/#p-9$/);
		await expect(page.locator('#p-9').innerText()).resolves.toContain('more than 100,000 cases');
		await page.close();
	});
});

describe('Association page', () => {
	test('gives the founding date, the chair, and both counts of vice-chairs with their sources', async () => {
		const { page } = await site.open('/en/asosiasi-keamanan-siber-nasional/');
		const prose = await proseText(page);
		expect(prose).toContain('8 May 2023');
		expect(prose).toContain('Luong Tam Quang');
		const rows = await page.locator('.sl-markdown-content table tbody tr').allInnerTexts();
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/^Six/);
		expect(rows[1]).toMatch(/^Eight/);
		for (const row of await page.locator('.sl-markdown-content table tbody tr').all()) {
			expect(await row.locator('sup.cite').count()).toBeGreaterThan(0);
		}
		await page.close();
	});
});

describe('glossary', () => {
	test.each(['/glosarium/', '/en/glosarium/'])('%s: each term has an anchor, #ratifikasi among them', async (path) => {
		const { page } = await site.open(path);
		const ids = await page.locator('dl.glossary dt').evaluateAll((terms) => terms.map((term) => term.id));
		expect(ids).toEqual(expect.arrayContaining(['ratifikasi', 'penandatanganan', 'bukti-elektronik', 'jaringan-24-7', 'unodc']));
		expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		await expect(page.locator('#ratifikasi').innerText()).resolves.toBe(path.startsWith('/en/') ? 'Ratification' : 'Ratifikasi');
		await page.close();
	});

	test('a link from the FAQ lands on the glossary term', async () => {
		const { page } = await site.open('/tanya-jawab/');
		await page.locator('main a[href="../glosarium/#ratifikasi"]').first().click();
		await page.waitForURL(/\/glosarium\/#ratifikasi$/);
		await expect(page.locator('#ratifikasi').isVisible()).resolves.toBe(true);
		await page.close();
	});
});

describe('FAQ', () => {
	test.each([
		['/tanya-jawab/', 'Berapa negara yang menandatangani'],
		['/en/tanya-jawab/', 'How many countries signed'],
	])('%s answers how many signed with more than one figure, each cited', async (path, heading) => {
		const { page } = await site.open(path);
		const section = await page.locator('.sl-markdown-content h2', { hasText: heading }).evaluate((h2) => {
			// Headings may sit in a wrapper with their anchor link; the section runs to the next heading.
			const paragraphs: { text: string; cited: boolean }[] = [];
			let node = (h2.closest('.sl-heading-wrapper') ?? h2).nextElementSibling;
			while (node && !/^H[1-6]$/.test(node.tagName) && !node.classList.contains('sl-heading-wrapper')) {
				if (node.tagName === 'P') {
					paragraphs.push({ text: (node as HTMLElement).innerText, cited: Boolean(node.querySelector('sup.cite')) });
				}
				node = node.nextElementSibling;
			}
			return paragraphs;
		});
		const text = section.map((paragraph) => paragraph.text).join(' ');
		const figures = ['60', '64', '65', '69', '72'].filter((figure) => new RegExp(`\\b${figure}\\b`).test(text));
		expect(figures).toEqual(['60', '64', '65', '69', '72']);
		expect(section.every((paragraph) => paragraph.cited)).toBe(true);
		await page.close();
	});

	test('gives the criticism and the replies, each attributed', async () => {
		const { page } = await site.open('/en/tanya-jawab/');
		const prose = await proseText(page);
		for (const who of ['UN High Commissioner for Human Rights', 'Cybersecurity Tech Accord', 'Microsoft', 'Human Rights Watch', 'UNODC', 'Guterres']) {
			expect(prose).toContain(who);
		}
		await page.close();
	});
});

describe('About the sources', () => {
	// Read with the schema the build and the importer use, not by pattern on the YAML text.
	const outlets = readRecords('content/outlets', outletSchema).records.map(([, outlet]) => outlet.name);

	test.each(['/tentang-sumber/', '/en/tentang-sumber/'])('%s lists every outlet in content/outlets with its articles', async (path) => {
		const { page } = await site.open(path);
		const items = page.locator('.outlet-list > li');
		await expect(items.count()).resolves.toBe(outlets.length);
		const text = (await items.allInnerTexts()).join('\n');
		for (const name of outlets) expect(text).toContain(name);
		const articleLinks = await page.locator('.outlet-list li li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(articleLinks.length).toBeGreaterThan(0);
		// Each article in the page's language: on /en/ its English page (or, before it has one, the Indonesian text).
		const articlePath = path.startsWith('/en/') ? /^\/(?:en\/)?artikel\/[a-z0-9-]+\/$/u : /^\/artikel\/[a-z0-9-]+\/$/u;
		expect(articleLinks.filter((href) => !articlePath.test(href ?? ''))).toEqual([]);
		await page.close();
	});
});

import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { builtExplainerPaths, builtHtml } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

// What a reader sees on the explainers besides their citations (explainer-citations.test.ts checks those): each page
// in its language, the glossary's anchors and the links to them, article citations that open the paragraph, and the
// page about the sources. Walks whatever explainers the build has.
const site = useBuiltSite();
const explainers = await builtExplainerPaths();
const indonesian = explainers.filter((path) => !path.startsWith('/en/'));

/** The visible text of the page's prose, without the numbered source list. */
async function proseText(page: Page): Promise<string> {
	return page.locator('.sl-markdown-content').evaluate((root) => {
		const copy = root.cloneNode(true) as HTMLElement;
		copy.querySelector('.source-list')?.remove();
		return copy.innerText;
	});
}

describe('every explainer', () => {
	test.each(indonesian)('%s: its English page is in English and the page itself in Indonesian', async (path) => {
		const english = await site.open(`/en${path}`);
		expect(await english.page.getAttribute('html', 'lang')).toBe('en');
		// Indonesian function words must not appear in English prose, outside names marked lang="id".
		const englishProse = await english.page.locator('.sl-markdown-content').evaluate((root) => {
			const copy = root.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.source-list, [lang="id"]').forEach((element) => element.remove());
			return copy.innerText;
		});
		expect(englishProse).not.toMatch(/\b(yang|dengan|adalah|tidak)\b/);
		await english.page.close();

		const page = await site.open(path);
		expect(await page.page.getAttribute('html', 'lang')).toBe('id');
		expect(await proseText(page.page)).toMatch(/\b(yang|dan|adalah)\b/);
		await page.page.close();
	});

	test.each(['/', '/en/'])('under %s, a citation of an article paragraph opens that paragraph, in the page’s language', async (prefix) => {
		// The first explainer, in that language, whose source list cites an article paragraph.
		const article = new RegExp(`^${prefix}artikel/[a-z0-9-]+/#p-\\d+$`, 'u');
		const cited = explainers
			.filter((path) => path.startsWith(prefix) && (prefix === '/en/' || !path.startsWith('/en/')))
			.flatMap((path) => parse(builtHtml(path)).querySelectorAll('.source-list a').map((link) => ({ path, href: link.getAttribute('href') ?? '' })))
			.find(({ href }) => article.test(href));
		expect(cited).toBeDefined();
		const { path, href } = cited!;
		const [articlePath, anchor] = href.split('#') as [string, string];
		const { page } = await site.open(path);
		await page.locator(`.source-list a[href="${href}"]`).first().click();
		await page.waitForURL((url) => url.pathname === articlePath && url.hash === `#${anchor}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(anchor);
		await expect(page.locator(`#${anchor}`).isVisible()).resolves.toBe(true);
		await page.close();
	});
});

describe('glossary', () => {
	const glossaries = explainers.filter((path) => parse(builtHtml(path)).querySelector('dl.glossary'));
	const termIds = (path: string) => parse(builtHtml(path)).querySelectorAll('dl.glossary dt').map((term) => term.id);

	test('there is a glossary in each language, with the same anchors in both', () => {
		expect(glossaries.length).toBeGreaterThan(0);
		for (const path of glossaries.filter((path) => !path.startsWith('/en/'))) expect(termIds(`/en${path}`)).toEqual(termIds(path));
	});

	test.each(glossaries)('%s: each term has its own anchor', (path) => {
		const ids = termIds(path);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.filter((id) => !/^[a-z0-9-]+$/.test(id))).toEqual([]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	// Every link from another explainer to a term: the term exists, and following the first one lands on it.
	const links = explainers.flatMap((path) =>
		parse(builtHtml(path))
			.querySelectorAll('main a[href*="glosarium/#"]')
			.map((link) => ({ from: path, href: link.getAttribute('href')!, target: new URL(link.getAttribute('href')!, `http://x${path}`) })),
	);

	test('every link to a glossary term leads to a term of that glossary', () => {
		expect(links.length).toBeGreaterThan(0);
		for (const { from, href, target } of links) expect(termIds(target.pathname), `${from} → ${href}`).toContain(target.hash.slice(1));
	});

	test('a link to a term lands on the term', async () => {
		const { from, href, target } = links[0]!;
		const { page } = await site.open(from);
		await page.locator(`main a[href="${href}"]`).first().click();
		await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
		await expect(page.locator(target.hash).isVisible()).resolves.toBe(true);
		await page.close();
	});
});

describe('About the sources', () => {
	// Read with the schema the build and the importer use, not by pattern on the YAML text.
	const outlets = readRecords('content/outlets', outletSchema).records.map(([, outlet]) => outlet.name);

	test.each(['/tentang-sumber/', '/en/tentang-sumber/'])('%s opens without console errors and every citation mark leads to a listed source', async (path) => {
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

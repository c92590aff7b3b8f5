import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/utils/dates.ts';
import { blockTexts, contentArticles, uiString } from '../support/articles.ts';
import { useBuiltSite } from '../support/site.ts';

// Every imported article page, against what content/ holds for it: a new article is checked the same way.
const site = useBuiltSite();
const articles = contentArticles();
const cases = articles.map((article) => [article.path, article] as const);

/** The article's own text on its page: what its MDX body renders, not the site's sections after it. */
const articleBody = '.sl-markdown-content > :is(p, figure, h2, .sl-heading-wrapper, hr)';

/** What Vietnam.vn's page adds around an article, which the importer drops (README, "What the importer does"). */
const platformFurniture = ['Vietnam.vn - Nền tảng', 'Komentar', 'No data', 'Dalam topik yang sama', 'Sumber:'];

describe('an imported article page', () => {
	test.each(cases)('%s shows its title, outlet, date, a link to the original and the translation note, and no platform furniture', async (_, article) => {
		const { page, errors } = await site.open(article.path);
		await expect(page.locator('h1').first().textContent()).resolves.toBe(article.title);
		const meta = page.locator('main .article-meta');
		await expect(meta.locator('.article-meta__outlet').textContent()).resolves.toBe(article.outlet.name);
		const dateLabel = uiString('id', article.dateKind === 'event' ? 'article.eventDate' : 'article.published');
		await expect(meta.locator('.article-meta__line').innerText()).resolves.toContain(`${dateLabel}: ${formatDate(new Date(article.published), 'id')}`);
		await expect(meta.locator(`time[datetime="${article.published}"]`).count()).resolves.toBe(1);
		await expect(page.getByRole('link', { name: uiString('id', 'article.original') }).getAttribute('href')).resolves.toBe(article.sourceUrl);
		const metaText = await meta.innerText();
		expect(metaText).toContain(uiString('id', 'article.translationNote', { platform: article.platform }));
		if (article.editorNote) expect(metaText).toContain(article.editorNote);
		const body = await page.locator(articleBody).allInnerTexts();
		expect(body.length).toBeGreaterThan(0);
		const furniture = [...platformFurniture, ...(article.outlet.rawName ? [article.outlet.rawName.repeat(2)] : [])];
		expect(furniture.filter((text) => body.some((block) => block.includes(text)))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(cases)('%s shows every paragraph, heading, caption and pull-quote of its page, each as what it is, in order', async (_, article) => {
		const { page } = await site.open(article.path);
		const main = page.locator('main .sl-markdown-content');
		const body = page.locator(articleBody);
		const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');
		await expect(main.locator('p.article-paragraph').evaluateAll((items) => items.map((item) => item.id))).resolves.toEqual(paragraphs.map((block) => block.anchor));
		for (const { anchor, text } of paragraphs) await expect(main.locator(`#${anchor}`).innerText(), anchor).resolves.toContain(text);
		await expect(body.locator('h2').or(body.and(page.locator('h2'))).allInnerTexts()).resolves.toEqual(blockTexts(article, 'heading'));
		await expect(main.locator('figure.article-figure figcaption').allTextContents()).resolves.toEqual(blockTexts(article, 'caption'));
		const pullQuotes = await main.locator('figure.pull-quote').evaluateAll((figures) =>
			figures.map((figure) => `${figure.querySelector('blockquote')!.textContent!.trim()}\n${figure.querySelector('figcaption')!.textContent!.trim()}`),
		);
		expect(pullQuotes).toEqual(blockTexts(article, 'pullquote'));
		await page.close();
	});
});

describe('paragraph anchors', () => {
	// The longest article, and its last paragraph: far enough down that landing on it needs a scroll.
	const article = articles.toSorted((a, b) => blockTexts(b, 'paragraph').length - blockTexts(a, 'paragraph').length)[0]!;
	const last = article.blocks.filter((block) => block.kind === 'paragraph').at(-1)!.anchor!;
	const n = last.slice('p-'.length);

	test(`a paragraph's own link is reachable by keyboard and lands on it (${article.path}#${last})`, async () => {
		const { page } = await site.open(article.path);
		const link = page.locator(`#${last}`).getByRole('link', { name: `¶${n}: ${uiString('id', 'article.paragraphLink')}`, exact: true });
		await link.focus();
		await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.hash === `#${last}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(last);
		await page.close();
	});

	test(`a deep link to a paragraph scrolls it into view (${article.path}#${last})`, async () => {
		const { page } = await site.open(`${article.path}#${last}`);
		await expect(page.locator(`#${last}`).isVisible()).resolves.toBe(true);
		const top = await page.locator(`#${last}`).evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(400);
		await page.close();
	});
});

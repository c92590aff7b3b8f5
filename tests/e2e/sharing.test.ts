import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, pageKind, type BuiltPage } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { articleFrontmatter } from '../../tooling/importer/render-mdx.ts';
import { siteDist } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

const siteUrl = new URL('/', process.env.SITE_URL ?? 'http://localhost:4321').href;
const dist = resolve(siteDist);

let pages: Array<BuiltPage & { html: HTMLElement }>;
beforeAll(async () => {
	const built = await listBuiltPages(dist, '/');
	pages = await Promise.all(built.map(async (page) => ({ ...page, html: parse(await readFile(page.file, 'utf8')) })));
});

const meta = (html: HTMLElement, key: string) =>
	html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const jsonLd = (html: HTMLElement) =>
	html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
const contentPages = () => pages.filter((page) => !page.path.endsWith('/404.html'));
/** English article pages that summarise an article not yet translated: our page about the article, not the article. */
const englishSummaries = new Set(
	readdirSync('content/docs/en/artikel')
		.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
		.filter((name) => (articleFrontmatter(readFileSync(join('content/docs/en/artikel', name), 'utf8')) as { translationOf?: { kind?: string } }).translationOf?.kind === 'summary')
		.map((name) => `/en/artikel/${name.slice(0, -'.mdx'.length)}/`),
);

describe('every page can be shared and found', () => {
	test('a canonical URL on the site, title, description and a share card', () => {
		const missing = contentPages().flatMap((page) => {
			const canonical = page.html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
			const problems = [
				canonical.startsWith(siteUrl) ? '' : `canonical ${canonical}`,
				...['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image', 'description'].map(
					(key) => (meta(page.html, key) ? '' : `no ${key}`),
				),
			].filter(Boolean);
			return problems.map((problem) => `${page.path}: ${problem}`);
		});
		expect(contentPages().length).toBeGreaterThanOrEqual(6);
		expect(missing).toEqual([]);
	});

	test('JSON-LD: NewsArticle on article pages and their translations, WebSite on the homes, WebPage elsewhere (an English summary too)', () => {
		const types = contentPages().map((page) => {
			const data = jsonLd(page.html);
			expect(data, page.path).toHaveLength(1);
			return [page.path, data[0]['@type']] as const;
		});
		for (const [path, type] of types) {
			const kind = pageKind(path, '/');
			const expected = kind === 'artikel/*' && !englishSummaries.has(path) ? 'NewsArticle' : kind === '/' ? 'WebSite' : 'WebPage';
			expect(`${path}: ${type}`).toBe(`${path}: ${expected}`);
		}
	});

	test('an article’s JSON-LD names its outlet, date and original', () => {
		const article = pages.find((page) => pageKind(page.path, '/') === 'artikel/*' && pathLocale(page.path, '/') === 'id');
		expect(article, 'no article page was built').toBeDefined();
		const [data] = jsonLd(article!.html);
		expect(data.headline).toBe(article!.html.querySelector('h1')?.textContent.trim());
		expect(data.publisher.name).toBeTruthy();
		expect(data.translationOfWork.url).toMatch(/^https:\/\//);
		expect(data.url).toBe(new URL(article!.path, siteUrl).href);
	});

	test('the share image of a page is a PNG in the built site', async () => {
		const images = new Set(contentPages().map((page) => meta(page.html, 'og:image') ?? ''));
		for (const image of images) {
			expect(image.startsWith(siteUrl), image).toBe(true);
			const file = await readFile(join(dist, new URL(image).pathname));
			expect(file.subarray(1, 4).toString(), image).toBe('PNG');
		}
		expect(images.size).toBeGreaterThan(1);
	});
});

describe('crawlers and feed readers', () => {
	test('robots.txt points at the sitemap, which lists every page but the 404', async () => {
		const robots = await readFile(join(dist, 'robots.txt'), 'utf8');
		const sitemapIndex = robots.match(/^Sitemap: (.+)$/m)?.[1];
		expect(sitemapIndex).toBe(`${siteUrl}sitemap-index.xml`);
		const index = await readFile(join(dist, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		const listed = new Set<string>();
		for (const sitemap of sitemaps) {
			const xml = await readFile(join(dist, new URL(sitemap).pathname), 'utf8');
			for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(match[1]!);
		}
		expect([...listed].sort()).toEqual(contentPages().map((page) => new URL(page.path, siteUrl).href).sort());
	});

	test.each([
		['rss.xml', 'id'],
		['en/rss.xml', 'en'],
	] as const)('the RSS feed %s lists the source articles, linking to their pages in its language', async (file, locale) => {
		const feed = await readFile(join(dist, file), 'utf8');
		expect(feed).toContain(`<language>${locale}</language>`);
		const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
		const articles = pages
			.filter((page) => pageKind(page.path, '/') === 'artikel/*' && pathLocale(page.path, '/') === locale)
			.map((page) => new URL(page.path, siteUrl).href);
		const corrections = new URL(locale === 'en' ? '/en/koreksi/' : '/koreksi/', siteUrl).href;
		// Besides articles the feed carries corrections, each linking to its entry in the log.
		const articleLinks = links.filter((link) => !link.startsWith(`${corrections}#`));
		expect(articleLinks.length).toBeGreaterThan(0);
		expect(articles).toEqual(expect.arrayContaining(articleLinks));
		// A feed with room to spare (it keeps the latest 50 items) lists every article.
		if (links.length < 50) expect(articleLinks.sort()).toEqual(articles.sort());
	});
});

describe('the 404 page', () => {
	const site = useBuiltSite();

	test('a missing address answers 404 with help in both languages and no canonical URL', async () => {
		const { page, errors } = await site.open('/tidak-ada/');
		const response = await page.request.get(site.url('/tidak-ada/'));
		expect(response.status()).toBe(404);
		const main = page.locator('main');
		await expect(main.locator('[lang="id"] h2').textContent()).resolves.toBe('Halaman tidak ditemukan');
		await expect(main.locator('[lang="en"] h2').textContent()).resolves.toBe('Page not found');
		await main.getByRole('link', { name: 'What is the Hanoi Convention?' }).click();
		await page.waitForURL(/\/en\/konvensi\/$/);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		// The one error is the browser noting the 404 status of the missing address itself.
		expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
		const notFound = pages.find((built) => built.path === '/404.html')!;
		expect(notFound.html.querySelector('link[rel="canonical"]')).toBeNull();
		expect(meta(notFound.html, 'robots')).toBe('noindex');
		await page.close();
	});
});

import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { textNumbers } from '../../tooling/importer/article-blocks.ts';
import { listBuiltPages, pageKind } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { indonesianSentences } from '../support/english-text.ts';
import { siteDist } from '../support/site-dist.ts';

// What an English reader gets under /en/: English body text, Indonesian only where it is marked lang="id".
const pages = await listBuiltPages(siteDist, '/');
const html = (path: string) => parse(readFileSync(pages.find((page) => page.path === path)!.file, 'utf8'));
const englishPages = pages.filter((page) => pathLocale(page.path, '/') === 'en');
const articlePages = pages.filter((page) => pageKind(page.path, '/') === 'artikel/*' && pathLocale(page.path, '/') === 'id');

describe('every /en/ page has English body text', () => {
	test('there are English pages to check', () => {
		expect(englishPages.length).toBeGreaterThan(0);
	});
	test.each(englishPages.map((page) => page.path))('%s: lang="en", no fallback notice', (path) => {
		const page = html(path);
		expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
		const main = page.querySelector('main')!;
		expect(main.getAttribute('lang')).toBe('en');
		expect(main.textContent).not.toContain('This content is not available in your language yet');
	});
	test.each(englishPages.map((page) => page.path))(
		'%s: Indonesian text only inside elements marked lang="id"',
		(path) => {
			expect(indonesianSentences(html(path).querySelector('main')!)).toEqual([]);
		},
	);
});

/** The text of an article paragraph, without its ¶ link. */
const paragraphText = (paragraph: HTMLElement) => {
	const copy = paragraph.clone() as HTMLElement;
	copy.querySelector('.article-paragraph__link')?.remove();
	return copy.textContent.trim();
};

describe('every article has an English translation with the same paragraphs', () => {
	test('there are articles', () => {
		expect(articlePages.length).toBeGreaterThan(0);
	});
	test.each(articlePages.map((page) => page.path))('%s: the English page has the same anchors and each paragraph keeps its numbers', (path) => {
		const original = html(path).querySelectorAll('main p.article-paragraph');
		const english = html(`/en${path}`);
		// A summary page (not yet translated) says so; a translation says whose it is.
		const note = english.querySelector('.article-meta__translation')!.textContent;
		expect(note).toMatch(/Unofficial English translation by this site|not been translated into English yet/u);
		// The source line links the Vietnamese original once, in that note.
		const sourceUrl = html(path).querySelector('.article-meta a[hreflang="vi"]')!.getAttribute('href');
		expect(english.querySelectorAll(`.article-meta a[href="${sourceUrl}"]`).map((link) => link.closest('.article-meta__translation') !== null)).toEqual([true]);
		if (/not been translated/u.test(note)) return;
		const translated = english.querySelectorAll('main p.article-paragraph');
		expect(translated.map((p) => p.id)).toEqual(original.map((p) => p.id));
		original.forEach((paragraph, index) => {
			const numbers = textNumbers(paragraphText(translated[index]!), 'en');
			for (const number of textNumbers(paragraphText(paragraph), 'id')) expect(numbers, `${path}#${paragraph.id}`).toContain(number);
		});
		// The page links the Indonesian text, the citable original.
		expect(english.querySelector(`.article-meta__translation a[href="${path}"]`)).not.toBeNull();
	});
});

/** English pages whose lists of articles are generated: the home page, the listing, the outlets, every person. */
const articleListings = englishPages.filter((page) => ['/', 'artikel', 'tentang-sumber', 'tokoh/*'].includes(pageKind(page.path, '/')));
const englishArticlePaths = new Set(englishPages.filter((page) => pageKind(page.path, '/') === 'artikel/*').map((page) => page.path));

describe('English lists of articles link the English pages', () => {
	test('there are lists to check', () => {
		expect(articleListings.map((page) => page.path)).toEqual(expect.arrayContaining(['/en/', '/en/artikel/', '/en/tentang-sumber/']));
	});
	test.each(articleListings.map((page) => page.path))('%s: an article with an English page is listed by it, under its English title', (path) => {
		const links = html(path)
			.querySelectorAll('main .article-list a, main .outlet-list li li a, main .home-card li a, main #artikel + ul a')
			.filter((link) => /\/artikel\/[^/]+\/$/u.test(link.getAttribute('href') ?? ''));
		for (const link of links) {
			const href = link.getAttribute('href')!;
			const english = href.startsWith('/en/') ? href : `/en${href}`;
			if (englishArticlePaths.has(english)) {
				expect(href, `${path}: ${link.textContent}`).toBe(english);
				expect(link.getAttribute('lang'), `${path}: ${link.textContent}`).toBeUndefined();
			}
		}
	});
});

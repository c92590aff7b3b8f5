import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, expect, test } from 'vitest';
import { indonesianSentences } from '../support/english-text.ts';
import { variant, variantSite } from '../support/variant-site.ts';

// A raw article full of MDX, HTML, Markdown and directive syntax, imported the README's way into a scratch copy of
// the site and built with it (the variant build the sub-path tests share).
const fixture = readFileSync('tests/fixtures/import-hostile/hostile.txt', 'utf8').split('\n');
let html: ReturnType<typeof parse>;
let english: ReturnType<typeof parse>;
let slug: string;

beforeAll(async () => {
	const { hostileSlug } = await variantSite();
	html = parse(readFileSync(join(variant.dist, 'artikel', hostileSlug, 'index.html'), 'utf8'));
	english = parse(readFileSync(join(variant.dist, 'en', 'artikel', hostileSlug, 'index.html'), 'utf8'));
	slug = hostileSlug;
}, 600_000); // a full build of the site, when this file asks for it first

const paragraph = (n: number) => html.querySelector(`#p-${n}`)!.childNodes.filter((node) => !('classList' in node && (node as { classList: DOMTokenList }).classList.contains('article-paragraph__link'))).map((node) => node.textContent).join('').trim();

test('hostile text builds and reads literally: no script, no tag, no expression, no directive', () => {
	expect(html.querySelector('h1')!.textContent).toBe(fixture[2]);
	expect(paragraph(1)).toBe(fixture[4]);
	expect(paragraph(2)).toBe('import x from "y"');
	expect(paragraph(3)).toBe('export const a = 1;');
	expect(paragraph(4)).toBe(':::note');
	expect(paragraph(5)).toBe(fixture[18]);
	expect(html.querySelector('.article-figure figcaption')!.textContent).toBe(fixture[9]);
	expect(html.querySelector('main h2')!.textContent).toBe('Subjudul <i>miring</i> {y}');
	const main = html.querySelector('main')!;
	// The page's own components may load the site's bundled scripts; nothing else may run or format.
	const ownScript = 'script[type="module"][src*="/_astro/"]';
	expect(main.querySelectorAll(`script:not(${ownScript}), img, b, i, aside, abbr`)).toHaveLength(0);
});

test('an article with only an English summary: its English page says so in English and shows the summary, not the Indonesian text', () => {
	const summary = readFileSync('tests/fixtures/import-hostile/hostile.en.mdx', 'utf8').split('---\n')[2]!.trim().split(/\n\n/u);
	const main = english.querySelector('main')!;
	expect(english.querySelector('html')!.getAttribute('lang')).toBe('en');
	expect(main.getAttribute('lang')).toBe('en');
	expect(english.querySelector('.article-meta__translation')!.textContent).toMatch(/has not been translated into English yet/u);
	expect(english.querySelector(`.article-meta__translation a[href="${variant.base}artikel/${slug}/"]`)).not.toBeNull();
	const shown = main.querySelectorAll('p').map((p) => p.textContent.trim());
	for (const paragraph of summary) expect(shown).toContain(paragraph);
	// No Indonesian body text, marked or not: no numbered paragraphs, no fallback copy.
	expect(main.querySelectorAll('.article-paragraph, [lang="id"]')).toHaveLength(0);
	expect(main.textContent).not.toContain(fixture[4]!.slice(0, 20));
	expect(main.textContent).not.toContain('This content is not available in your language yet');
	expect(indonesianSentences(main)).toEqual([]);
});

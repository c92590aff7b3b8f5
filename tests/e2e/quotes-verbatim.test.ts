import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleFrontmatter } from '../../tooling/importer/render-mdx.ts';
import { namesPerson, personNames, type PersonRecord } from '../../src/utils/people.ts';
import type { QuoteFile } from '../../tooling/quotes/quote-curation.ts';
import { containsVerbatim, normalizeWhitespace } from '../../tooling/quotes/quote-text.ts';
import { siteDist } from '../support/site-dist.ts';

// The verbatim guarantee: every published quote's words are in its article's raw source text and on the rendered
// article page, in the paragraph it links to (or the pull-quote printed beside it), and the article names its speaker.
const files = readdirSync('content/quotes')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => parse(readFileSync(join('content/quotes', name), 'utf8')) as QuoteFile);
const quotes = files.flatMap((file) => file.quotes.map((quote) => ({ ...quote, article: file.article })));
const person = (id: string) => parse(readFileSync(join('content/people', `${id}.yaml`), 'utf8')) as PersonRecord;
const rawText = (article: string) => {
	const page = readFileSync(join('content', 'docs', `${article}.mdx`), 'utf8');
	return readFileSync(articleFrontmatter(page).article!.raw!.file!, 'utf8');
};
const pages = new Map<string, HTMLElement>();
const rendered = (path: string) => {
	if (!pages.has(path)) pages.set(path, parseHtml(readFileSync(join(siteDist, path, 'index.html'), 'utf8')));
	return pages.get(path)!;
};
/** The text of a paragraph and of the pull-quotes printed right after it, as a reader sees them. */
function paragraphTexts(article: HTMLElement, anchor: string): string[] {
	const paragraph = article.querySelector(`#${anchor}`);
	if (!paragraph) return [];
	const texts = [paragraph.textContent];
	// An editor's fact-check note may stand between a paragraph and its pull-quote.
	for (let next = paragraph.nextElementSibling; next?.classList.contains('pull-quote') || next?.classList.contains('fact-check'); next = next.nextElementSibling) {
		if (next.classList.contains('pull-quote')) texts.push(next.querySelector('blockquote')!.textContent);
	}
	return texts;
}

test('every article has its quote file, each quote a unique id, and no candidate awaits review', () => {
	expect(files.map((file) => file.article).sort()).toEqual(
		readdirSync('content/docs/artikel')
			.filter((name) => name !== 'index.mdx')
			.map((name) => `artikel/${name.replace(/\.mdx$/u, '')}`)
			.sort(),
	);
	expect(new Set(quotes.map((quote) => quote.id)).size).toBe(quotes.length);
	expect(files.every((file) => (file.candidates ?? []).length === 0), 'candidates await review').toBe(true);
});

describe.each(quotes)('$id', (quote) => {
	test('its words are verbatim in the raw source text', () => {
		expect(containsVerbatim(rawText(quote.article), quote.text)).toBe(true);
	});
	test('its words are on the article page, in the paragraph it links to (or its pull-quote)', () => {
		const texts = paragraphTexts(rendered(quote.article), quote.paragraph);
		expect(texts.length, `#${quote.paragraph}`).toBeGreaterThan(0);
		expect(texts.some((text) => containsVerbatim(text, quote.text))).toBe(true);
	});
	test('its own page shows the words and the speaker', () => {
		const page = rendered(`kutipan/${quote.id}`);
		const card = normalizeWhitespace(page.querySelector('main .quote-card')!.textContent);
		expect(card).toContain(normalizeWhitespace(quote.text));
		expect(card).toContain(person(quote.speaker!).name);
	});
	test('its article names the speaker', () => {
		expect(namesPerson(rawText(quote.article), personNames(person(quote.speaker!)))).toBe(true);
	});
});

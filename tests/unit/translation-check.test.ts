import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBlocks, compareArticleBlocks, textNumbers } from '../../tooling/importer/article-blocks.ts';
import { checkTranslations, sourceHashOf } from '../../tooling/importer/translation-check.ts';

/** A small Indonesian article page as the importer writes it: a paragraph, a caption, a heading, a pull-quote. */
const indonesian = `---
title: "Uji"
pageType: article
article:
  importHash: ${'a'.repeat(64)}
---

import ArticleParagraph from '~/components/ArticleParagraph.astro';

<ArticleParagraph id="p-1">{"Pada 8 Oktober, lebih dari 100.000 kasus tercatat di Industri 4.0."}</ArticleParagraph>

<figure class="article-figure"><figcaption>{"Suasana konferensi pers."}</figcaption></figure>

## Arti khusus

<ArticleParagraph id="p-2">{"Sebanyak 69 negara menandatangani pada 25-26 Oktober 2025."}</ArticleParagraph>

<PullQuote attribution={"Ibu X, Koordinator"}>{"Kutipan 3%."}</PullQuote>
`;

const englishBody = `<ArticleParagraph id="p-1">{"On 8 October, more than 100,000 cases were recorded in Industry 4.0."}</ArticleParagraph>

<figure class="article-figure"><figcaption>{"The press conference."}</figcaption></figure>

## A special meaning

<ArticleParagraph id="p-2">{"As many as 69 countries signed on 25-26 October 2025."}</ArticleParagraph>

<PullQuote attribution={"Ms X, Coordinator"}>{"Quote 3%."}</PullQuote>
`;

const english = (body: string, translationOf = `  article: artikel/uji\n  kind: full\n  sourceHash: ${sourceHashOf(indonesian)}\n`) =>
	`---\ntitle: "Test"\npageType: article\ntranslationOf:\n${translationOf}---\n\nimport ArticleParagraph from '~/components/ArticleParagraph.astro';\n\n${body}`;

/** A throwaway project with content/docs/artikel/uji.mdx and, when given, content/docs/en/artikel/uji.mdx. */
function project(englishPage?: string) {
	const root = mkdtempSync(join(tmpdir(), 'translation-check-'));
	mkdirSync(join(root, 'content/docs/artikel'), { recursive: true });
	mkdirSync(join(root, 'content/docs/en/artikel'), { recursive: true });
	writeFileSync(join(root, 'content/docs/artikel/uji.mdx'), indonesian);
	// The listing page is not an article (the importer did not write it): it needs no translation.
	writeFileSync(join(root, 'content/docs/artikel/index.mdx'), '---\ntitle: Artikel\n---\n');
	if (englishPage !== undefined) writeFileSync(join(root, 'content/docs/en/artikel/uji.mdx'), englishPage);
	return { root, options: { articles: join(root, 'content/docs/artikel'), english: join(root, 'content/docs/en/artikel'), root } };
}
const check = (englishPage?: string) => checkTranslations(project(englishPage).options);

describe('textNumbers: the same figure in either language', () => {
	test('thousands, decimals, version numbers, dates and leading zeros', () => {
		expect(textNumbers('100.000 orang, 2,5 persen, Industri 4.0, 08/10/2025', 'id')).toEqual(['100000', '2.5', '4.0', '8', '10', '2025']);
		expect(textNumbers('100,000 people, 2.5 per cent, Industry 4.0, 8/10/2025', 'en')).toEqual(['100000', '2.5', '4.0', '8', '10', '2025']);
	});
	test('an English comma between items is not a thousands separator', () => {
		expect(textNumbers('articles 5,12 and 1,000', 'en')).toEqual(['5', '12', '1000']);
	});
});

describe('articleBlocks', () => {
	test('reads paragraphs with anchors, captions, headings and pull-quotes in order, with their lines', () => {
		const blocks = articleBlocks(indonesian);
		expect(blocks.map((block) => [block.kind, block.anchor, block.line])).toEqual([
			['paragraph', 'p-1', 10],
			['caption', undefined, 12],
			['heading', undefined, 14],
			['paragraph', 'p-2', 16],
			['pullquote', undefined, 18],
		]);
		expect(blocks[1]!.text).toBe('Suasana konferensi pers.');
		expect(blocks[4]!.text).toBe('Kutipan 3%.\nIbu X, Koordinator');
	});
});

describe('checkTranslations', () => {
	test('a faithful translation passes', () => {
		expect(check(english(englishBody))).toMatchObject({ errors: [], warnings: [], full: 1, summary: 0 });
	});
	test('an article without an English page fails, naming the file and the hash to record', () => {
		const { errors } = check();
		expect(errors).toEqual([expect.stringMatching(/^content\/docs\/artikel\/uji\.mdx:1: no English page: add content\/docs\/en\/artikel\/uji\.mdx/u)]);
		expect(errors[0]).toContain(sourceHashOf(indonesian));
	});
	test('a paragraph missing its anchor fails at the line where the blocks part', () => {
		const { errors } = check(english(englishBody.replace('id="p-2"', 'id="p-3"')));
		expect(errors).toEqual(['content/docs/en/artikel/uji.mdx:18: paragraph p-3 where content/docs/artikel/uji.mdx:16 has paragraph p-2']);
	});
	test('a dropped caption fails: the blocks no longer line up', () => {
		const { errors } = check(english(englishBody.replace(/<figure[^\n]*\n\n/u, '')));
		expect(errors[0]).toMatch(/^content\/docs\/en\/artikel\/uji\.mdx:14: heading where content\/docs\/artikel\/uji\.mdx:12 has caption$/u);
	});
	test('a translation that stops early fails', () => {
		const { errors } = check(english(englishBody.replace(/<PullQuote[^\n]*\n/u, '')));
		expect(errors).toEqual(['content/docs/en/artikel/uji.mdx:18: ends before pullquote of content/docs/artikel/uji.mdx:18']);
	});
	test('a number missing from a paragraph fails, naming it', () => {
		const { errors } = check(english(englishBody.replace('100,000', 'a hundred thousand')));
		expect(errors).toEqual(['content/docs/en/artikel/uji.mdx:12: paragraph p-1 lacks "100000" from content/docs/artikel/uji.mdx:10']);
	});
	test('a number missing from a pull-quote fails too', () => {
		const { errors } = check(english(englishBody.replace('Quote 3%.', 'Quote.')));
		expect(errors).toEqual(['content/docs/en/artikel/uji.mdx:20: pullquote lacks "3" from content/docs/artikel/uji.mdx:18']);
	});
	test('a summary passes without paragraphs, but may not hold any', () => {
		const summary = `  article: artikel/uji\n  kind: summary\n  sourceHash: ${sourceHashOf(indonesian)}\n`;
		expect(check(english('The article reports that 69 countries signed.\n', summary))).toMatchObject({ errors: [], full: 0, summary: 1 });
		expect(check(english(englishBody, summary)).errors[0]).toMatch(/uji\.mdx:12: a summary \(kind: summary\) has no article paragraphs/u);
	});
	test('a changed Indonesian page is reported, not failed', () => {
		const stale = `  article: artikel/uji\n  kind: full\n  sourceHash: ${'f'.repeat(64)}\n`;
		const result = check(english(englishBody, stale));
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([expect.stringMatching(/^content\/docs\/en\/artikel\/uji\.mdx:7: content\/docs\/artikel\/uji\.mdx changed since this was translated/u)]);
	});
	test('an editor’s note of the Indonesian page must be given in English', () => {
		const { root, options } = project(english(englishBody));
		writeFileSync(join(root, 'content/docs/artikel/uji.mdx'), indonesian.replace('article:\n', 'article:\n  editorNote: "Catatan."\n'));
		expect(checkTranslations(options).errors).toEqual([
			'content/docs/en/artikel/uji.mdx:4: content/docs/artikel/uji.mdx has an editorNote; give it in English as translationOf.editorNote',
		]);
	});
	test('bad frontmatter names the field and its line', () => {
		const wrong = `  article: artikel/lain\n  kind: full\n  sourceHash: ${sourceHashOf(indonesian)}\n`;
		expect(check(english(englishBody, wrong)).errors).toEqual([
			'content/docs/en/artikel/uji.mdx:5: translationOf.article is "artikel/lain"; this file translates artikel/uji',
		]);
		expect(check(english(englishBody, '  article: artikel/uji\n  kind: lengkap\n')).errors[0]).toMatch(/^content\/docs\/en\/artikel\/uji\.mdx:6: translationOf\.kind: /u);
	});
});

describe('compareArticleBlocks', () => {
	test('compares blocks in order, kind and anchor first', () => {
		const blocks = articleBlocks(indonesian);
		expect(compareArticleBlocks({ file: 'id', blocks }, { file: 'en', blocks: articleBlocks(english(englishBody)) })).toEqual([]);
		expect(compareArticleBlocks({ file: 'id', blocks }, { file: 'en', blocks: [] })[0]).toBe('en:1: ends before paragraph p-1 of id:10');
	});
});

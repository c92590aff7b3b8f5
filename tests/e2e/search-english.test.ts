// English queries on the English search page (/en/cari/): the English index holds the English translations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleBlocks } from '../../tooling/importer/article-blocks.ts';
import { useBuiltSite } from '../support/site.ts';
import { pathOf, settled, shownResults, typeQuery } from '../support/search-page.ts';

const site = useBuiltSite();

describe('English queries find the English article paragraphs', () => {
	// For each full English translation: two words in a row that only one paragraph of all the English articles prints
	// (past the first, which a result opens at the top of the page), searched as a phrase limited to articles, as a
	// journalist looking for the reports does, and with no filter at all.
	const translations = readdirSync('content/docs/en/artikel')
		.filter((file) => file !== 'index.mdx' && file.endsWith('.mdx'))
		.map((file) => ({ path: `/en/artikel/${file.slice(0, -'.mdx'.length)}/`, mdx: readFileSync(join('content/docs/en/artikel', file), 'utf8') }))
		.filter(({ mdx }) => /^ {2}kind: full$/mu.test(mdx))
		.map(({ path, mdx }) => ({ path, paragraphs: articleBlocks(mdx).filter((block) => block.kind === 'paragraph') }));
	const pairsOf = (text: string) => text.match(/\b[A-Za-z]{6,} [A-Za-z]{6,}\b/gu) ?? [];
	const everywhere = translations.flatMap(({ paragraphs }) => paragraphs.map((block) => block.text.toLowerCase()));
	const cases = translations.flatMap(({ path, paragraphs }) => {
		for (const block of paragraphs.slice(1)) {
			const pair = pairsOf(block.text).find((candidate) => everywhere.filter((text) => text.includes(candidate.toLowerCase())).length === 1);
			if (pair) return [[`"${pair}"`, path, block.anchor!] as const];
		}
		return [];
	});

	test('there are English translations to search', () => {
		expect(cases.length).toBe(translations.length);
	});

	test.each(cases.flatMap((entry) => ['article', ''].map((type) => [...entry, type] as const)))('%s (%s#%s), type "%s": the English paragraph among the first 3, opening at it', async (query, path, anchor, type) => {
		const { page, errors } = await site.open(type ? `/en/cari/?type=${type}` : '/en/cari/');
		await typeQuery(page, query);
		const results = await shownResults(page);
		expect(results.every((result) => pathOf(result.href).startsWith('/en/'))).toBe(true);
		const hit = results.slice(0, 3).find((result) => pathOf(result.href) === path && result.href.endsWith(`#${anchor}`));
		expect(hit, results.map((result) => result.href).join('\n')).toBeDefined();
		await page.locator(`.search-hit h2 a[href="${hit!.href}"]`).click();
		await page.waitForURL((url) => url.pathname === path && url.hash === `#${anchor}`);
		await page.locator(`#${anchor} mark.search-highlight`).first().waitFor();
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('an Indonesian query on the English search page', () => {
	test('is offered on the Indonesian search page, which finds the Indonesian original', async () => {
		const { page } = await site.open('/en/cari/');
		await typeQuery(page, 'ekstradisi');
		const offer = page.locator('.search-page__elsewhere a');
		await offer.waitFor();
		await offer.click();
		await page.waitForURL((url) => url.pathname === '/cari/' && url.searchParams.get('q') === 'ekstradisi');
		await settled(page);
		const results = await shownResults(page);
		expect(results.some((result) => /^\/artikel\/[^/]+\/$/u.test(pathOf(result.href)))).toBe(true);
		await page.close();
	});
});

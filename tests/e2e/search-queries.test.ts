// Queries a journalist would type on the search page (/cari/, /en/cari/), against the built site and its Pagefind index.
// The words searched for are taken from whatever the site holds (its open data, articles and people), so the checks
// hold for a new article as for today's.
import { describe, expect, test } from 'vitest';
import { asciiFold } from '../../src/utils/ascii-fold.ts';
import { formatDate } from '../../src/utils/dates.ts';
import { paragraphNumber } from '../../src/utils/paragraph-anchor.ts';
import type { QuoteRecord } from '../../src/utils/quote-export.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { contentArticles, uiString } from '../support/articles.ts';
import { pathOf, settled, shownResults, typeQuery } from '../support/search-page.ts';
import { builtQuotes } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const quotes = builtQuotes();
const articles = contentArticles();
const day = (iso: string) => formatDate(new Date(iso), 'id');
const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const paragraphsOf = (article: (typeof articles)[number]) => article.blocks.filter((block) => block.kind === 'paragraph');
const articleOf = (quote: QuoteRecord) => articles.find((article) => article.path === new URL(quote.article).pathname)!;

/**
 * Eight words from the middle of a direct quote printed in its paragraph, that no other quote and only that paragraph
 * of all the articles print: a phrase with one right answer.
 */
function quotePhrase(): { quote: QuoteRecord; phrase: string } {
	for (const quote of quotes.filter((candidate) => candidate.kind === 'direct')) {
		const all = words(quote.text);
		if (all.length < 14) continue;
		const phrase = all.slice(3, 11).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (quotes.filter((other) => other.text.includes(phrase)).length !== 1) continue;
		const holders = articles.flatMap((article) => paragraphsOf(article).filter((block) => block.text.includes(phrase)).map((block) => `${article.path}#${block.anchor}`));
		if (holders.length === 1 && holders[0] === `${new URL(quote.article).pathname}#${quote.paragraph}`) return { quote, phrase };
	}
	throw new Error('no direct quote of 14 words or more is printed, unique, in its article paragraph');
}

describe('a phrase from a quote', () => {
	const { quote, phrase } = quotePhrase();
	const article = articleOf(quote);
	const n = paragraphNumber(quote.paragraph);

	test(`finds only its article paragraph, and with the quote type the quote among the first results, with its speaker, outlet and date ("${phrase}")`, async () => {
		const { page, errors } = await site.open('/cari/');
		await typeQuery(page, `"${phrase}"`);
		// Each text is indexed once: the site's index holds the paragraph, the quotes' index the quote, which the page
		// offers to search: the type filter says quotes are left out, and a link runs the same words over them.
		expect((await shownResults(page)).map((result) => pathOf(result.href))).toEqual([article.path]);
		await expect(page.getByLabel('Jenis').locator('option:checked').textContent()).resolves.toBe(uiString('id', 'search.filter.allButQuotes'));
		await page.getByRole('link', { name: uiString('id', 'search.inQuotes') }).click();
		await page.waitForURL((url) => url.searchParams.get('type') === 'quote' && url.searchParams.get('q') === `"${phrase}"`);
		await settled(page);
		await expect(page.getByRole('link', { name: uiString('id', 'search.inQuotes') }).isVisible()).resolves.toBe(false);
		const results = await shownResults(page);
		const hit = results.slice(0, 3).find((result) => pathOf(result.href) === new URL(quote.url).pathname);
		expect(hit?.title).toContain(quote.speaker.name);
		expect(hit?.meta).toBe([uiString('id', 'search.type.quote'), quote.outlet, day(quote.date)].join(' · '));
		expect(hit?.marked.join(' ')).toContain(words(phrase).at(-1));
		expect(errors).toEqual([]);
		await page.close();
	});

	test('limited to articles, finds only the article that prints it, leads to the paragraph, with the phrase highlighted there', async () => {
		const { page } = await site.open(`/cari/?type=article&q=${encodeURIComponent(`"${phrase}"`)}`);
		await settled(page);
		const results = await shownResults(page);
		expect(results.map((result) => pathOf(result.href))).toEqual([article.path]);
		expect(results[0]!.meta).toBe([uiString('id', 'search.type.article'), article.outlet.name, day(article.published), `¶${n}`].join(' · '));
		await page.getByRole('link', { name: results[0]!.title }).click();
		await page.waitForURL((url) => url.pathname === article.path && url.hash === `#${quote.paragraph}`);
		const marks = page.locator(`#${quote.paragraph} mark.search-highlight`);
		await marks.first().waitFor();
		expect((await marks.allTextContents()).join(' ')).toContain(phrase);
		await expect(page.locator(`#${quote.paragraph}`).isVisible()).resolves.toBe(true);
		expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, quote.paragraph)).toBeLessThan(900);
		await page.close();
	});
});

describe('a name', () => {
	// Everyone quoted whose name the site also holds with Vietnamese diacritics.
	const people = readRecords('content/people', personSchema()).records.filter(
		([id, person]) => person.nativeName && person.nativeName !== person.name && quotes.some((quote) => quote.speaker.id === id),
	);

	test.each(people)('with diacritics finds what it finds without them and in lower case, the person first (%s)', async (id, person) => {
		const { page } = await site.open('/cari/');
		const found: string[][] = [];
		for (const written of [asciiFold(person.nativeName!).toLowerCase(), person.nativeName!]) {
			await typeQuery(page, written);
			const results = await shownResults(page);
			expect(pathOf(results[0]!.href), written).toBe(`/tokoh/${id}/`);
			expect(results[0]!.meta, written).toBe(uiString('id', 'search.type.person'));
			found.push(results.map((result) => pathOf(result.href)));
		}
		// The articles spell the name without diacritics: written as Vietnamese writes it, it still finds them.
		expect(found[1], person.nativeName).toEqual(found[0]);
		await page.close();
	});
});

describe('numbers as written', () => {
	// A figure written with Indonesian thousands points that exactly one article paragraph gives.
	const figures = articles.flatMap((article) =>
		paragraphsOf(article).flatMap((block) => (block.text.match(/\b\d{1,3}(?:\.\d{3})+\b/gu) ?? []).map((figure) => ({ figure, at: `${article.path}#${block.anchor}` }))),
	);
	const unique = figures.find(({ figure }) => new Set(figures.filter((other) => other.figure === figure).map((other) => other.at)).size === 1);

	test(`a figure such as "${unique?.figure}" finds the paragraph that gives it`, async () => {
		expect(unique).toBeDefined();
		const [path, anchor] = unique!.at.split('#');
		const { page } = await site.open('/cari/?type=article');
		await typeQuery(page, unique!.figure);
		const results = await shownResults(page);
		expect(results[0]!.href).toMatch(new RegExp(`^${path}\\?.*#${anchor}$`, 'u'));
		expect(results[0]!.marked).toContain(unique!.figure);
		await page.close();
	});
});

describe('the outlet filter', () => {
	// A word of at least seven letters that articles of two or more outlets print, and one of those outlets.
	const wordsOf = (article: (typeof articles)[number]) => new Set(paragraphsOf(article).flatMap((block) => block.text.toLowerCase().match(/\p{L}{7,}/gu) ?? []));
	const outletsOf = (word: string) => new Set(articles.filter((article) => wordsOf(article).has(word)).map((article) => article.outlet.id));
	const shared = [...new Set(articles.flatMap((article) => [...wordsOf(article)]))].sort().find((word) => outletsOf(word).size > 1)!;
	const outlet = articles.find((article) => wordsOf(article).has(shared))!.outlet;
	const theirs = articles.filter((article) => article.outlet.id === outlet.id);

	test(`keeps only that outlet’s articles (quotes are searched with the quote type), keeps it in the address, and says how many ("${shared}", ${outlet.name})`, async () => {
		const { page } = await site.open('/cari/');
		await typeQuery(page, shared);
		const all = await shownResults(page);
		// The reader chooses the outlet by its name; the address keeps its id.
		const filter = page.getByLabel(uiString('id', 'search.filter.outlet'));
		await filter.selectOption(outlet.id);
		expect(await filter.locator('option:checked').textContent()).toMatch(/ \(\d+\)$/u);
		expect((await filter.locator('option:checked').textContent())?.replace(/ \(\d+\)$/u, '')).toBe(outlet.name);
		await page.waitForURL((url) => url.searchParams.get('outlet') === outlet.id && url.searchParams.get('q') === shared);
		await settled(page);
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(0);
		expect(results.length).toBeLessThan(all.length);
		const metas = theirs.map((article) => `${uiString('id', 'search.type.article')} · ${outlet.name} · ${day(article.published)}`);
		for (const result of results) expect(metas.some((meta) => result.meta.startsWith(meta)), result.meta).toBe(true);
		expect(results.map((result) => pathOf(result.href))).toEqual(expect.arrayContaining(theirs.filter((article) => wordsOf(article).has(shared)).map((article) => article.path)));
		await expect(page.getByRole('status').first().textContent()).resolves.toBe(uiString('id', results.length === 1 ? 'search.results.one' : 'search.results.many', { count: String(results.length) }));
		await page.close();
	});
});

describe('English', () => {
	test('a query from /en/ finds English pages first and lands on the section, highlighted', async () => {
		const { page, errors } = await site.open('/en/cari/');
		await typeQuery(page, 'how many countries signed');
		const results = await shownResults(page);
		expect(results.slice(0, 3).every((result) => pathOf(result.href).startsWith('/en/') && !result.meta.includes('Indonesian text'))).toBe(true);
		// The first result opens at the section that answers, whichever English page holds it.
		const first = new URL(results[0]!.href, 'http://x');
		expect(first.hash).not.toBe('');
		await page.locator('.search-hit h2 a').first().click();
		await page.waitForURL((url) => url.pathname === first.pathname && url.hash === first.hash);
		await page.locator('main mark.search-highlight').first().waitFor();
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('stemming (Indonesian)', () => {
	test('"menandatangani" also finds "penandatanganan", and marks the form found', async () => {
		const { page } = await site.open('/cari/');
		await typeQuery(page, 'menandatangani');
		const marked = (await shownResults(page)).flatMap((result) => result.marked.map((word) => word.toLowerCase().replace(/\W+$/, '')));
		expect(marked).toContain('penandatanganan');
		expect(marked).toContain('menandatangani');
		await page.close();
	});
});

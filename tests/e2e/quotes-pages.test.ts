import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '../../src/utils/dates.ts';
import { paragraphNumber } from '../../src/utils/paragraph-anchor.ts';
import type { QuoteRecord } from '../../src/utils/quote-export.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { contentArticles, uiString } from '../support/articles.ts';
import { builtQuotes, siteDist } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

// What a journalist does with quotes, in headless Chromium against the built site.
const site = useBuiltSite();
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
});
afterAll(async () => context?.close());

const articles = contentArticles();
const exported = builtQuotes();
const visible = (page: Page) => page.locator('.quote-index [data-quote]:visible');

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.goto(site.url(path));
	return { page, errors };
}

const perPage = 50;
const firstPage = exported.slice(0, perPage);
/** The Indonesian words of the cards shown (on English pages our translation stands above them). */
const texts = (page: Page) => visible(page).locator('blockquote.quote-card__words').allTextContents();

/**
 * A speaker quoted more than once, as few of them as possible among the newest 50 (none, today), so the filtered list
 * shows cards only the open data holds; their newest quote is plain (no printed title, no fact-check note), for the
 * exact citation below. Chosen from whatever quotes the build has.
 */
function speakerBeyondFirstPage(): QuoteRecord[] {
	const bySpeaker = Map.groupBy(exported, (quote) => quote.speaker.id);
	const onFirstPage = (quotes: QuoteRecord[]) => quotes.filter((quote) => firstPage.includes(quote)).length;
	const fits = [...bySpeaker.values()].filter(
		(quotes) => quotes.length > 1 && onFirstPage(quotes) < quotes.length && quotes[0]!.role && !quotes[0]!.printedTitle && quotes[0]!.factChecks.length === 0,
	);
	return fits.sort((a, b) => onFirstPage(a) - onFirstPage(b))[0] ?? [];
}

describe('the quotes page', () => {
	test('shows the newest 50 quotes; filtering to one speaker by keyboard shows all of theirs, from any page, and copying a citation puts a ready citation on the clipboard', async () => {
		expect(exported.length).toBeGreaterThan(perPage);
		const { page, errors } = await open('/kutipan/');
		await expect(texts(page)).resolves.toEqual(firstPage.map((quote) => quote.text));
		await expect(page.locator('.quote-filters__count').textContent()).resolves.toBe(`${perPage} dari ${exported.length} kutipan ditampilkan`);
		const theirs = speakerBeyondFirstPage();
		expect(theirs.length).toBeGreaterThan(1);
		const { id, name } = theirs[0]!.speaker;
		const speaker = page.getByLabel('Tokoh', { exact: true });
		await speaker.focus();
		await speaker.selectOption({ label: name });
		await expect.poll(() => page.locator('.quote-filters__count').textContent()).toBe(`${theirs.length} dari ${exported.length} kutipan ditampilkan`);
		await expect(texts(page)).resolves.toEqual(theirs.map((quote) => quote.text));
		await expect(page.getByRole('navigation', { name: 'Halaman daftar kutipan' }).isVisible()).resolves.toBe(false);
		expect(page.url()).toMatch(new RegExp(`\\?speaker=${id}$`, 'u'));
		for (const shown of await visible(page).locator('figcaption a').allTextContents()) expect(shown).toBe(name);

		const first = theirs[0]!;
		const paragraph = paragraphNumber(first.paragraph);
		const card = page.locator(`[id="${first.id}"]`);
		await expect(card.locator('.quote-card__role').textContent()).resolves.toBe(first.role);
		await expect(card.getByRole('link', { name: 'Tautan permanen' }).getAttribute('href')).resolves.toBe(new URL(first.url).pathname);
		await expect(card.getByRole('link', { name }).getAttribute('href')).resolves.toBe(`/tokoh/${id}/`);
		await expect(card.getByRole('link', { name: `Paragraf ${paragraph} di artikel` }).getAttribute('href')).resolves.toBe(`${new URL(first.article).pathname}#${first.paragraph}`);
		const copy = card.getByRole('button', { name: 'Salin sitasi' });
		await copy.focus();
		await page.keyboard.press('Enter');
		await card.getByRole('status').filter({ hasText: 'Sitasi tersalin' }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const paragraphUrl = `${first.article}#${first.paragraph}`;
		const day = formatDate(new Date(first.date), 'id');
		const said = first.kind === 'direct' ? `dikutip ${first.outlet}, ${day}` : `menurut laporan ${first.outlet} (parafrase), ${day}`;
		const words = first.kind === 'direct' ? `"${first.text}"` : first.text;
		expect(copied).toBe(
			`${name} (${first.role}), ${said}, dalam terjemahan ${first.translatedBy} ke bahasa Indonesia atas laporan berbahasa Vietnam: ${words} ${paragraphUrl} (paragraf ${paragraph}; asli berbahasa Vietnam: ${first.sourceUrl})`,
		);

		await page.getByRole('button', { name: 'Hapus saringan' }).click();
		await expect(texts(page)).resolves.toEqual(firstPage.map((quote) => quote.text));
		await expect(page.getByRole('navigation', { name: 'Halaman daftar kutipan' }).isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('more matches than a page: the first 50 are shown, and a button shows the rest, with the count announced', async () => {
		const { page, errors } = await open('/kutipan/?kind=direct');
		const direct = exported.filter((quote) => quote.kind === 'direct');
		expect(direct.length).toBeGreaterThan(perPage);
		const rest = direct.length - perPage;
		await expect.poll(() => page.locator('.quote-filters__count').textContent()).toBe(`${perPage} dari ${direct.length} kutipan yang cocok ditampilkan`);
		await expect(texts(page)).resolves.toEqual(direct.slice(0, perPage).map((quote) => quote.text));
		await page.getByRole('button', { name: `Tampilkan ${rest} kutipan berikutnya` }).click();
		await expect(texts(page)).resolves.toEqual(direct.map((quote) => quote.text));
		await expect(page.locator('.quote-filters__count').textContent()).resolves.toBe(`${direct.length} dari ${exported.length} kutipan ditampilkan`);
		await expect(page.locator('.quote-filters__more').isVisible()).resolves.toBe(false);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a shared filtered address opens filtered; on the English page the citation is in English', async () => {
		// The outlet of the oldest quote, so the filtered list is not simply the newest page.
		const outletId = exported.at(-1)!.outletId;
		const { page } = await open(`/en/kutipan/?outlet=${outletId}`);
		const ofOutlet = exported.filter((quote) => quote.outletId === outletId);
		await expect.poll(() => texts(page)).toEqual(ofOutlet.slice(0, perPage).map((quote) => quote.text));
		await expect(page.getByLabel('Outlet', { exact: true }).inputValue()).resolves.toBe(outletId);
		// The cards the filter builds lead with our English, the speaker's title in English, the date in English.
		const card = visible(page).first();
		await expect(card.locator('blockquote.quote-card__english').textContent()).resolves.toBe(ofOutlet[0]!.textEn);
		await expect(card.locator('blockquote.quote-card__words').getAttribute('lang')).resolves.toBe('id');
		await expect(card.locator('.quote-card__role').textContent()).resolves.toBe(ofOutlet[0]!.roleEn);
		await expect(card.locator('.quote-card__source time').textContent()).resolves.toBe(new Date(ofOutlet[0]!.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
		await visible(page).first().getByRole('button', { name: 'Copy citation' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const first = ofOutlet[0]!;
		const day = formatDate(new Date(first.date), 'en');
		const said = first.kind === 'direct' ? `quoted by ${first.outlet}, ${day}` : `as reported (paraphrase) by ${first.outlet}, ${day}`;
		const words = (text: string) => (first.kind === 'direct' ? `"${text}"` : text);
		expect(copied).toContain(`${first.speaker.name} (${first.roleEn}`);
		expect(copied).toContain(`, ${said}. Indonesian text (Vietnam.vn's translation of the Vietnamese report; the citable original): ${words(first.text)}`);
		expect(copied).toContain(`Our unofficial English translation: ${words(first.textEn)}`);
		expect(copied).toContain(`${first.article}#${first.paragraph} (paragraph ${paragraphNumber(first.paragraph)}; Vietnamese original: ${first.sourceUrl})`);
		await expect(visible(page).first().getByRole('link', { name: 'Permalink' }).getAttribute('href')).resolves.toBe(`/en${new URL(ofOutlet[0]!.url).pathname}`);
		await page.close();
	});

	test('without JavaScript it is a plain list, newest first, whose page links lead through every quote, with no dead filter controls', async () => {
		const plain = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await plain.newPage();
		await page.goto(site.url('/kutipan/'));
		await expect(page.locator('.quote-filters').isVisible()).resolves.toBe(false);
		// …and leave no gap: their place is kept only when scripts run (to avoid a layout shift there).
		await expect(page.locator('.quote-filters').boundingBox()).resolves.toBeNull();
		const seen = await texts(page);
		await page.getByRole('link', { name: 'Lebih lama →' }).click();
		await page.waitForURL('**/kutipan/halaman/2/');
		seen.push(...(await texts(page)));
		await expect(page.getByRole('link', { name: 'Lebih lama →' }).count()).resolves.toBe(0);
		await expect(page.getByRole('link', { name: '← Lebih baru' }).getAttribute('href')).resolves.toBe('/kutipan/');
		expect(seen).toEqual(exported.map((quote) => quote.text));
		// Kept out of the search index, like the article listing pages: each quote is its own result.
		await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
		await plain.close();
	});
});

describe('permalinks and person pages', () => {
	/** Where a quote stands in the plain list: the listing page that shows it. */
	const listingOf = (quote: QuoteRecord) => {
		const n = Math.floor(exported.indexOf(quote) / perPage) + 1;
		return n === 1 ? '/kutipan/' : `/kutipan/halaman/${n}/`;
	};
	// A direct quote printed in its paragraph (not in a pull-quote beside it), as far down the list as there is one.
	const inParagraph = (quote: QuoteRecord) =>
		articles.find((article) => article.path === new URL(quote.article).pathname)?.blocks.some((block) => block.anchor === quote.paragraph && block.text.includes(quote.text));
	const permalinked = exported.filter((quote) => quote.kind === 'direct' && inParagraph(quote)).at(-1)!;

	test(`a quote's permalink in the list lands on that quote, and its own page links to the article paragraph (${permalinked.id})`, async () => {
		const quote = permalinked;
		const { page } = await open(`${listingOf(quote)}#${quote.id}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(quote.id);
		await expect(page.locator(':target blockquote.quote-card__words').textContent()).resolves.toBe(quote.text);
		await page.locator(':target').getByRole('link', { name: 'Tautan permanen' }).click();
		await page.waitForURL(new URL(quote.url).pathname.replace(/^/u, '**'));
		await expect(page.locator('main blockquote.quote-card__words').textContent()).resolves.toBe(quote.text);
		await page.getByRole('link', { name: `Paragraf ${paragraphNumber(quote.paragraph)} di artikel` }).click();
		await page.waitForURL(`**#${quote.paragraph}`);
		await expect(page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).resolves.toContain(quote.text);
		await page.close();
	});

	const people = new Map(readRecords('content/people', personSchema()).records);
	const quoted = [...new Set(exported.map((quote) => quote.speaker.id))];

	test.each(quoted)('/tokoh/%s/ shows their other written names, roles with dates and sources, their latest quotes and the articles naming them', async (id) => {
		const person = people.get(id)!;
		const theirs = exported.filter((quote) => quote.speaker.id === id);
		const { page, errors } = await open(`/tokoh/${id}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(person.name);
		const main = await page.locator('main').innerText();
		for (const form of [person.nativeName, ...person.aliases].filter((form) => form && form !== person.name)) expect(main).toContain(form);
		const roles = await page.locator('main ul').first().locator('li').allInnerTexts();
		expect(roles).toHaveLength(person.roles.length);
		person.roles.forEach((role, index) => {
			expect(roles[index]).toContain(role.title.id);
			const stated = role.source.startsWith('artikel/') && !role.from && articles.find((article) => `artikel/${article.slug}` === role.source.split('#')[0]);
			if (stated) expect(roles[index]).toContain(`(${uiString('id', 'person.statedOn', { date: formatDate(new Date(stated.published), 'id') })})`);
		});
		await expect(page.locator('main .quote-card blockquote.quote-card__words').allTextContents()).resolves.toEqual(theirs.slice(0, 20).map((quote) => quote.text));
		for (const article of articles.filter((article) => article.people.includes(id)).slice(0, 20)) {
			await expect(page.getByRole('link', { name: article.title, exact: true }).count(), article.title).resolves.toBe(1);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the person quoted most: their latest 20 quotes, and past 20 a link to all of them on the filtered quotes page', async () => {
		const [id, count] = [...Map.groupBy(exported, (quote) => quote.speaker.id)].map(([speaker, quotes]) => [speaker, quotes.length] as const).toSorted((a, b) => b[1] - a[1])[0]!;
		const theirs = exported.filter((quote) => quote.speaker.id === id);
		const name = theirs[0]!.speaker.name;
		const { page, errors } = await open(`/tokoh/${id}/`);
		await expect(page.locator('main .quote-card blockquote.quote-card__words').allTextContents()).resolves.toEqual(theirs.slice(0, 20).map((quote) => quote.text));
		const all = page.getByRole('link', { name: uiString('id', 'person.allQuotes', { count: String(count), name }) });
		if (count <= 20) {
			await expect(all.count()).resolves.toBe(0);
		} else {
			await all.click();
			await page.waitForURL(`**/kutipan/?speaker=${id}`);
			await expect(page.getByLabel('Tokoh', { exact: true }).inputValue()).resolves.toBe(id);
			await expect.poll(() => page.locator('.quote-filters__count').textContent()).toBe(`${Math.min(perPage, count)} dari ${count} kutipan yang cocok ditampilkan`);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the people index links every person quoted to their page', async () => {
		const { page } = await open('/tokoh/');
		const speakers = [...new Set(exported.map((quote) => quote.speaker.name))];
		for (const name of speakers) await expect(page.locator('main').getByRole('link', { name, exact: true }).count(), name).resolves.toBe(1);
		await page.close();
	});

	/** Up to this many of an article's quotes are shown open at its end; more are folded (ArticleQuotes.astro). */
	const openLimit = 12;

	test.each(articles.map((article) => [article.path, article] as const))('%s ends with its quotes as pull-quotes, each linking back to its paragraph, folded when there are many', async (_, article) => {
		const here = exported.filter((quote) => new URL(quote.article).pathname === article.path);
		const { page } = await open(article.path);
		const section = page.locator('.article-quotes');
		if (here.length === 0) {
			await expect(section.count()).resolves.toBe(0);
			return page.close();
		}
		await expect(section.getByRole('heading', { name: uiString('id', 'quotes.inArticle') }).count()).resolves.toBe(1);
		const cards = section.locator('.quote-card');
		await expect(cards.count()).resolves.toBe(here.length);
		await expect(cards.first().isVisible()).resolves.toBe(here.length <= openLimit);
		if (here.length > openLimit) {
			await page.getByText(uiString('id', 'quotes.showAll', { count: String(here.length) })).click();
			await expect(cards.first().isVisible()).resolves.toBe(true);
		}
		await expect(section.getByRole('link', { name: /^Paragraf \d+ di artikel$/u }).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash))).resolves.toEqual(
			here.map((quote) => `#${quote.paragraph}`),
		);
		await page.close();
	});
});

test('the open data: every quote with the documented fields, stable ids as permalinks, and the same rows as CSV', () => {
	for (const quote of exported) {
		expect(Object.keys(quote)).toEqual([
			'id',
			'text',
			'kind',
			'speaker',
			'role',
			'outlet',
			'date',
			'article',
			'paragraph',
			'url',
			'tags',
			'roleEn',
			'outletId',
			'organisation',
			'textEn',
			'printedTitle',
			'sourceUrl',
			'translatedBy',
			'factChecks',
		]);
		expect(quote.url).toMatch(new RegExp(`/kutipan/${quote.id}/$`, 'u'));
		expect(quote.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(['direct', 'reported']).toContain(quote.kind);
	}
	const csv = readFileSync(join(siteDist, 'data/quotes.csv'), 'utf8');
	expect(csv.trimEnd().split('\r\n')).toHaveLength(exported.length + 1);
});

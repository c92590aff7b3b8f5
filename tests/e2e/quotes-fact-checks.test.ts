import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { QuoteRecord } from '../../src/utils/quote-export.ts';
import { normalizeWhitespace } from '../../tooling/quotes/quote-text.ts';
import { builtQuotes, siteDist } from '../support/site-dist.ts';
import { useBuiltSite } from '../support/site.ts';

// An editor's fact-check note goes wherever its words appear: beside each article paragraph it names, and with each
// quote that carries it on the quote's page, its card in the listing and on the person page, the copied citation,
// the cards the filters build, and the open data. Walks every note and quote there is.
interface FactCheck {
	paragraphs: string[];
	note: { id: string; en: string };
}
const notes = readdirSync('content/fact-checks')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ id: name.replace(/\.yaml$/u, ''), ...(parse(readFileSync(join('content/fact-checks', name), 'utf8')) as FactCheck) }));
const exported = builtQuotes();
const checked = exported.filter((quote) => quote.factChecks.length > 0);
/** Quotes per listing page (/kutipan/, /kutipan/halaman/<n>/). */
const quotesPerPage = 50;
const csv = readFileSync(join(siteDist, 'data/quotes.csv'), 'utf8');
const note = (id: string) => notes.find((entry) => entry.id === id)!;
const html = (path: string): HTMLElement => parseHtml(readFileSync(join(siteDist, path, 'index.html'), 'utf8'));
const text = (element: HTMLElement | null | undefined) => normalizeWhitespace(element?.textContent ?? '');
const localized = (path: string, locale: 'id' | 'en') => (locale === 'en' ? `en/${path}` : path);
const pathOf = (url: string) => new URL(url).pathname.replace(/^\/|\/$/gu, '');
/** The card of a quote on a built page, by the quote's permalink. */
const cardOn = (page: HTMLElement, quote: QuoteRecord, locale: 'id' | 'en') =>
	page.querySelectorAll('.quote-card').find((card) => card.querySelector('.quote-card__permalink')?.getAttribute('href') === `/${localized(pathOf(quote.url), locale)}/`);

test('there are notes, and every quote naming one is in the open data with it', () => {
	expect(notes.length).toBeGreaterThan(0);
	// Otherwise the per-quote tests below would be an empty loop.
	expect(checked.length).toBeGreaterThan(0);
	for (const quote of checked) for (const check of quote.factChecks) expect(check.note).toBe(normalizeWhitespace(note(check.id).note.id));
});

test('a quote carries only notes on its own paragraph, so the note beside the paragraph and on the quote agree', () => {
	for (const quote of checked) {
		const key = `${pathOf(quote.article)}#${quote.paragraph}`;
		for (const check of quote.factChecks) expect(note(check.id).paragraphs, `${quote.id} → ${check.id}`).toContain(key);
	}
});

describe.each(notes)('fact-check $id', (entry) => {
	test.each(['id', 'en'] as const)('stands right after each paragraph it names (%s)', (locale) => {
		for (const key of entry.paragraphs) {
			const [article, anchor] = key.split('#');
			const paragraph = html(localized(article!, locale)).querySelector(`#${anchor}`);
			expect(paragraph, key).not.toBeNull();
			const aside = paragraph!.nextElementSibling;
			expect(aside?.classList.contains('fact-check'), key).toBe(true);
			// An English article page not translated yet still gives the note in English.
			expect(text(aside)).toContain(normalizeWhitespace(entry.note[locale]));
		}
	});
});

describe.each(checked.map((quote) => [quote.id, quote] as const))('%s', (_, quote) => {
	const words = normalizeWhitespace(quote.text);
	test.each(['id', 'en'] as const)('its page, its listing card and its person-page card show the note (%s)', (locale) => {
		const index = exported.indexOf(quote);
		const listing = Math.floor(index / quotesPerPage) + 1;
		const surfaces = [
			html(localized(pathOf(quote.url), locale)).querySelector('main .quote-card'),
			cardOn(html(localized(listing === 1 ? 'kutipan' : `kutipan/halaman/${listing}`, locale)), quote, locale),
		];
		// A person page shows their latest 20 quotes.
		const theirs = exported.filter((other) => other.speaker.id === quote.speaker.id);
		if (theirs.indexOf(quote) < 20) surfaces.push(cardOn(html(localized(`tokoh/${quote.speaker.id}`, locale)), quote, locale));
		for (const card of surfaces) {
			expect(card, locale).toBeTruthy();
			expect(text(card?.querySelector('.quote-card__words'))).toBe(words);
			for (const check of quote.factChecks) {
				expect(text(card?.querySelector('.fact-check'))).toContain(normalizeWhitespace(locale === 'en' ? check.noteEn : check.note));
				const links = (card?.querySelectorAll('.fact-check a') ?? []).map((link) => link.getAttribute('href'));
				// A reference links to its page; an article paragraph to its page on this site.
				for (const source of check.sources) expect(links.some((href) => href === source.url || href === `${new URL(source.url).pathname}${new URL(source.url).hash}`), source.url).toBe(true);
			}
		}
	});
	test('its CSV row carries the note in both languages and its sources', () => {
		const row = csv.split('\r\n').find((line) => line.startsWith(`${quote.id},`))!;
		for (const check of quote.factChecks) {
			// A CSV field doubles the quotation marks inside it.
			expect(row).toContain(check.note.replaceAll('"', '""'));
			expect(row).toContain(check.noteEn.replaceAll('"', '""'));
			for (const source of check.sources) expect(row).toContain(source.url);
		}
	});
});

describe.each(['id', 'en'] as const)('in the browser (%s)', (locale) => {
	const site = useBuiltSite();
	let context: BrowserContext;
	beforeAll(async () => {
		context = await site.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
	});
	afterAll(async () => context?.close());
	test.each(checked.map((quote) => [quote.id, quote] as const))('%s: the copied citation and the card the filters build carry each note', async (_, quote) => {
		const page = await context.newPage();
		const notesHere = quote.factChecks.map((check) => (locale === 'en' ? check.noteEn : check.note));
		await page.goto(site.url(`/${localized(pathOf(quote.url), locale)}/`));
		await page.locator('main .quote-card__copy').click();
		await page.locator('main .quote-card__status').filter({ hasText: /\S/u }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		for (const words of notesHere) expect(copied).toContain(normalizeWhitespace(words));
		// Filtered to the speaker, date and kind, the list is built from the open data by the page's script.
		await page.goto(site.url(`/${localized('kutipan', locale)}/?speaker=${quote.speaker.id}&date=${quote.date}&kind=${quote.kind}`));
		const card = page.locator(`.quote-index [id="${quote.id}"]`);
		await card.waitFor();
		for (const words of notesHere) await expect(card.locator('.fact-check').filter({ hasText: words }).count()).resolves.toBe(1);
		await page.close();
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { normalizeWhitespace } from '../../tooling/quotes/quote-text.ts';
import { builtQuotes, siteDist } from '../support/site-dist.ts';

// Every quote has our English translation, shown first on English pages and labelled as ours, with the Indonesian
// words (the citable original) after it in lang="id"; Indonesian pages show only the Indonesian. Walks every quote.
const exported = builtQuotes();
const html = (path: string): HTMLElement => parseHtml(readFileSync(join(siteDist, path, 'index.html'), 'utf8'));
const text = (element: HTMLElement | null | undefined) => normalizeWhitespace(element?.textContent ?? '');
const en = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>;

/** What an English card shows, in document order: our translation, its label, the Indonesian original. */
function englishCard(card: HTMLElement | null | undefined) {
	const english = card?.querySelector('blockquote.quote-card__english');
	const original = card?.querySelector('blockquote.quote-card__words');
	const parts = card?.querySelectorAll('blockquote, .quote-card__label') ?? [];
	return { english, original, order: parts.map((part) => part.classNames), labels: card?.querySelectorAll('.quote-card__label').map(text) ?? [] };
}

test('the open data carries an English translation for every quote, as its own field', () => {
	expect(exported.length).toBeGreaterThan(0);
	for (const quote of exported) expect(quote.textEn.trim().length, quote.id).toBeGreaterThan(0);
});

describe.each(exported.map((quote) => [quote.id, quote] as const))('%s', (_, quote) => {
	const path = new URL(quote.url).pathname.replace(/^\/|\/$/gu, '');
	test('its English page shows our translation first, labelled, then the Indonesian original in lang="id"', () => {
		const card = englishCard(html(`en/${path}`).querySelector('main .quote-card'));
		expect(card.english?.getAttribute('lang')).toBe('en');
		expect(text(card.english)).toBe(normalizeWhitespace(quote.textEn));
		expect(card.original?.getAttribute('lang')).toBe('id');
		expect(text(card.original)).toBe(normalizeWhitespace(quote.text));
		expect(card.order[0]).toContain('quote-card__english');
		expect(card.order.at(-1)).toContain('quote-card__words');
		expect(card.labels[0]).toBe(en['quotes.english']);
	});
	test('its Indonesian page shows only the Indonesian words', () => {
		const card = html(path).querySelector('main .quote-card');
		expect(card?.querySelector('.quote-card__english')).toBeNull();
		expect(text(card?.querySelector('blockquote.quote-card__words'))).toBe(normalizeWhitespace(quote.text));
	});
});

test('on the English quotes list every card leads with our translation', () => {
	const cards = html('en/kutipan').querySelectorAll('.quote-index .quote-card');
	expect(cards.length).toBeGreaterThan(0);
	for (const card of cards) {
		const record = exported.find((quote) => quote.id === card.id)!;
		expect(text(englishCard(card).english)).toBe(normalizeWhitespace(record.textEn));
	}
});

import { describe, expect, test } from 'vitest';
import { listingPageId, paginate } from '../../src/utils/listing-pages.ts';
import { isLongQuote, quoteCardView } from '../../src/utils/quote-card-view.ts';
import { matchesQuoteFilters, quoteFilterValues } from '../../src/utils/quote-filter.ts';
import { quoteRecord } from '../support/fixtures.ts';

// The quotes listing at scale: pages of a fixed size, and the filters the page's script applies to the open data.

describe('quotes listing pages', () => {
	const quotes = Array.from({ length: 10_005 }, (_, index) => `q${index}`);
	test('10,005 quotes split 50 a page into 201 pages, every quote on exactly one page, in order', () => {
		const { pages } = paginate(quotes, 1, 50);
		expect(pages).toBe(201);
		const split = Array.from({ length: pages }, (_, index) => paginate(quotes, index + 1, 50).items);
		expect(split.every((items, index) => items.length === (index < pages - 1 ? 50 : 5))).toBe(true);
		expect(split.flat()).toEqual(quotes);
		expect(paginate(quotes, pages + 1, 50)).toEqual({ items: [], pages });
	});
	test('page 1 is /kutipan/ itself; later pages live under halaman/, in both languages', () => {
		expect(listingPageId(1, 'id', 'kutipan')).toBe('kutipan');
		expect(listingPageId(2, 'id', 'kutipan')).toBe('kutipan/halaman/2');
		expect(listingPageId(7, 'en', 'kutipan')).toBe('en/kutipan/halaman/7');
	});
});

describe('filtering the open data in the browser', () => {
	test('a quote matches when every chosen filter agrees; empty choices match all', () => {
		const quote = quoteRecord();
		expect(quoteFilterValues(quote)).toEqual({ speaker: 'le-xuan-minh', organisation: 'bo-cong-an', outlet: 'tin-tuc', date: '2025-10-08', kind: 'direct' });
		expect(matchesQuoteFilters(quote, {})).toBe(true);
		expect(matchesQuoteFilters(quote, { speaker: 'le-xuan-minh', outlet: 'tin-tuc', kind: '' })).toBe(true);
		expect(matchesQuoteFilters(quote, { speaker: 'le-xuan-minh', kind: 'reported' })).toBe(false);
		expect(matchesQuoteFilters(quoteRecord({ organisation: null }), { organisation: 'bo-cong-an' })).toBe(false);
	});
	test('a card built from a record links under the site base and cites like the server-rendered card', () => {
		const id = quoteCardView(quoteRecord(), 'id', '/sub/');
		expect(id.links).toEqual({ person: '/sub/tokoh/le-xuan-minh/', permalink: '/sub/kutipan/q1/', paragraph: '/sub/artikel/a/#p-9' });
		expect(id.text).toBe('Ya, <b>benar</b> & "tidak"');
		expect(id.dateLabel).toBe('8 Oktober 2025');
		expect(id.textEn).toBeUndefined();
		expect(id.citation).toBe(
			'Le Xuan Minh (Direktur), dikutip Báo Tin Tức, 8 Oktober 2025, dalam terjemahan Vietnam.vn ke bahasa Indonesia atas laporan berbahasa Vietnam: "Ya, <b>benar</b> & "tidak"" https://contoh.id/sub/artikel/a/#p-9 (paragraf 9; asli berbahasa Vietnam: https://baotintuc.vn/a.htm)',
		);
		const en = quoteCardView(quoteRecord({ kind: 'reported' }), 'en', '/sub/');
		expect(en.links.permalink).toBe('/sub/en/kutipan/q1/');
		expect(en.role).toBe('Director');
		expect(en.textEn).toBe('Yes, <b>true</b> & "not"');
		expect(en.citation).toBe(
			`Le Xuan Minh (Director), as reported (paraphrase) by Báo Tin Tức, 8 October 2025. Indonesian text (Vietnam.vn's translation of the Vietnamese report; the citable original): Ya, <b>benar</b> & "tidak" Our unofficial English translation: Yes, <b>true</b> & "not" https://contoh.id/sub/artikel/a/#p-9 (paragraph 9; Vietnamese original: https://baotintuc.vn/a.htm)`,
		);
	});
	test('a card built from a record carries its fact-check notes and printed title, in the reader\'s language, into the citation', () => {
		const checked = quoteRecord({
			printedTitle: 'Koordinator Tetap',
			factChecks: [{ id: 'x', note: 'Tidak benar.', noteEn: 'Not true.', sources: [{ url: 'https://unis.example/a.html', title: 'UNIS' }] }],
		});
		const en = quoteCardView(checked, 'en', '/');
		expect(en.printedTitle).toBe('Koordinator Tetap');
		expect(en.factChecks).toEqual([{ note: 'Not true.', sources: [{ href: 'https://unis.example/a.html', title: 'UNIS' }] }]);
		expect(en.citation).toMatch(/Fact-check note: Not true\. \(https:\/\/unis\.example\/a\.html\)$/u);
		expect(quoteCardView(checked, 'id', '/').citation).toMatch(/Catatan cek fakta redaksi: Tidak benar\. \(https:\/\/unis\.example\/a\.html\)$/u);
	});
	test('long quotes are set smaller', () => {
		expect(isLongQuote('x'.repeat(280))).toBe(false);
		expect(isLongQuote('x'.repeat(281))).toBe(true);
	});
});

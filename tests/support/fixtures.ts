import type { QuoteRecord } from '../../src/utils/quote-export.ts';

// Small made-up records that unit tests share, so an exact case does not depend on today's content.

/** People as the quote tool matches them: an id and every written form of the name. */
export const fixturePeople = [
	{ id: 'le-xuan-minh', names: ['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh'] },
	{ id: 'dang-hoang-giang', names: ['Dang Hoang Giang'] },
	{ id: 'pham-the-tung', names: ['Pham The Tung'] },
];

/**
 * One record of the open data (`/data/quotes.json`), with markup and quotation marks in its words so escaping shows;
 * pass the fields a test is about.
 * @example quoteRecord({ kind: 'reported' }).speaker.id // → 'le-xuan-minh'
 */
export const quoteRecord = (over: Partial<QuoteRecord> = {}): QuoteRecord => ({
	id: 'q1',
	text: 'Ya, <b>benar</b> & "tidak"',
	kind: 'direct',
	speaker: { id: 'le-xuan-minh', name: 'Le Xuan Minh' },
	role: 'Direktur',
	outlet: 'Báo Tin Tức',
	date: '2025-10-08',
	article: 'https://contoh.id/sub/artikel/a/',
	paragraph: 'p-9',
	url: 'https://contoh.id/sub/kutipan/q1/',
	tags: [],
	roleEn: 'Director',
	outletId: 'tin-tuc',
	organisation: { id: 'bo-cong-an', name: 'Kementerian Keamanan Publik' },
	textEn: 'Yes, <b>true</b> & "not"',
	printedTitle: null,
	sourceUrl: 'https://baotintuc.vn/a.htm',
	translatedBy: 'Vietnam.vn',
	factChecks: [],
	...over,
});

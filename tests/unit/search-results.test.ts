import { describe, expect, test } from 'vitest';
import {
	pagefindQuery,
	bestSubResult,
	excerptParts,
	highlightTerms,
	toSearchHit,
	withHighlight,
	type PagefindResultData,
} from '../../src/utils/search-results.ts';

const article: PagefindResultData = {
	url: '/artikel/dan-tri/',
	excerpt: 'Konvensi <mark>Hanoi</mark> page excerpt',
	meta: { title: 'Konvensi Hanoi: langkah strategis', type: 'article', outlet: 'Báo Dân Trí', date: '2025-10-24', lang: 'id' },
	sub_results: [
		{ title: 'Konvensi Hanoi', url: '/artikel/dan-tri/#_top', excerpt: '<mark>Konvensi</mark> Hanoi', locations: [0], weighted_locations: [{ weight: 7, balanced_score: 2, location: 0 }] },
		{
			title: '¶3',
			url: '/artikel/dan-tri/#p-3',
			excerpt: 'ketika 69 negara <mark>menandatangani</mark> <mark>Konvensi</mark> &amp; lainnya',
			locations: [40, 41],
			weighted_locations: [
				{ weight: 1, balanced_score: 1.5, location: 40 },
				{ weight: 1, balanced_score: 1.5, location: 41 },
			],
		},
	],
};

describe('choosing where a result links', () => {
	test('picks the paragraph with the strongest hits', () => {
		expect(bestSubResult(article.sub_results)?.url).toBe('/artikel/dan-tri/#p-3');
		expect(bestSubResult([])).toBeUndefined();
	});
	test('links to that paragraph with the found words to highlight, and says which paragraph', () => {
		const hit = toSearchHit(article, 'penandatanganan konvensi');
		expect(hit.href).toBe('/artikel/dan-tri/?pagefind-highlight=menandatangani&pagefind-highlight=Konvensi#p-3');
		expect(hit.place).toBe('¶3');
		expect(hit).toMatchObject({ type: 'article', outlet: 'Báo Dân Trí', date: '2025-10-24', lang: 'id' });
	});
	test('a hit at the top of the page links to the page itself', () => {
		const hit = toSearchHit({ ...article, sub_results: article.sub_results.slice(0, 1) }, 'konvensi');
		expect(hit.href).toBe('/artikel/dan-tri/?pagefind-highlight=Konvensi');
		expect(hit.place).toBeUndefined();
	});
	test('a hit before any anchor (a quote page, whose title is not indexed) links to the page, with no place named', () => {
		const quote = { ...article, url: '/kutipan/a/', sub_results: [{ ...article.sub_results[0]!, title: 'Le Xuan Minh: “Situasi …”', url: '/kutipan/a/' }] };
		const hit = toSearchHit(quote, 'situasi');
		expect(hit.href).toBe('/kutipan/a/?pagefind-highlight=Konvensi');
		expect(hit.place).toBeUndefined();
	});
	test('a page without sub-results uses the page excerpt', () => {
		const hit = toSearchHit({ ...article, sub_results: [], meta: { title: 'Glosarium' } }, 'hanoi');
		expect(hit.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['Hanoi']);
		expect(hit.type).toBe('other');
	});
});

describe('excerpts and highlight words', () => {
	test('splits marks from plain text and decodes entities, so no HTML is ever injected', () => {
		expect(excerptParts('a &lt;b&gt; <mark>Lê</mark> &amp; c')).toEqual([
			{ text: 'a <b> ', marked: false },
			{ text: 'Lê', marked: true },
			{ text: ' & c', marked: false },
		]);
	});
	test('highlights a quoted phrase as a whole, otherwise each found form once, without punctuation', () => {
		const parts = excerptParts('<mark>Negara,</mark> dan <mark>negara</mark> <mark>(A05)</mark>');
		expect(highlightTerms('negara a05', parts)).toEqual(['Negara', 'A05']);
		expect(highlightTerms('"69 negara" kata', parts)).toEqual(['69 negara']);
	});
	test('puts highlight parameters before the fragment', () => {
		expect(withHighlight('/a/#p-1', ['69 negara'])).toBe('/a/?pagefind-highlight=69+negara#p-1');
		expect(withHighlight('/a/', [])).toBe('/a/');
		expect(withHighlight('/a/?x=1#p-2', ['b'])).toBe('/a/?x=1&pagefind-highlight=b#p-2');
	});
});

describe('the words Pagefind is asked for', () => {
	test('đ and Đ become d and D, as the Indonesian texts spell Vietnamese names; other accents and the words stay', () => {
		expect(pagefindQuery(' Đặng Hoàng Giang ')).toBe('Dặng Hoàng Giang');
		expect(pagefindQuery('"Bộ Công an" đã')).toBe('"Bộ Công an" dã');
	});
});

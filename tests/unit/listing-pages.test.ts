import { describe, expect, test } from 'vitest';
import { articlesPerPage, laterListingPaths, listingPageCount, listingPageId } from '../../src/utils/listing-pages.ts';

describe('article listing pages', () => {
	test('50 articles a page, and always one page', () => {
		expect([0, 1, 50, 51, 10_005].map((total) => listingPageCount(total, articlesPerPage))).toEqual([1, 1, 1, 2, 201]);
	});
	test('page 1 is the listing itself; later pages sit under halaman/ in each language', () => {
		expect(listingPageId(1, 'id')).toBe('artikel');
		expect(listingPageId(2, 'id')).toBe('artikel/halaman/2');
		expect(listingPageId(3, 'en')).toBe('en/artikel/halaman/3');
	});
});

describe('routes of later listing pages', () => {
	test('pages 2…n in both languages, none when everything fits on page 1', () => {
		expect(laterListingPaths(120, 50).map((entry) => `${entry.params.locale ?? ''}/${entry.params.page}`)).toEqual(['/2', '/3', 'en/2', 'en/3']);
		expect(laterListingPaths(50, 50)).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { searchBundleFor } from '../../src/utils/search-bundles.ts';
import { searchPageTypes } from '../../src/utils/search-meta.ts';

describe('which bundle answers a search', () => {
	test('a search for the quote type or a speaker goes to the quotes’ bundle', () => {
		expect(searchBundleFor({ type: 'quote' })).toBe('quotes');
		expect(searchBundleFor({ speaker: 'le-xuan-minh' })).toBe('quotes');
		expect(searchBundleFor({ type: 'article', speaker: 'le-xuan-minh' })).toBe('quotes');
	});
	test('any other search goes to the site’s bundle', () => {
		expect(searchBundleFor({})).toBe('site');
		for (const type of searchPageTypes.filter((pageType) => pageType !== 'quote')) expect(searchBundleFor({ type })).toBe('site');
	});
});

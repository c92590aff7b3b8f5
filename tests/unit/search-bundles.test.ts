import { describe, expect, test } from 'vitest';
import { bundlesOf, recentArticleCount, recentArticlesDefault, searchBundleFor } from '../../src/utils/search-bundles.ts';
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

describe('the bundles a search reads, in order', () => {
	test('a search of the site reads the archive after the site’s bundle, when there is one', () => {
		expect(bundlesOf('site', true)).toEqual(['site', 'archive']);
		expect(bundlesOf('site', false)).toEqual(['site']);
	});
	test('a search of the quotes reads only theirs', () => {
		expect(bundlesOf('quotes', true)).toEqual(['quotes']);
	});
});

describe('how many of the newest articles the site’s bundle keeps', () => {
	test('is the default unless the environment says another whole number', () => {
		expect(recentArticleCount(undefined)).toBe(recentArticlesDefault);
		expect(recentArticleCount('')).toBe(recentArticlesDefault);
		expect(recentArticleCount('3')).toBe(3);
		expect(recentArticleCount('0')).toBe(0);
	});
	test('refuses anything but a whole number, naming the setting', () => {
		for (const setting of ['-1', '2.5', 'dua ribu']) expect(() => recentArticleCount(setting)).toThrow(/SEARCH_RECENT_ARTICLES.*whole number/u);
	});
});

import { describe, expect, test } from 'vitest';
import { nameSpellings, searchPageType, searchRecordId } from '../../src/utils/search-meta.ts';

describe('searchPageType', () => {
	test('takes articles and explainers from the frontmatter, in either language', () => {
		expect(searchPageType('artikel/dan-tri-2025', 'article')).toBe('article');
		expect(searchPageType('en/a05', 'explainer')).toBe('explainer');
	});
	test('recognises quotes and people pages by their folder', () => {
		expect(searchPageType('kutipan', 'listing')).toBe('quote');
		expect(searchPageType('en/kutipan', 'page')).toBe('quote');
		expect(searchPageType('tokoh/luong-tam-quang', 'page')).toBe('person');
		expect(searchPageType('en/tokoh/luong-tam-quang', undefined)).toBe('person');
	});
	test('calls everything else "other"', () => {
		expect(searchPageType('index', 'home')).toBe('other');
		expect(searchPageType('artikel', 'listing')).toBe('other');
		expect(searchPageType('kutipan-lain', 'page')).toBe('other');
	});
});

describe('searchRecordId', () => {
	test('reads the quote or person id from a page id, in either language', () => {
		expect(searchRecordId('kutipan/le-xuan-minh-2025-10-08-a')).toBe('le-xuan-minh-2025-10-08-a');
		expect(searchRecordId('en/tokoh/ghada-waly/')).toBe('ghada-waly');
	});
	test('gives nothing for the listings and other pages', () => {
		expect(searchRecordId('kutipan')).toBeUndefined();
		expect(searchRecordId('artikel/kutipan/a')).toBeUndefined();
		expect(searchRecordId('a05')).toBeUndefined();
	});
});

describe('name spellings', () => {
	test('lists each spelling once, with a plain form of every accented one', () => {
		expect(nameSpellings('Le Xuan Minh', 'Lê Xuân Minh')).toEqual(['Le Xuan Minh', 'Lê Xuân Minh']);
		expect(nameSpellings('Dang Duc', 'Đặng Đức', ['Tướng Đức'])).toEqual(['Dang Duc', 'Đặng Đức', 'Tướng Đức', 'Tuong Duc']);
		expect(nameSpellings('To Lam', undefined, [' '])).toEqual(['To Lam']);
	});
});

import { describe, expect, test } from 'vitest';
import { hasSearch, pagefindFilters, readSearchState, searchQueryString } from '../../src/utils/search-state.ts';

describe('search state in the URL', () => {
	test('reads the words and the known filters, trimmed, and ignores the rest', () => {
		const state = readSearchState(new URLSearchParams('q=%20Le+Xuan+Minh%20&outlet=B%C3%A1o+D%C3%A2n+Tr%C3%AD&month=&colour=red'));
		expect(state).toEqual({ query: 'Le Xuan Minh', filters: { outlet: 'Báo Dân Trí' } });
	});
	test('writes a query string that reads back to the same search', () => {
		const state = { query: '"69 negara"', filters: { type: 'article', month: '2025-10' } };
		const written = searchQueryString(state);
		expect(written).toBe('?q=%2269+negara%22&type=article&month=2025-10');
		expect(readSearchState(new URLSearchParams(written))).toEqual(state);
	});
	test('writes nothing for an empty search', () => {
		expect(searchQueryString({ query: '  ', filters: {} })).toBe('');
	});
});

describe('what goes to Pagefind', () => {
	test('passes only chosen filters', () => {
		expect(pagefindFilters({ query: '', filters: { type: 'quote', speaker: '' } })).toEqual({ type: 'quote' });
	});
	test('a filter alone is a search; blank words are not', () => {
		expect(hasSearch({ query: '', filters: { outlet: 'Báo Nhân Dân' } })).toBe(true);
		expect(hasSearch({ query: ' ', filters: {} })).toBe(false);
	});
});

import { describe, expect, test } from 'vitest';
import {
	countSearchFilterValues,
	hasSearch,
	pagefindFilters,
	readSearchState,
	searchFilterChoices,
	searchFilterValues,
	searchQueryString,
	shownFilterCounts,
	withFilterIds,
	type SearchFilterLabels,
} from '../../src/utils/search-state.ts';

describe('search state in the URL', () => {
	test('reads the words and the known filters, trimmed, and ignores the rest', () => {
		const state = readSearchState(new URLSearchParams('q=%20Le+Xuan+Minh%20&outlet=dan-tri&month=&colour=red'));
		expect(state).toEqual({ query: 'Le Xuan Minh', filters: { outlet: 'dan-tri' } });
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
		expect(hasSearch({ query: '', filters: { outlet: 'nhan-dan' } })).toBe(true);
		expect(hasSearch({ query: ' ', filters: {} })).toBe(false);
	});
});

describe('filter values are ids', () => {
	const labels: SearchFilterLabels = {
		type: { quote: 'Kutipan' },
		outlet: { 'dan-tri': 'Báo Dân Trí', 'nhan-dan': 'Báo Nhân Dân' },
		speaker: { 'le-xuan-minh': 'Le Xuan Minh' },
		month: { '2025-10': 'Oktober 2025' },
	};
	test('keeps ids as they are', () => {
		const state = { query: 'A05', filters: { type: 'quote', outlet: 'nhan-dan', month: '2025-10' } };
		expect(withFilterIds(state, labels)).toEqual(state);
	});
	test('an old address naming an outlet or speaker gets the id of that name, whatever its diacritics or case', () => {
		const state = readSearchState(new URLSearchParams('q=siber&outlet=B%C3%A1o+D%C3%A2n+Tr%C3%AD&speaker=le+xuan+minh'));
		expect(withFilterIds(state, labels)).toEqual({ query: 'siber', filters: { outlet: 'dan-tri', speaker: 'le-xuan-minh' } });
	});
	test('a value that is neither an id nor a label stays, so it matches nothing rather than something else', () => {
		expect(withFilterIds({ query: '', filters: { outlet: 'Báo Khác' } }, labels).filters).toEqual({ outlet: 'Báo Khác' });
	});
});

describe('filter choices of the search page', () => {
	const labels: SearchFilterLabels = {
		type: { article: 'Artikel', quote: 'Kutipan', explainer: 'Penjelasan' },
		outlet: { 'dan-tri': 'Báo Dân Trí', 'an-ninh': 'An ninh Thủ đô' },
		speaker: {},
		month: { '2025-10': 'Oktober 2025', '2026-01': 'Januari 2026' },
	};

	test('a page carries its type and only the outlet, speaker and month it has', () => {
		expect(searchFilterValues({ type: 'quote', outlet: 'dan-tri', speaker: 'le-xuan-minh', date: new Date('2025-10-08') })).toEqual([
			['type', 'quote'],
			['outlet', 'dan-tri'],
			['speaker', 'le-xuan-minh'],
			['month', '2025-10'],
		]);
		expect(searchFilterValues({ type: 'explainer' })).toEqual([['type', 'explainer']]);
	});
	test('counts every page once per value it carries', () => {
		const counts = countSearchFilterValues([
			searchFilterValues({ type: 'article', outlet: 'dan-tri', date: new Date('2025-10-08') }),
			searchFilterValues({ type: 'quote', outlet: 'dan-tri', speaker: 'le-xuan-minh', date: new Date('2025-10-08') }),
			searchFilterValues({ type: 'explainer' }),
		]);
		expect(counts).toEqual({
			type: { article: 1, quote: 1, explainer: 1 },
			outlet: { 'dan-tri': 2 },
			speaker: { 'le-xuan-minh': 1 },
			month: { '2025-10': 2 },
		});
	});
	test('types in the site’s order, months newest first, outlets by name; each with its count, an unnamed id as itself', () => {
		expect(searchFilterChoices('type', { quote: 3, article: 2, explainer: 1 }, labels).map((choice) => choice.label)).toEqual(['Penjelasan (1)', 'Artikel (2)', 'Kutipan (3)']);
		expect(searchFilterChoices('month', { '2025-10': 4, '2026-01': 1 }, labels)).toEqual([
			{ value: '2026-01', label: 'Januari 2026 (1)' },
			{ value: '2025-10', label: 'Oktober 2025 (4)' },
		]);
		expect(searchFilterChoices('outlet', { 'dan-tri': 2, 'an-ninh': 5, unknown: 1 }, labels).map((choice) => choice.label)).toEqual([
			'An ninh Thủ đô (5)',
			'Báo Dân Trí (2)',
			'unknown (1)',
		]);
	});
});

describe('the counts beside each choice', () => {
	const counts = {
		site: { type: { article: 5, explainer: 11 }, outlet: { 'dan-tri': 2 }, speaker: {}, month: { '2025-10': 5 } },
		quotes: { type: { quote: 92 }, outlet: { 'dan-tri': 30, 'nhan-dan': 4 }, speaker: { 'le-xuan-minh': 7 }, month: { '2025-10': 92 } },
	};
	test('with nothing chosen: each type from its own index, speakers from the quotes’, outlets and months from the site’s', () => {
		expect(shownFilterCounts(counts, {})).toEqual({
			type: { article: 5, explainer: 11, quote: 92 },
			outlet: { 'dan-tri': 2, 'nhan-dan': 0 },
			speaker: { 'le-xuan-minh': 7 },
			month: { '2025-10': 5 },
		});
	});
	test('with quotes or a speaker chosen, outlets and months count quotes, and other types find nothing beside a speaker', () => {
		expect(shownFilterCounts(counts, { type: 'quote' }).outlet).toEqual({ 'dan-tri': 30, 'nhan-dan': 4 });
		expect(shownFilterCounts(counts, { speaker: 'le-xuan-minh' })).toMatchObject({ type: { article: 0, quote: 92 }, month: { '2025-10': 92 } });
	});
});

import { describe, expect, test } from 'vitest';
import { laterListingPaths, listingPageCount, listingPageId } from '../../src/utils/articles.ts';
import { routeGroupTimes } from '../../scripts/bench/build-log.ts';

describe('article listing pages', () => {
	test('50 articles a page, and always one page', () => {
		expect([0, 1, 50, 51, 10_005].map((total) => listingPageCount(total))).toEqual([1, 1, 1, 2, 201]);
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

describe('route timings from the astro build log', () => {
	test('groups routes by section, keeps en/ and og/ apart, and reads times pushed down by warnings', () => {
		const log = [
			' generating static routes ',
			'10:45:06   ├─ /artikel/a/index.html (+12ms) ',
			'10:45:06   ├─ /en/kutipan/x/index.html10:45:06 [WARN] [content] Entry docs → en/kutipan/x was not found.',
			' (+8ms) ',
			'10:45:06   ├─ /og/artikel/a.png (+1.5s) ',
			'10:45:06   ├─ /artikel/b/index.html (+20ms) ',
			'10:45:06   ├─ /index.html (+4ms) ',
		].join('\n');
		expect(routeGroupTimes(log)).toEqual([
			{ group: 'og/artikel', routes: 1, ms: 1500 },
			{ group: 'artikel', routes: 2, ms: 32 },
			{ group: 'en/kutipan', routes: 1, ms: 8 },
			{ group: '(single pages)', routes: 1, ms: 4 },
		]);
	});
});

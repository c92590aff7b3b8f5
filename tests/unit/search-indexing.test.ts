import { describe, expect, test } from 'vitest';
import { searchBundleOf } from '../../src/build/search-indexing.ts';
import { archiveMarker } from '../../src/utils/search-bundles.ts';

const html = (text: string) => Buffer.from(text);
const archived = html(`<html><head><meta name="${archiveMarker.name}" content="${archiveMarker.content}"></head><body><main>…</main></body></html>`);
const indexed = html('<html><head></head><body><main data-pagefind-body>…</main></body></html>');
const unindexed = html('<html><head></head><body><main>…</main></body></html>');

describe('the search bundle a built page is indexed in', () => {
	test('a quote page, in either language, in the quotes’ bundle', () => {
		expect(searchBundleOf('kutipan/le-xuan-minh-1/index.html', unindexed)).toBe('quotes');
		expect(searchBundleOf('en/kutipan/le-xuan-minh-1/index.html', unindexed)).toBe('quotes');
	});

	test('an archived article, in either language, in the archive’s', () => {
		expect(searchBundleOf('artikel/a/index.html', archived)).toBe('archive');
		expect(searchBundleOf('en/artikel/a/index.html', archived)).toBe('archive');
	});

	test('any other page that marks its body for Pagefind in the site’s, a recent article included', () => {
		for (const path of ['artikel/a/index.html', 'en/artikel/a/index.html', 'konvensi/index.html', 'tokoh/le-xuan-minh/index.html']) {
			expect(searchBundleOf(path, indexed), path).toBe('site');
		}
	});

	test('none for a page that does not, such as the listings, or an archived article’s marker on a listing', () => {
		expect(searchBundleOf('konvensi/index.html', unindexed)).toBeUndefined();
		for (const path of ['kutipan/index.html', 'kutipan/halaman/2/index.html', 'en/artikel/index.html', 'artikel/halaman/2/index.html']) {
			expect(searchBundleOf(path, archived), path).toBeUndefined();
		}
	});
});

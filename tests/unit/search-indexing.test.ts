import { describe, expect, test } from 'vitest';
import { ownSearchBundle } from '../../src/build/search-indexing.ts';
import { archiveMarker } from '../../src/utils/search-bundles.ts';

const archived = `<html><head><meta name="${archiveMarker.name}" content="${archiveMarker.content}"></head><main>…</main></html>`;
const recent = '<html><head></head><main>…</main></html>';

describe('the bundle of its own a built page goes to', () => {
	test('a quote page, in either language, to the quotes’ bundle', () => {
		expect(ownSearchBundle('kutipan/le-xuan-minh-1/index.html', recent)).toBe('quotes');
		expect(ownSearchBundle('en/kutipan/le-xuan-minh-1/index.html', Buffer.from(recent))).toBe('quotes');
	});

	test('an archived article, in either language, to the archive’s; a recent one to none', () => {
		expect(ownSearchBundle('artikel/a/index.html', archived)).toBe('archive');
		expect(ownSearchBundle('en/artikel/a/index.html', Buffer.from(archived))).toBe('archive');
		expect(ownSearchBundle('artikel/a/index.html', recent)).toBeUndefined();
	});

	test('not the listings of quotes or articles, nor any other page', () => {
		for (const path of ['kutipan/index.html', 'kutipan/halaman/2/index.html', 'en/artikel/index.html', 'artikel/halaman/2/index.html', 'konvensi/index.html', 'tokoh/le-xuan-minh/index.html']) {
			expect(ownSearchBundle(path, archived), path).toBeUndefined();
		}
	});
});

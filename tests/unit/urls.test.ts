import { describe, expect, test } from 'vitest';
import { idLocale, localizedId, pagePath, pathLocale, toLocale } from '../../src/utils/urls.ts';

describe('pagePath', () => {
	test('joins base and id with a trailing slash', () => {
		expect(pagePath('artikel/abc', '/')).toBe('/artikel/abc/');
		expect(pagePath('artikel/abc', '/konvensi-hanoi/')).toBe('/konvensi-hanoi/artikel/abc/');
		expect(pagePath('artikel/abc', '/konvensi-hanoi')).toBe('/konvensi-hanoi/artikel/abc/');
	});
	test('maps index ids to their folder', () => {
		expect(pagePath('index', '/')).toBe('/');
		expect(pagePath('en/index', '/')).toBe('/en/');
		expect(pagePath('artikel/index', '/')).toBe('/artikel/');
	});
});

describe('locales', () => {
	test('Indonesian ids have no prefix, English ones live under en/', () => {
		expect(localizedId('kutipan', 'id')).toBe('kutipan');
		expect(localizedId('kutipan', 'en')).toBe('en/kutipan');
	});
	test('root and unknown locales read as Indonesian', () => {
		expect(toLocale(undefined)).toBe('id');
		expect(toLocale('root')).toBe('id');
		expect(toLocale('en')).toBe('en');
	});
});

describe('pathLocale', () => {
	test('pages under <base>en/ are English, with or without the trailing slash', () => {
		expect(pathLocale('/en/', '/')).toBe('en');
		expect(pathLocale('/en', '/')).toBe('en');
		expect(pathLocale('/en/kutipan/', '/')).toBe('en');
		expect(pathLocale('/x/en/a/', '/x/')).toBe('en');
		expect(pathLocale('/x/en/a/', '/x')).toBe('en');
	});
	test('every other page is Indonesian', () => {
		expect(pathLocale('/', '/')).toBe('id');
		expect(pathLocale('/kutipan/', '/')).toBe('id');
		expect(pathLocale('/english/', '/')).toBe('id');
		expect(pathLocale('/en/a/', '/x/')).toBe('id');
	});
});

describe('idLocale', () => {
	test('an id under en/ is English, any other Indonesian', () => {
		expect(idLocale('en/kutipan/le-xuan-minh-2025-10-08-a')).toBe('en');
		expect(idLocale('kutipan/le-xuan-minh-2025-10-08-a')).toBe('id');
		expect(idLocale('artikel/en-dan-lainnya')).toBe('id');
	});
});

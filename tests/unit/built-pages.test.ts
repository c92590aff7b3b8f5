import { describe, expect, test } from 'vitest';
import { builtPagePath, pageKind, representativePages } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';

describe('built pages', () => {
	test('maps files to the paths visitors use', () => {
		expect(builtPagePath('index.html', '/')).toBe('/');
		expect(builtPagePath('en/artikel/abc/index.html', '/konvensi-hanoi/')).toBe('/konvensi-hanoi/en/artikel/abc/');
		expect(builtPagePath('404.html', '/')).toBe('/404.html');
	});
	test('groups pages by kind across locales and picks one of each', () => {
		expect(pageKind('/', '/')).toBe('/');
		expect(pageKind('/en/', '/')).toBe('/');
		expect(pageKind('/x/artikel/', '/x/')).toBe('artikel');
		expect(pageKind('/en/artikel/abc/', '/')).toBe('artikel/*');
		expect(pageKind('/404.html', '/')).toBe('404');
		expect(pathLocale('/x/en/a/', '/x/')).toBe('en');
		expect(pathLocale('/x/a/', '/x/')).toBe('id');
		const pages = ['/', '/artikel/a/', '/artikel/b/', '/en/artikel/a/'].map((path) => ({ file: path, path }));
		expect(representativePages(pages, '/').map((page) => page.path)).toEqual(['/', '/artikel/a/', '/en/artikel/a/']);
	});
});

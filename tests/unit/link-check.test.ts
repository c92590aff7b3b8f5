import { describe, expect, test } from 'vitest';
import { brokenLinks, internalTarget, parsePage, type SiteIndex } from '../support/qa/link-check.ts';

describe('link checking', () => {
	const files: Record<string, string> = {
		'/dist/index.html': '<h1 id="_top">Home</h1><p id="p-1">x</p>',
		'/dist/a/index.html': '<h2 id="sumber">Sources</h2>',
		'/dist/favicon.svg': '<svg></svg>',
	};
	const site: SiteIndex = {
		baseUrl: 'https://example.org/',
		dist: '/dist',
		fileExists: (file) => file in files,
		anchorsOf: (file) => (file.endsWith('.html') ? parsePage(files[file] ?? '').anchors : null),
	};

	test('resolves relative and same-origin absolute links; other origins are external', () => {
		expect(internalTarget('../b/#p-2', 'https://example.org/a/x/')).toEqual({ path: '/a/b/', fragment: 'p-2' });
		expect(internalTarget('https://example.org/a/', 'https://example.org/')).toEqual({ path: '/a/', fragment: '' });
		expect(internalTarget('https://un.org/', 'https://example.org/')).toBeNull();
		expect(internalTarget('mailto:x@example.org', 'https://example.org/')).toBeNull();
	});

	test('accepts links to existing pages, files and anchors', () => {
		expect(brokenLinks('/a/', ['/', '/#p-1', '#sumber', '/favicon.svg', 'https://un.org/x', '#_top'], site)).toEqual([]);
	});

	test('reports a missing page, a missing anchor, a folder without its slash and an empty link', () => {
		expect(brokenLinks('/a/', ['/b/', '/#p-9', '/a', ''], site).map((link) => link.problem)).toEqual([
			'no such page or file',
			'no element with id "p-9"',
			'no such page or file',
			'empty link',
		]);
	});

	test('reports links that escape a sub-path base', () => {
		const sub = { ...site, baseUrl: 'https://example.org/konvensi-hanoi/' };
		expect(brokenLinks('/konvensi-hanoi/', ['/a/'], sub)).toEqual([
			{ page: '/konvensi-hanoi/', reference: '/a/', problem: 'outside the base /konvensi-hanoi/' },
		]);
	});

	test('finds links and anchors in HTML', () => {
		const page = parsePage('<a href="/x/" id="a">x</a><link rel="stylesheet" href="/s.css"><script src="/j.js"></script><a name="b"></a>');
		expect(page.references).toEqual(['/x/', '/s.css', '/j.js']);
		expect([...page.anchors].sort()).toEqual(['a', 'b']);
	});
});

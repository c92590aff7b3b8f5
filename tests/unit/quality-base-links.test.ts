import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks, withBase } from '../../src/lib/base-links.ts';

describe('withBase', () => {
	test('prefixes root-relative links with a sub-path base', () => {
		expect(withBase('/konvensi/', '/konvensi-hanoi/')).toBe('/konvensi-hanoi/konvensi/');
		expect(withBase('/', '/konvensi-hanoi')).toBe('/konvensi-hanoi/');
		expect(withBase('/artikel/x/#p-2', '/konvensi-hanoi/')).toBe('/konvensi-hanoi/artikel/x/#p-2');
	});
	test('leaves other links, links already under the base, and root deploys alone', () => {
		for (const url of ['https://un.org/', '//cdn.example/x', '../a05/', '#p-1', 'mailto:a@b.c', '/konvensi-hanoi/en/']) {
			expect(withBase(url, '/konvensi-hanoi/')).toBe(url);
		}
		expect(withBase('/konvensi/', '/')).toBe('/konvensi/');
	});
});

describe('rehypeBaseLinks', () => {
	test('rewrites element properties and MDX component attributes', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', properties: { href: '/konvensi/' }, children: [{ type: 'element', properties: { src: '/favicon.svg' } }] },
				{ type: 'mdxJsxFlowElement', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/artikel/' }, { type: 'mdxJsxAttribute', name: 'title', value: '/x' }] },
			],
		};
		rehypeBaseLinks({ base: '/k/' })(tree);
		expect(tree.children[0]!.properties!.href).toBe('/k/konvensi/');
		expect(tree.children[0]!.children![0]!.properties!.src).toBe('/k/favicon.svg');
		expect(tree.children[1]!.attributes!.map((attribute) => attribute.value)).toEqual(['/k/artikel/', '/x']);
	});
});

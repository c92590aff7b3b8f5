import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { satteriBaseLinks, withBase } from '../../src/utils/base-links.ts';

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

describe('satteriBaseLinks, run by Sätteri as Astro runs it', () => {
	const plugin = satteriBaseLinks('/k/');

	test('rewrites Markdown links and images, not other URLs', async () => {
		const { html } = await markdownToHtml('[a](/konvensi/#p-1) ![i](/favicon.svg) [b](https://un.org/) [c](#top)', { hastPlugins: [plugin] });
		expect(html).toContain('href="/k/konvensi/#p-1"');
		expect(html).toContain('src="/k/favicon.svg"');
		expect(html).toContain('href="https://un.org/"');
		expect(html).toContain('href="#top"');
	});

	test('rewrites href of MDX components (LinkCard) and JSX links, nested too, but no other attribute', async () => {
		const mdx = '<LinkCard title="/x" href="/artikel/" />\n\n<CardGrid><LinkCard title="t" href="/en/" /></CardGrid>\n\nSee <a href="/tokoh/">people</a>.\n';
		const { code } = await mdxToJs(mdx, { hastPlugins: [plugin] });
		expect(code).toContain('href: "/k/artikel/"');
		expect(code).toContain('href: "/k/en/"');
		expect(code).toContain('href: "/k/tokoh/"');
		expect(code).toContain('title: "/x"');
	});

	test('is left out of the pipeline for a root deploy', () => {
		expect(satteriBaseLinks('/')).toBeNull();
	});
});

import { describe, expect, test } from 'vitest';
import { mdxImports } from '../../src/utils/mdx-imports.ts';

describe('mdxImports', () => {
	test('lists the modules of the import lines, in order', () => {
		const body = "import ArticleParagraph from '~/components/ArticleParagraph.astro';\nimport { Aside } from \"@astrojs/starlight/components\"\n\nText.";
		expect(mdxImports(body)).toEqual(['~/components/ArticleParagraph.astro', '@astrojs/starlight/components']);
	});
	test('ignores the word "import" inside the text', () => {
		expect(mdxImports('The import of goods from abroad is not an import line.\n')).toEqual([]);
	});
	test('finds nothing in a page without imports', () => {
		expect(mdxImports('')).toEqual([]);
	});
});

/**
 * The modules an MDX page imports. A cached article page is reused while its key stays the same, and the key covers
 * what the article's own components show (src/data/article-page.ts); a page importing anything else may show data
 * the key knows nothing of, so it is rendered on every build.
 */

/** `import … from '…'` at the start of a line: MDX allows imports only there, outside the text. */
const importLine = /^import\s[^'"]*?\sfrom\s+['"]([^'"]+)['"];?\s*$/gmu;

/**
 * The module specifiers of an MDX body's imports, in order.
 * @example mdxImports("import ArticleParagraph from '~/components/ArticleParagraph.astro';\n\nText") // → ['~/components/ArticleParagraph.astro']
 */
export function mdxImports(body: string): string[] {
	return Array.from(body.matchAll(importLine), (match) => match[1]!);
}

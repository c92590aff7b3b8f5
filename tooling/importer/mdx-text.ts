/**
 * MDX-safe text: raw article text must reach the reader literally, never as Markdown, JSX, an
 * expression, a directive or smart punctuation. Plain words pass through readable; anything with a
 * punctuation mark becomes a JavaScript string expression, which MDX renders as escaped text.
 */

/** Only letters, digits and single spaces: no Markdown, MDX, directive or typography rule can touch these. */
const plainWords = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

/**
 * Text as an MDX child that renders exactly as given.
 * @example mdxText('Arti khusus') // → 'Arti khusus'
 * @example mdxText('a {b} <c>') // → '{"a {b} <c>"}'
 */
export function mdxText(text: string): string {
	return plainWords.test(text) ? text : `{${JSON.stringify(text)}}`;
}

/**
 * Text as an MDX (JSX) attribute value that arrives as exactly this string.
 * @example mdxAttribute('Ibu "X", PBB') // → '{"Ibu \\"X\\", PBB"}'
 */
export function mdxAttribute(text: string): string {
	return `{${JSON.stringify(text)}}`;
}

/**
 * A YAML double-quoted scalar: JSON string syntax is valid YAML and needs no further escaping rules.
 * @example yamlString('a: b') // → '"a: b"'
 */
export function yamlString(text: string): string {
	return JSON.stringify(text);
}

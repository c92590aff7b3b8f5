/**
 * The anchors of article paragraphs, `p-1`, `p-2`, …: the importer writes them, citations, quotes and the
 * paragraph links read them. Browser-safe.
 */

/**
 * The anchor of the n-th paragraph of an article.
 * @example paragraphAnchor(3) // → 'p-3'
 */
export function paragraphAnchor(n: number): string {
	return `p-${n}`;
}

/**
 * The paragraph number an anchor points at; a malformed anchor is an error, not paragraph NaN.
 * @example paragraphNumber('p-3') // → 3
 */
export function paragraphNumber(anchor: string): number {
	const match = /^p-([1-9]\d*)$/u.exec(anchor);
	if (!match) throw new Error(`"${anchor}" is not a paragraph anchor ("p-<n>", n from 1)`);
	return Number(match[1]);
}

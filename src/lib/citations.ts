/** A citation key: a public reference id (`untc-xviii-16`) or an article paragraph (`artikel/slug#p-3`). */
export type CitationKey = string;

export type ParsedCitation =
	| { kind: 'reference'; id: string }
	| { kind: 'paragraph'; article: string; anchor: string };

const citeTag = /<Cite\s+src=["']([^"']+)["']/g;

/**
 * Lists the distinct citation keys of an MDX body in order of first use; a note's number is its index + 1.
 * @example citationOrder('<Cite src="a" /> <Cite src="b" /> <Cite src="a" />') // → ['a', 'b']
 */
export function citationOrder(body: string): CitationKey[] {
	const keys: CitationKey[] = [];
	for (const match of body.matchAll(citeTag)) {
		const key = match[1]!;
		if (!keys.includes(key)) keys.push(key);
	}
	return keys;
}

/**
 * The note number of a citation key in a body (1-based), or 0 when absent.
 * @example citationNumber('<Cite src="a" /> <Cite src="b" />', 'b') // → 2
 */
export function citationNumber(body: string, key: CitationKey): number {
	return citationOrder(body).indexOf(key) + 1;
}

/**
 * Splits a citation key into what it points at.
 * @example parseCitation('artikel/abc#p-3') // → { kind: 'paragraph', article: 'artikel/abc', anchor: 'p-3' }
 */
export function parseCitation(key: CitationKey): ParsedCitation {
	const match = /^(artikel\/[a-z0-9-]+)#(p-\d+)$/.exec(key);
	if (match) return { kind: 'paragraph', article: match[1]!, anchor: match[2]! };
	if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) return { kind: 'reference', id: key };
	throw new Error(`Citation "${key}" is neither a reference id nor "artikel/<slug>#p-<n>"`);
}

/**
 * Whether an article's MDX body has the paragraph anchor.
 * @example hasAnchor('<p id="p-3">…</p>', 'p-3') // → true
 */
export function hasAnchor(body: string, anchor: string): boolean {
	return body.includes(`id="${anchor}"`);
}

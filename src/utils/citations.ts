import { slugPattern } from '../schemas/common.ts';

/** A citation key: a public reference id (`untc-xviii-16`) or an article paragraph (`artikel/slug#p-3`). */
export type CitationKey = string;

export type ParsedCitation =
	| { kind: 'reference'; id: string }
	| { kind: 'paragraph'; article: string; anchor: string };

/** Components that cite on a page's behalf from data: tag name → the citation keys of one use, given its attributes. */
export type CitingTags = Record<string, (attributes: string) => CitationKey[]>;

// A JSX-style tag (`<Cite src="a" />`, `<EventDate id="b" />`) in an MDX body: its name and its attributes.
const componentTag = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;

/**
 * Lists the distinct citation keys of an MDX body in order of first use; a note's number is its index + 1.
 * `citingTags` expands data-backed components into the keys they render, in their render order.
 * @example citationOrder('<Cite src="a" /> <Cite src="b" /> <Cite src="a" />') // → ['a', 'b']
 */
export function citationOrder(body: string, citingTags: CitingTags = {}): CitationKey[] {
	const keys: CitationKey[] = [];
	for (const [, tag, attributes] of body.matchAll(componentTag)) {
		const found = tag === 'Cite' ? attributeValues(attributes!, 'src') : (citingTags[tag!]?.(attributes!) ?? []);
		for (const key of found) if (!keys.includes(key)) keys.push(key);
	}
	return keys;
}

/**
 * The string values of one attribute of a tag: a quoted value, or every quoted string in a `{[…]}` expression.
 * @example attributeValues(`ids={['a', "b"]} id="c"`, 'ids') // → ['a', 'b']
 */
export function attributeValues(attributes: string, name: string): string[] {
	const match = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(attributes);
	if (!match) return [];
	if (match[3] !== undefined) return [...match[3].matchAll(/["']([^"']+)["']/g)].map((value) => value[1]!);
	return [match[1] ?? match[2]!];
}

/**
 * Whether a string is a well-formed citation key (see parseCitation).
 * @example isCitationKey('artikel/abc#p-3') // → true
 */
export function isCitationKey(key: string): boolean {
	return articleKey.test(key) || referenceKey.test(key);
}

const articleKey = /^(artikel\/[a-z0-9-]+)#(p-\d+)$/;
// A reference id is a record id like any other (content/references/<id>.yaml).
const referenceKey = slugPattern;

/**
 * Splits a citation key into what it points at.
 * @example parseCitation('artikel/abc#p-3') // → { kind: 'paragraph', article: 'artikel/abc', anchor: 'p-3' }
 */
export function parseCitation(key: CitationKey): ParsedCitation {
	const match = articleKey.exec(key);
	if (match) return { kind: 'paragraph', article: match[1]!, anchor: match[2]! };
	if (referenceKey.test(key)) return { kind: 'reference', id: key };
	throw new Error(`Citation "${key}" is neither a reference id nor "artikel/<slug>#p-<n>"`);
}

/**
 * Whether an article's MDX body has the paragraph anchor.
 * @example hasAnchor('<p id="p-3">…</p>', 'p-3') // → true
 */
export function hasAnchor(body: string, anchor: string): boolean {
	return body.includes(`id="${anchor}"`);
}

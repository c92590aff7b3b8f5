import { describe, expect, test } from 'vitest';
import { citationOrder, hasAnchor, parseCitation } from '../../src/utils/citations.ts';

describe('citation numbering', () => {
	const body = 'A <Cite src="untc" />. B <Cite src="artikel/x#p-2" />. C <Cite src=\'untc\' />.';
	test('numbers distinct sources in order of first use', () => {
		expect(citationOrder(body)).toEqual(['untc', 'artikel/x#p-2']);
	});
});

describe('parseCitation', () => {
	test('reads article paragraphs and reference ids', () => {
		expect(parseCitation('artikel/abc-def#p-12')).toEqual({ kind: 'paragraph', article: 'artikel/abc-def', anchor: 'p-12' });
		expect(parseCitation('untc-xviii-16')).toEqual({ kind: 'reference', id: 'untc-xviii-16' });
	});
	test('rejects anything else, naming the key', () => {
		expect(() => parseCitation('artikel/abc#para3')).toThrow(/artikel\/abc#para3/);
		expect(() => parseCitation('Some Source')).toThrow(/Some Source/);
	});
	test('finds anchors in an article body', () => {
		expect(hasAnchor('<p id="p-3">x</p>', 'p-3')).toBe(true);
		expect(hasAnchor('<p id="p-31">x</p>', 'p-3')).toBe(false);
	});
});

import { describe, expect, test } from 'vitest';
import { paragraphAnchor, paragraphNumber } from '../../src/utils/paragraph-anchor.ts';

describe('paragraph anchors', () => {
	test('paragraphNumber reads the number of a p-N anchor', () => {
		expect(paragraphNumber('p-1')).toBe(1);
		expect(paragraphNumber('p-42')).toBe(42);
	});
	test('paragraphNumber and paragraphAnchor are inverses', () => {
		for (const n of [1, 9, 10, 123]) expect(paragraphNumber(paragraphAnchor(n))).toBe(n);
	});
	test('paragraphNumber rejects what is not a paragraph anchor', () => {
		for (const bad of ['', 'p-', 'p-0', 'p-03', 'p-3a', '#p-3', 'sumber-3', 'P-3']) expect(() => paragraphNumber(bad), bad).toThrow(/not a paragraph anchor/);
	});
});

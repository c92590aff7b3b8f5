import { describe, expect, test } from 'vitest';
import { containsVerbatim, normalizeWhitespace, slugWords } from '../../tooling/quotes/quote-text.ts';

describe('quote text', () => {
	test('whitespace differences (line breaks, non-breaking spaces) do not count, words do', () => {
		expect(normalizeWhitespace(' a \n\u00a0b ')).toBe('a b');
		expect(containsVerbatim('Dia berkata:\n"Ya,\u00a0benar."', 'Ya, benar.')).toBe(true);
		expect(containsVerbatim('Ya, benar.', 'Ya benar.')).toBe(false);
		expect(containsVerbatim('anything', '  ')).toBe(false);
	});
	test('slugs fold Vietnamese diacritics', () => {
		expect(slugWords('Đặng Hoàng Giang nói: “Xin chào”', 3)).toBe('dang-hoang-giang');
	});
});

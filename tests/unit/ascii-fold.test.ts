import { describe, expect, test } from 'vitest';
import { asciiFold } from '../../src/utils/ascii-fold.ts';

describe('asciiFold', () => {
	test('drops Vietnamese tone marks and folds đ/Đ', () => {
		expect(asciiFold('Lê Xuân Minh')).toBe('Le Xuan Minh');
		expect(asciiFold('Đặng Văn Đức')).toBe('Dang Van Duc');
	});
	test('drops Indonesian and other Latin accents, whether the text is composed or decomposed', () => {
		expect(asciiFold('Kỳ họp')).toBe('Ky hop');
		expect(asciiFold('Hà Nội'.normalize('NFD'))).toBe('Ha Noi');
		expect(asciiFold('café')).toBe('cafe');
	});
	test('leaves unaccented letters, case and punctuation as they are', () => {
		expect(asciiFold('UNODC, A05 – "Hanoi"')).toBe('UNODC, A05 – "Hanoi"');
	});
});

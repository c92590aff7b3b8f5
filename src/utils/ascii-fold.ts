/**
 * Removes diacritics, including the Vietnamese "đ/Đ" (a letter of its own, which Unicode does not decompose), so
 * "Lê Xuân Minh" and "Le Xuan Minh" compare equal: for slugs, name matching and search spellings. Browser-safe.
 * @example asciiFold('Đặng Văn Đức') // → 'Dang Van Duc'
 */
export function asciiFold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D');
}

import { describe, expect, test } from 'vitest';
import { slugFromTitle } from '../../tooling/importer/article-slug.ts';

describe('slugFromTitle', () => {
	test('lowercase ASCII words joined by hyphens, diacritics and đ folded', () => {
		expect(slugFromTitle('Việt Nam đón đại biểu: “Hà Nội” 2025!')).toBe('viet-nam-don-dai-bieu-ha-noi-2025');
		expect(slugFromTitle('Đà Nẵng')).toBe('da-nang');
	});
	test('cut at a word to at most 64 characters', () => {
		const slug = slugFromTitle('Sesi diskusi tingkat tinggi tentang Konvensi Hanoi: solidaritas internasional dalam melindungi ruang siber');
		expect(slug).toBe('sesi-diskusi-tingkat-tinggi-tentang-konvensi-hanoi-solidaritas');
		expect(slug.length).toBeLessThanOrEqual(64);
		expect(slugFromTitle('a'.repeat(70))).toBe('');
	});
	test('a shortened slug never ends on a little word', () => {
		expect(slugFromTitle('Langkah maju baru dalam kerja sama antara Vietnam dan Perserikatan Bangsa-Bangsa.')).toBe('langkah-maju-baru-dalam-kerja-sama-antara-vietnam');
		expect(slugFromTitle('Kerja sama dan')).toBe('kerja-sama');
		expect(slugFromTitle('dan')).toBe('dan');
	});
	test('a title with no letters or digits gives an empty slug (the importer then asks for one)', () => {
		expect(slugFromTitle('— ? —')).toBe('');
	});
});

import { describe, expect, test } from 'vitest';
import { accessedToken, pageCitation, withAccessDate } from '../../src/utils/quote-citation.ts';

const page = { title: 'Siapa yang menandatangani?', site: 'Konvensi Hanoi', url: 'https://x/penandatangan/', lastChanged: new Date('2026-12-01T09:00:00Z') };

describe('pageCitation', () => {
	test('full and short forms in Indonesian, the access date left for the reader', () => {
		const { full, short } = pageCitation(page, 'id');
		expect(full).toBe(`Konvensi Hanoi. "Siapa yang menandatangani?" Terakhir diubah 1 Desember 2026. https://x/penandatangan/ (diakses ${accessedToken}).`);
		expect(short).toBe(`"Siapa yang menandatangani?", Konvensi Hanoi, https://x/penandatangan/ (diakses ${accessedToken})`);
	});

	test('an English article page names the translation and the outlet, and a title without final punctuation gets a full stop', () => {
		const { full } = pageCitation(
			{ title: 'Raising awareness', site: 'Hanoi Convention', url: 'https://x/en/artikel/a/', article: { outlet: 'Báo Tin Tức', published: new Date('2025-10-08'), platform: 'Vietnam.vn' } },
			'en',
		);
		expect(full).toBe(`Hanoi Convention. "Raising awareness." Vietnam.vn's Indonesian translation of a report by Báo Tin Tức, 8 October 2025. https://x/en/artikel/a/ (accessed ${accessedToken}).`);
	});

	test('the access date is the day given, in the language given', () => {
		expect(withAccessDate(`(diakses ${accessedToken})`, new Date('2026-12-02T23:00:00Z'), 'id')).toBe('(diakses 2 Desember 2026)');
		expect(withAccessDate(`(accessed ${accessedToken})`, new Date('2026-12-02T01:00:00Z'), 'en')).toBe('(accessed 2 December 2026)');
	});
});

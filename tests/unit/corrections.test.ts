import { describe, expect, test } from 'vitest';
import { compareCorrections, correctedPageId, correctionsOfPage, unknownPages, type Correction } from '../../src/utils/corrections.ts';

const correction = (id: string, date: string, pages: string[]): Correction => ({
	id,
	data: { date: new Date(`${date}T00:00:00Z`), pages, summary: { id: id, en: id } },
});

describe('corrections', () => {
	test('a page of either language is matched by its Indonesian id', () => {
		expect(correctedPageId('en/konvensi')).toBe('konvensi');
		expect(correctedPageId('artikel/a')).toBe('artikel/a');
		expect(correctedPageId('en')).toBe('index');
	});

	test('a page gets the corrections that name it, newest first, the same day ordered by id', () => {
		const all = [
			correction('2026-01-01-b', '2026-01-01', ['konvensi']),
			correction('2026-02-01-a', '2026-02-01', ['konvensi', 'glosarium']),
			correction('2026-01-01-a', '2026-01-01', ['konvensi']),
			correction('2026-03-01-c', '2026-03-01', ['glosarium']),
		];
		expect(correctionsOfPage(all, 'en/konvensi').map((c) => c.id)).toEqual(['2026-02-01-a', '2026-01-01-a', '2026-01-01-b']);
		expect(correctionsOfPage(all, 'linimasa')).toEqual([]);
		expect([...all].sort(compareCorrections)[0]!.id).toBe('2026-03-01-c');
	});

	test('names the pages of an entry that the site does not have', () => {
		expect(unknownPages(correction('x', '2026-01-01', ['konvensi', 'konvesni']), new Set(['konvensi']))).toEqual(['konvesni']);
	});
});

import { describe, expect, test } from 'vitest';
import { formatShortDate, formatYearMonth, yearMonth } from '../../src/utils/dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatShortDate', () => {
	test('gives day and short month in each language', () => {
		expect(formatShortDate(day('2025-10-25'), 'id')).toBe('25 Okt');
		expect(formatShortDate(day('2025-10-25'), 'en')).toBe('25 Oct');
	});
});

describe('dates for the month filter', () => {
	test('yearMonth reads the UTC calendar month', () => {
		expect(yearMonth(new Date('2025-10-31T23:30:00Z'))).toBe('2025-10');
	});
	test('formatYearMonth names the month in the reader’s language', () => {
		expect(formatYearMonth('2025-10', 'id')).toBe('Oktober 2025');
		expect(formatYearMonth('2025-10', 'en')).toBe('October 2025');
		expect(formatYearMonth('bukan-bulan', 'id')).toBe('bukan-bulan');
	});
});

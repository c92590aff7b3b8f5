import { describe, expect, test } from 'vitest';
import { formatShortDate } from '../../src/utils/dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatShortDate', () => {
	test('gives day and short month in each language', () => {
		expect(formatShortDate(day('2025-10-25'), 'id')).toBe('25 Okt');
		expect(formatShortDate(day('2025-10-25'), 'en')).toBe('25 Oct');
	});
});

import { describe, expect, test } from 'vitest';
import { compareEvents, eventDatetime, formatEventDate } from '../../src/utils/timeline.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatEventDate', () => {
	test('shows a day, a month or a year as precisely as the sources allow', () => {
		expect(formatEventDate({ date: day('2024-12-24'), precision: 'day' }, 'id')).toBe('24 Desember 2024');
		expect(formatEventDate({ date: day('2024-12-24'), precision: 'day' }, 'en')).toBe('24 December 2024');
		expect(formatEventDate({ date: day('2026-05-01'), precision: 'month' }, 'id')).toBe('Mei 2026');
		expect(formatEventDate({ date: day('2019-01-01'), precision: 'year' }, 'en')).toBe('2019');
	});

	test('writes a multi-day event as one closed-up range', () => {
		const signing = { date: day('2025-10-25'), endDate: day('2025-10-26'), precision: 'day' as const };
		expect(formatEventDate(signing, 'id')).toBe('25–26 Oktober 2025');
		expect(formatEventDate(signing, 'en')).toBe('25–26 October 2025');
		const acrossMonths = { date: day('2022-02-28'), endDate: day('2022-03-11'), precision: 'day' as const };
		expect(formatEventDate(acrossMonths, 'en')).toMatch(/^28 February\s–\s11 March 2022$/u);
	});
});

describe('compareEvents', () => {
	test('orders oldest first, and the shorter of two events that start on one day first', () => {
		const signing = { date: day('2025-10-25'), endDate: day('2025-10-26'), precision: 'day' as const };
		const firstDay = { date: day('2025-10-25'), precision: 'day' as const };
		const adoption = { date: day('2024-12-24'), precision: 'day' as const };
		expect([signing, firstDay, adoption].sort(compareEvents)).toEqual([adoption, firstDay, signing]);
	});
});

describe('eventDatetime', () => {
	test('is no more precise than the event', () => {
		expect(eventDatetime({ date: day('2024-12-24'), precision: 'day' })).toBe('2024-12-24');
		expect(eventDatetime({ date: day('2026-05-01'), precision: 'month' })).toBe('2026-05');
		expect(eventDatetime({ date: day('2019-01-01'), precision: 'year' })).toBe('2019');
	});
});

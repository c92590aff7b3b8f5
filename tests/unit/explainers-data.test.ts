import { describe, expect, test } from 'vitest';
import { compareEvents, eventDatetime, formatEventDate } from '../../src/utils/timeline.ts';
import { compareCountReports, reportedHanoiTotal } from '../../src/utils/signatories.ts';
import { layoutBarChart, niceAxisMax } from '../../src/utils/bar-chart.ts';

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

describe('compareCountReports', () => {
	test('orders by the moment counted, then by publication, then by size', () => {
		const final = { count: 72, asOf: day('2025-10-26'), reported: day('2025-10-26') };
		const lateFinal = { count: 72, asOf: day('2025-10-26'), reported: day('2025-10-29') };
		const dayOne = { count: 65, asOf: day('2025-10-25'), reported: day('2025-10-25') };
		const expected = { count: 60, asOf: day('2025-10-25'), reported: day('2025-10-25') };
		expect([lateFinal, final, dayOne, expected].sort(compareCountReports)).toEqual([expected, dayOne, final, lateFinal]);
	});
});

describe('reportedHanoiTotal', () => {
	test('is the highest two-day count, leaving out expectations and first-day counts', () => {
		const reports = [
			{ count: 80, qualifier: 'expected' as const },
			{ count: 64, qualifier: 'first-day' as const },
			{ count: 72, qualifier: 'final' as const },
			{ count: 70, qualifier: 'final' as const },
		];
		expect(reportedHanoiTotal(reports)).toBe(72);
		expect(() => reportedHanoiTotal(reports.slice(0, 2))).toThrow(/signatory-counts/u);
	});
});

describe('layoutBarChart', () => {
	test('rounds the axis up to a whole step and scales every bar to it', () => {
		expect(niceAxisMax(72, 20)).toBe(80);
		expect(niceAxisMax(0, 20)).toBe(20);
		const layout = layoutBarChart([60, 72]);
		expect(layout.axisMax).toBe(80);
		expect(layout.rows).toHaveLength(2);
		expect(layout.rows[1]!.barWidth).toBeCloseTo((72 / 80) * 440);
		expect(layout.rows[0]!.barWidth).toBeLessThan(layout.rows[1]!.barWidth);
		expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80]);
		expect(layout.height).toBeGreaterThan(layout.rows[1]!.barY + 22);
	});
});

describe('formatShortDate', () => {
	test('gives day and short month in each language', async () => {
		const { formatShortDate } = await import('../../src/utils/dates.ts');
		expect(formatShortDate(day('2025-10-25'), 'id')).toBe('25 Okt');
		expect(formatShortDate(day('2025-10-25'), 'en')).toBe('25 Oct');
	});
});

describe('eventDatetime', () => {
	test('is no more precise than the event', () => {
		expect(eventDatetime({ date: day('2024-12-24'), precision: 'day' })).toBe('2024-12-24');
		expect(eventDatetime({ date: day('2026-05-01'), precision: 'month' })).toBe('2026-05');
		expect(eventDatetime({ date: day('2019-01-01'), precision: 'year' })).toBe('2019');
	});
});

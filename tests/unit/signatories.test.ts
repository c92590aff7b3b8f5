import { describe, expect, test } from 'vitest';
import { compareCountReports, reportedHanoiTotal } from '../../src/utils/signatories.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

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

import { describe, expect, test } from 'vitest';
import { layoutBarChart, niceAxisMax } from '../../src/utils/bar-chart.ts';

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

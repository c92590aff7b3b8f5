/** Geometry of a horizontal bar chart drawn as static SVG: one labelled row per value, a shared linear scale. */
export interface BarChartLayout {
	width: number;
	height: number;
	/** The value at the right end of the axis: a round number at or above the largest value. */
	axisMax: number;
	ticks: { value: number; x: number }[];
	rows: { labelY: number; barY: number; barWidth: number; valueX: number; valueY: number }[];
}

export interface BarChartOptions {
	width: number;
	/** Room for the row label above each bar. */
	labelHeight: number;
	barHeight: number;
	rowGap: number;
	/** Room at the bottom for the axis labels. */
	axisHeight: number;
	tickStep: number;
	/** Room at the right of the longest bar for its value. */
	valueWidth: number;
}

export const defaultBarChartOptions: BarChartOptions = {
	width: 480,
	labelHeight: 22,
	barHeight: 22,
	rowGap: 14,
	axisHeight: 28,
	tickStep: 20,
	valueWidth: 40,
};

/**
 * The smallest multiple of `step` at or above `value` (and at least one step).
 * @example niceAxisMax(72, 20) // → 80
 */
export function niceAxisMax(value: number, step: number): number {
	return Math.max(step, Math.ceil(value / step) * step);
}

/**
 * Lays out one bar per value, top to bottom in the given order, on a scale from 0 to a round maximum.
 * @example layoutBarChart([60, 72]).rows[1].barWidth // → 396 (72/80 of the 440-unit plot width)
 */
export function layoutBarChart(values: number[], options: BarChartOptions = defaultBarChartOptions): BarChartLayout {
	const { width, labelHeight, barHeight, rowGap, axisHeight, tickStep, valueWidth } = options;
	const axisMax = niceAxisMax(Math.max(0, ...values), tickStep);
	const plotWidth = width - valueWidth;
	const scale = (value: number) => (value / axisMax) * plotWidth;
	const rowHeight = labelHeight + barHeight + rowGap;
	const rows = values.map((value, index) => {
		const top = index * rowHeight;
		const barWidth = scale(value);
		return {
			labelY: top + labelHeight - 6,
			barY: top + labelHeight,
			barWidth,
			valueX: barWidth + 6,
			valueY: top + labelHeight + barHeight / 2,
		};
	});
	const ticks = Array.from({ length: axisMax / tickStep + 1 }, (_, index) => {
		const value = index * tickStep;
		return { value, x: scale(value) };
	});
	return { width, height: values.length * rowHeight + axisHeight, axisMax, ticks, rows };
}

/** Figures of one benchmark section: a titled table, one row per measured case, plus optional remarks. */
export interface BenchSection {
	title: string;
	rows: Array<Record<string, string | number>>;
	notes?: string[];
}

/** What `npm run bench` passes to every section. */
export interface BenchOptions {
	/** Synthetic article counts for the scale section (`--articles 100,1000`). */
	articles: number[];
	/** Scratch folder for builds and generated content; never the real `content/` or `dist/`. */
	scratch: string;
}

/**
 * Renders a section as a plain-text table, columns padded to their widest cell.
 * @example formatSection({ title: 'T', rows: [{ a: 1 }] }) // → 'T\na\n-\n1'
 */
export function formatSection(section: BenchSection): string {
	const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
	const widths = columns.map((column) => Math.max(column.length, ...section.rows.map((row) => String(row[column] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ').trimEnd();
	return [
		section.title,
		line(columns),
		line(widths.map((width) => '-'.repeat(width))),
		...section.rows.map((row) => line(columns.map((column) => String(row[column] ?? '')))),
		...(section.notes ?? []),
	].join('\n');
}

/**
 * A byte count for people: kB or MB with one decimal.
 * @example formatBytes(153_600) // → '150.0 kB'
 */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

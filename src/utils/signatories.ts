import type { SiteStringKey } from './ui-strings.ts';

/** What ordering a reported signatory count needs (the `signatoryCounts` collection's data). */
export interface CountReport {
	count: number;
	asOf: Date;
	reported: Date;
}

/**
 * Orders reported counts as the signing unfolded: by the moment they describe, then by publication, then by size.
 * @example [{ count: 72, asOf: oct26, reported: oct26 }, { count: 60, asOf: oct25, reported: oct25 }].sort(compareCountReports) // → 60 first
 */
export function compareCountReports(a: CountReport, b: CountReport): number {
	return (
		a.asOf.getTime() - b.asOf.getTime() || a.reported.getTime() - b.reported.getTime() || a.count - b.count
	);
}

/** The UI string that names what a reported count is: an expectation, a first-day count or the two-day total. */
export const qualifierKey: Record<'expected' | 'first-day' | 'final', SiteStringKey> = {
	expected: 'signatories.expected',
	'first-day': 'signatories.firstDay',
	final: 'signatories.final',
};

/**
 * The lowest and highest count reported as actually signed (expected figures left out), for a one-line summary.
 * @example signedRange(reports) // 60 expected, 64 and 72 signed → { low: the 64 report, high: the 72 report }
 */
export function signedRange<T extends CountReport & { qualifier: 'expected' | 'first-day' | 'final' }>(reports: T[]): { low: T; high: T } {
	const signed = reports.filter((report) => report.qualifier !== 'expected');
	if (signed.length === 0) throw new Error('content/signatory-counts/: no reported count of states that signed');
	const byCount = [...signed].sort((a, b) => a.count - b.count || compareCountReports(a, b));
	return { low: byCount[0]!, high: byCount.at(-1)! };
}

/**
 * The Hanoi total: the highest two-day count a source reports (the records name fewer signatories than that).
 * @example reportedHanoiTotal([{ count: 64, qualifier: 'first-day' }, { count: 72, qualifier: 'final' }]) // → 72
 */
export function reportedHanoiTotal(reports: { count: number; qualifier: 'expected' | 'first-day' | 'final' }[]): number {
	const finals = reports.filter((report) => report.qualifier === 'final').map((report) => report.count);
	if (finals.length === 0) throw new Error('content/signatory-counts/: no final (two-day) count of Hanoi signatories');
	return Math.max(...finals);
}

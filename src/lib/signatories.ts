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

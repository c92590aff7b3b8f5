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

/** A list of signatories as one source names them (the `signatoryLists` collection's data). */
export interface NamedList {
	signed: Date;
	states: { id: string; en: string }[];
	citations: string[];
}

/** One named signatory: its name in both languages, the day it signed, and every source that names it so. */
export interface NamedSignatory {
	name: { id: string; en: string };
	signed: Date;
	citations: string[];
}

/**
 * Merges lists from several sources into one row per signatory and signing day, each row citing every source that
 * names it, sorted by the name in the reader's language.
 * @example namedSignatories([{ signed: oct25, states: [chile], citations: ['a'] }, { signed: oct25, states: [chile], citations: ['b'] }], 'en') // → [{ name: chile, signed: oct25, citations: ['a', 'b'] }]
 */
export function namedSignatories(lists: NamedList[], locale: 'id' | 'en'): NamedSignatory[] {
	const rows = new Map<string, NamedSignatory>();
	for (const list of lists) {
		for (const name of list.states) {
			const key = `${name.en}|${list.signed.toISOString()}`;
			const row = rows.get(key) ?? { name, signed: list.signed, citations: [] };
			for (const citation of list.citations) if (!row.citations.includes(citation)) row.citations.push(citation);
			rows.set(key, row);
		}
	}
	const collator = new Intl.Collator(locale === 'id' ? 'id-ID' : 'en-GB');
	return [...rows.values()].sort((a, b) => collator.compare(a.name[locale], b.name[locale]) || a.signed.getTime() - b.signed.getTime());
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

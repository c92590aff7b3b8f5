/** The states and signatory-count collections, ordered once per build for the signatory tables and the status tracker. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce, buildOncePerKey } from '../utils/build-once.ts';
import { compareCountReports, reportedHanoiTotal } from '../utils/signatories.ts';
import { asOfDate, sortByName, storySince, trackerFigures, type StateRecord } from '../utils/states.ts';
import type { Locale } from '../utils/urls.ts';

type StateEntry = CollectionEntry<'states'>;

/** Reported signatory counts in display order (table and chart). Sorted once per build; do not mutate. */
export const signatoryCountReports: () => Promise<CollectionEntry<'signatoryCounts'>[]> = buildOnce(async () =>
	(await getCollection('signatoryCounts')).sort((a, b) => compareCountReports(a.data, b.data)),
);

/** The state and organisation records (content/states/), in file order. */
export async function stateRecords() {
	return getCollection('states');
}

/** The named signatories in the order of the who-signed table, by name in the reader's language (sorted once per build). */
const signatoriesByName = buildOncePerKey(async (locale) => {
	const records = (await stateRecords()).filter((record) => record.data.signature);
	return sortByName(records, locale as Locale, (record) => record.data.name);
});
export function signatoryRecords(locale: Locale): Promise<CollectionEntry<'states'>[]> {
	return signatoriesByName(locale);
}

/** Every state record in the tracker's order, by name in the reader's language. */
export async function trackerRecords(locale: Locale) {
	return sortByName(await stateRecords(), locale, (record) => record.data.name);
}

/**
 * What the status page's headline says and the sources behind it: the figures, the reports giving the Hanoi total,
 * the records behind the later signatures and the ratifications, and the date of the newest source.
 */
export async function trackerSummary() {
	const [records, reports, references] = await Promise.all([stateRecords(), signatoryCountReports(), getCollection('references')]);
	const data: StateRecord[] = records.map((record) => record.data);
	const reportedHanoi = reportedHanoiTotal(reports.map((report) => report.data));
	const hanoiReports = reports.filter((report) => report.data.qualifier === 'final' && report.data.count === reportedHanoi);
	const published = new Map(references.map((reference) => [reference.id, reference.data.published]));
	const laterSignatures = data.filter((record) => record.signature?.place === 'New York');
	const ratified = data.filter((record) => record.ratification);
	return {
		figures: trackerFigures(data, reportedHanoi),
		asOf: asOfDate(data, (id) => published.get(id)),
		story: storySince(data),
		sources: {
			signatories: [...hanoiReports.flatMap((report) => report.data.citations), ...laterSignatures.flatMap((record) => record.signature!.citations)],
			ratifications: ratified.flatMap((record) => record.ratification!.citations),
		},
	};
}

/** State records picked by file name, by name in the reader's language; an unknown name fails the build, naming the page. */
export function pickStateRecords(records: StateEntry[], ids: string[], citingPage: string, locale: Locale): StateEntry[] {
	const picked = ids.map((id) => {
		const record = records.find((entry) => entry.id === id);
		if (!record) throw new Error(`${citingPage}: unknown state record "${id}" (content/states/)`);
		return record;
	});
	return sortByName(picked, locale, (record) => record.data.name);
}

/** A record's sources in the order its row shows them: signature, ratification, "did not sign", each once. */
export const stateRecordCitations = (record: StateEntry['data']) => [
	...new Set([...(record.signature?.citations ?? []), ...(record.ratification?.citations ?? []), ...(record.notSigned?.citations ?? [])]),
];

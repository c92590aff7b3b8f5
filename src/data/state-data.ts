// The export rows of every state record, in the tracker's (English) name order, with each source's address.
import { parseCitation } from '../utils/citations.ts';
import { resolveCitation } from './citation-sources.ts';
import { stateRecordCitations, trackerRecords } from './state-records.ts';
import { stateRow, type StateRow } from '../utils/state-export.ts';

/** Every record as an export row; article paragraphs become absolute URLs on `site`. */
export async function stateRows(site: URL | undefined): Promise<StateRow[]> {
	const records = await trackerRecords('en');
	const urls = new Map<string, string>();
	for (const key of new Set(records.flatMap((record) => stateRecordCitations(record.data)))) {
		const { href } = await resolveCitation(parseCitation(key), 'data/states');
		urls.set(key, site ? new URL(href, site).href : href);
	}
	return records.map((record) => stateRow(record.id, record.data, stateRecordCitations(record.data), (key) => urls.get(key)!));
}

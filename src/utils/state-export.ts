/** The state records as open data: one flat row per state or organisation, as JSON and as RFC 4180 CSV. */
import { csvField } from './quote-export.ts';
import { isoDay } from './dates.ts';
import { stateStatus, type StateRecord } from './states.ts';

/** One row of /data/states.json and /data/states.csv (columns documented in the README, "Status tracker"). */
export interface StateRow {
	id: string;
	iso: string;
	m49: string | null;
	name_id: string;
	name_en: string;
	kind: 'state' | 'organisation';
	group: string | null;
	status: ReturnType<typeof stateStatus>;
	signature_date: string | null;
	signature_place: string | null;
	ratification_kind: string | null;
	ratification_date: string | null;
	ratification_reported: string | null;
	ratification_deposited: string | null;
	reservations: boolean | null;
	unconfirmed: boolean | null;
	/** Citation keys (reference ids or article paragraphs), in the order the table shows them. */
	sources: string[];
	/** The source URLs of those keys, in the same order. */
	source_urls: string[];
}

export const stateColumns = [
	'id', 'iso', 'm49', 'name_id', 'name_en', 'kind', 'group', 'status', 'signature_date', 'signature_place', 'ratification_kind',
	'ratification_date', 'ratification_reported', 'ratification_deposited', 'reservations', 'unconfirmed', 'sources', 'source_urls',
] as const satisfies readonly (keyof StateRow)[];

const day = (date: Date | undefined) => (date ? isoDay(date) : null);

/**
 * The export row of one record; `url` turns a citation key into its address.
 * @example stateRow('vnm', record, (key) => urls.get(key)!) // → { id: 'vnm', iso: 'VNM', status: 'ratified', … }
 */
export function stateRow(id: string, record: StateRecord, sources: string[], url: (key: string) => string): StateRow {
	const { signature, ratification } = record;
	return {
		id,
		iso: record.iso,
		m49: record.m49 ?? null,
		name_id: record.name.id,
		name_en: record.name.en,
		kind: record.kind,
		group: record.group ?? null,
		status: stateStatus(record),
		signature_date: day(signature?.date),
		signature_place: signature?.place ?? null,
		ratification_kind: ratification?.kind ?? null,
		ratification_date: day(ratification?.date),
		ratification_reported: day(ratification?.reported),
		ratification_deposited: day(ratification?.deposited),
		reservations: ratification?.reservations ?? null,
		unconfirmed: ratification ? ratification.unconfirmed : null,
		sources,
		source_urls: sources.map(url),
	};
}

/**
 * The rows as CSV: a header row, CRLF line ends, UTF-8 with a byte-order mark; empty for null, lists joined by spaces.
 * @example statesCsv([]) // → '\uFEFFid,iso,…,source_urls\r\n'
 */
export function statesCsv(rows: readonly StateRow[]): string {
	const cell = (value: StateRow[keyof StateRow]) => (value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value));
	const lines = rows.map((row) => stateColumns.map((column) => csvField(cell(row[column]))).join(','));
	return `\uFEFF${[stateColumns.join(','), ...lines].join('\r\n')}\r\n`;
}

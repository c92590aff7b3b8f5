/** The quotes page's filters, applied in the browser to the open-data records (/data/quotes.json). */
import type { QuoteRecord } from './quote-export.ts';

/** The filters of the quotes page, in its order; each is also a query parameter (`?speaker=…`). */
export const quoteFilterNames = ['speaker', 'organisation', 'outlet', 'date', 'kind'] as const;
export type QuoteFilterName = (typeof quoteFilterNames)[number];
export type QuoteFilters = Partial<Record<QuoteFilterName, string>>;

/**
 * A quote's value for each filter (the same values as the cards' data attributes and the select options).
 * @example quoteFilterValues(record).outlet // → 'dan-tri'
 */
export function quoteFilterValues(record: QuoteRecord): Record<QuoteFilterName, string> {
	return { speaker: record.speaker.id, organisation: record.organisation?.id ?? '', outlet: record.outletId, date: record.date, kind: record.kind };
}

/**
 * Whether a quote matches every chosen filter (an empty value matches all).
 * @example matchesQuoteFilters(record, { kind: 'direct', speaker: '' }) // → true for a direct quote
 */
export function matchesQuoteFilters(record: QuoteRecord, filters: QuoteFilters): boolean {
	const values = quoteFilterValues(record);
	return quoteFilterNames.every((name) => !filters[name] || values[name] === filters[name]);
}

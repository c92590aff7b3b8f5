/** The quotes as open data for newsrooms: one flat record per quote, as JSON and as RFC 4180 CSV. */

export interface QuoteRecord {
	/** Stable id, also the permalink's last segment. */
	id: string;
	text: string;
	kind: 'direct' | 'reported';
	speaker: { id: string; name: string };
	/** The speaker's role as the article states it (Indonesian). */
	role: string;
	outlet: string;
	/** ISO date (YYYY-MM-DD) of the article. */
	date: string;
	/** Absolute URL of the article page. */
	article: string;
	/** Anchor id of the paragraph on the article page, e.g. `p-3`. */
	paragraph: string;
	/** Absolute URL of the quote's own page. */
	url: string;
	tags: string[];
	/** The speaker's role in English. */
	roleEn: string;
	/** Id of the outlet (`content/outlets/<id>.yaml`), as in the quotes page's `?outlet=` filter. */
	outletId: string;
	/** The speaker's organisation (id and Indonesian name), or null when none is recorded. */
	organisation: { id: string; name: string } | null;
}

const csvColumns = ['id', 'kind', 'speaker_id', 'speaker_name', 'role', 'outlet', 'date', 'article', 'paragraph', 'url', 'tags', 'text'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote, or line break; inner quotes doubled (RFC 4180).
 * @example csvField('a "b", c') // → '"a ""b"", c"'
 */
export function csvField(value: string): string {
	return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/**
 * The records as CSV: a header row, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet apps read the diacritics.
 * @example quotesCsv([]) // → '\uFEFFid,kind,…,text\r\n'
 */
export function quotesCsv(records: readonly QuoteRecord[]): string {
	const rows = records.map((r) =>
		[r.id, r.kind, r.speaker.id, r.speaker.name, r.role, r.outlet, r.date, r.article, r.paragraph, r.url, r.tags.join(' '), r.text].map(csvField).join(','),
	);
	return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

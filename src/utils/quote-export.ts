/** The quotes as open data for newsrooms: one flat record per quote, as JSON and as RFC 4180 CSV. */

export interface QuoteRecord {
	/** Stable id, also the permalink's last segment. */
	id: string;
	/** The words as the article prints them: Vietnam.vn's Indonesian translation of a Vietnamese report. */
	text: string;
	kind: 'direct' | 'reported';
	speaker: { id: string; name: string };
	/** The speaker's title (Indonesian) from their person record, for the article's date, with its organisation. */
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
	/** The site's own English translation of `text`: not a source text; cite `text`. */
	textEn: string;
	/** The title as the article prints it, only where that wording is wrong (else null); `role` is the right one. */
	printedTitle: string | null;
	/** The Vietnamese report the article translates. */
	sourceUrl: string;
	/** Who translated the Vietnamese report into Indonesian (`Vietnam.vn`). */
	translatedBy: string;
	/** Editors' fact-check notes on these words: Indonesian and English, and their sources (absolute URL and title). */
	factChecks: { id: string; note: string; noteEn: string; sources: { url: string; title: string }[] }[];
}

const csvColumns = [
	'id',
	'kind',
	'speaker_id',
	'speaker_name',
	'role',
	'outlet',
	'date',
	'article',
	'paragraph',
	'url',
	'tags',
	'text',
	'text_en',
	'role_en',
	'printed_title',
	'source_url',
	'fact_check',
	'fact_check_en',
	'fact_check_sources',
] as const;

/**
 * One CSV field: quoted when it holds a comma, quote, or line break; inner quotes doubled (RFC 4180).
 * @example csvField('a "b", c') // → '"a ""b"", c"'
 */
export function csvField(value: string): string {
	return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/**
 * The records as CSV: a header row, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet apps read the diacritics.
 * @example quotesCsv([]) // → '\uFEFFid,kind,…,fact_check_sources\r\n'
 */
export function quotesCsv(records: readonly QuoteRecord[]): string {
	// Several notes (or sources) in one field are separated by " | ".
	const notes = (r: QuoteRecord, pick: (check: QuoteRecord['factChecks'][number]) => string) => r.factChecks.map(pick).join(' | ');
	const rows = records.map((r) =>
		[
			r.id,
			r.kind,
			r.speaker.id,
			r.speaker.name,
			r.role,
			r.outlet,
			r.date,
			r.article,
			r.paragraph,
			r.url,
			r.tags.join(' '),
			r.text,
			r.textEn,
			r.roleEn,
			r.printedTitle ?? '',
			r.sourceUrl,
			notes(r, (check) => check.note),
			notes(r, (check) => check.noteEn),
			notes(r, (check) => check.sources.map((source) => source.url).join(' ')),
		]
			.map(csvField)
			.join(','),
	);
	return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

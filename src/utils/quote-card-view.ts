/**
 * What a quote card shows for an open-data record (/data/quotes.json), so the quotes page's script can build cards
 * for quotes that are not on the page, and the card's one presentation rule the server-rendered card shares.
 */
import { citationText } from './quote-citation.ts';
import type { QuoteRecord } from './quote-export.ts';
import { formatDate } from './dates.ts';
import { paragraphNumber } from './paragraph-anchor.ts';
import { localizedId, pagePath, type Locale } from './urls.ts';

/**
 * Whether a quote is long enough (over 280 characters) to be set at body size rather than as a large pull-quote.
 * @example isLongQuote('Ya.') // → false
 */
export function isLongQuote(text: string): boolean {
	return text.length > 280;
}

/** What a quote card shows and links to, in the reader's language. */
export interface QuoteCardView {
	text: string;
	/** The site's English translation, shown first on English pages; undefined on Indonesian ones or where none exists. */
	textEn: string | undefined;
	/** The title as the article prints it, where wrong. */
	printedTitle: string | undefined;
	/** Fact-check notes in the reader's language, with their sources as links. */
	factChecks: { note: string; sources: { href: string; title: string }[] }[];
	kind: QuoteRecord['kind'];
	speaker: string;
	role: string;
	outlet: string;
	/** ISO day, for `datetime`. */
	date: string;
	dateLabel: string;
	/** Paragraph number, as in "Paragraph 3 in the article". */
	paragraph: number;
	/** Site-relative links under the site base. */
	links: { person: string; permalink: string; paragraph: string };
	citation: string;
}

/**
 * The card of an open-data record: links under `base` (the record's absolute URLs may name another origin),
 * the citation with the record's absolute paragraph URL, as the server-rendered card has it.
 * @example quoteCardView(record, 'en', '/').links.permalink // → '/en/kutipan/<id>/'
 */
export function quoteCardView(record: QuoteRecord, locale: Locale, base: string): QuoteCardView {
	const date = new Date(`${record.date}T00:00:00Z`);
	const role = locale === 'en' ? record.roleEn : record.role;
	const paragraph = paragraphNumber(record.paragraph);
	const paragraphUrl = `${record.article}#${record.paragraph}`;
	const textEn = locale === 'en' ? record.textEn : undefined;
	const printedTitle = record.printedTitle ?? undefined;
	const notes = record.factChecks.map((check) => ({ note: locale === 'en' ? check.noteEn : check.note, sources: check.sources }));
	const cited = notes.map(({ note, sources }) => ({ note, sources: sources.map((source) => source.url) }));
	return {
		text: record.text,
		textEn,
		printedTitle,
		factChecks: notes.map(({ note, sources }) => ({ note, sources: sources.map((source) => ({ href: source.url, title: source.title })) })),
		kind: record.kind,
		speaker: record.speaker.name,
		role,
		outlet: record.outlet,
		date: record.date,
		dateLabel: formatDate(date, locale),
		paragraph,
		links: {
			person: pagePath(localizedId(`tokoh/${record.speaker.id}`, locale), base),
			permalink: pagePath(localizedId(`kutipan/${record.id}`, locale), base),
			paragraph: `${new URL(record.article).pathname}#${record.paragraph}`,
		},
		citation: citationText(
			{ kind: record.kind, text: record.text, textEn, speaker: record.speaker.name, role, printedTitle, outlet: record.outlet, date, paragraphUrl, paragraph, sourceUrl: record.sourceUrl, translatedBy: record.translatedBy, factChecks: cited },
			locale,
		),
	};
}

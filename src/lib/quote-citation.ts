/**
 * Ready-to-paste citations in the reader's language, of a quote and of a page of this site (pageCitation).
 * A quote's citation: who (and in what role), which outlet,
 * when, the words, and the article URL with its paragraph. Reported statements say they are a paraphrase,
 * so nobody puts them in quotation marks by mistake.
 */
import { formatDate } from './dates.ts';
import type { Locale } from './urls.ts';

export interface CitableQuote {
	kind: 'direct' | 'reported';
	text: string;
	speaker: string;
	role: string;
	outlet: string;
	date: Date;
	/** Absolute URL of the paragraph: `https://…/artikel/<slug>/#p-3`. */
	paragraphUrl: string;
	paragraph: number;
}

/**
 * One line a journalist can paste under a story.
 * @example citationText({ kind: 'direct', text: 'Ya.', speaker: 'Le Xuan Minh', role: 'Direktur', outlet: 'Báo Tin Tức', date: new Date('2025-10-08'), paragraphUrl: 'https://x/artikel/a/#p-9', paragraph: 9 }, 'en')
 * // → 'Le Xuan Minh (Direktur), quoted by Báo Tin Tức, 8 October 2025: "Ya." (Indonesian text) https://x/artikel/a/#p-9 (paragraph 9)'
 */
export function citationText(quote: CitableQuote, locale: Locale): string {
	const day = formatDate(quote.date, locale);
	if (locale === 'en') {
		const said = quote.kind === 'direct' ? `quoted by ${quote.outlet}, ${day}: "${quote.text}"` : `as reported (paraphrase) by ${quote.outlet}, ${day}: ${quote.text}`;
		return `${quote.speaker} (${quote.role}), ${said} (Indonesian text) ${quote.paragraphUrl} (paragraph ${quote.paragraph})`;
	}
	const said = quote.kind === 'direct' ? `dikutip ${quote.outlet}, ${day}: "${quote.text}"` : `menurut laporan ${quote.outlet} (parafrase), ${day}: ${quote.text}`;
	return `${quote.speaker} (${quote.role}), ${said} ${quote.paragraphUrl} (paragraf ${quote.paragraph})`;
}

/** Stands for the reader's date in a citation until they copy it (the copy button fills it in). */
export const accessedToken = '{{accessed}}';

/**
 * A citation with the access date filled in.
 * @example withAccessDate('… (accessed {{accessed}})', new Date('2026-12-02'), 'en') // → '… (accessed 2 December 2026)'
 */
export function withAccessDate(citation: string, accessed: Date, locale: Locale): string {
	return citation.replaceAll(accessedToken, formatDate(accessed, locale));
}

/** A page of this site as a source: its title, the site's name, its address, and for an article page the report it carries. */
export interface CitablePage {
	title: string;
	site: string;
	url: string;
	lastChanged?: Date | undefined;
	/** An imported article: the outlet whose report Vietnam.vn translated, and the report's date. */
	article?: { outlet: string; published: Date; platform: string } | undefined;
}

/**
 * The citation of a page itself, in the page's language: a full form for a reference list and a short form for a
 * caption or a later mention. Both end with the access date, left as `accessedToken` for the reader's day.
 * @example pageCitation({ title: 'Who signed?', site: 'Hanoi Convention', url: 'https://x/en/penandatangan/' }, 'en').short
 * // → '"Who signed?", Hanoi Convention, https://x/en/penandatangan/ (accessed {{accessed}})'
 */
export function pageCitation(page: CitablePage, locale: Locale): { full: string; short: string } {
	const words =
		locale === 'en'
			? { changed: 'Last changed', accessed: 'accessed', article: (a: NonNullable<CitablePage['article']>) => `${a.platform}'s Indonesian translation of a report by ${a.outlet}, ${formatDate(a.published, locale)}.` }
			: { changed: 'Terakhir diubah', accessed: 'diakses', article: (a: NonNullable<CitablePage['article']>) => `Terjemahan ${a.platform} atas laporan ${a.outlet}, ${formatDate(a.published, locale)}.` };
	const accessed = `(${words.accessed} ${accessedToken})`;
	// The title's own question mark or full stop ends it; otherwise a full stop inside the quotation marks.
	const title = /[.?!]$/u.test(page.title) ? page.title : `${page.title}.`;
	const parts = [
		`${page.site}. "${title}"`,
		page.article ? words.article(page.article) : '',
		page.lastChanged ? `${words.changed} ${formatDate(page.lastChanged, locale)}.` : '',
		`${page.url} ${accessed}.`,
	];
	return { full: parts.filter(Boolean).join(' '), short: `"${page.title}", ${page.site}, ${page.url} ${accessed}` };
}

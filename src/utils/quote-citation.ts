/**
 * The ready-to-paste citation of a quote, in the reader's language: who (with the title from their person record),
 * which outlet, when, the words, the article URL with its paragraph, and what the words are: Vietnam.vn's
 * Indonesian translation of a Vietnamese report, whose original it links. Reported statements say they are a
 * paraphrase, so nobody puts them in quotation marks by mistake; the English citation gives the Indonesian as the
 * citable original and our translation as ours; an editor's fact-check note travels with the words.
 * Also the citation of a page of this site (pageCitation).
 */
import { formatDate } from './dates.ts';
import type { Locale } from './urls.ts';

export interface CitableQuote {
	kind: 'direct' | 'reported';
	text: string;
	/** The site's English translation, used by the English citation. */
	textEn?: string | undefined;
	speaker: string;
	role: string;
	/** The title as the article prints it, where that wording is wrong. */
	printedTitle?: string | undefined;
	outlet: string;
	date: Date;
	/** Absolute URL of the paragraph: `https://…/artikel/<slug>/#p-3`. */
	paragraphUrl: string;
	paragraph: number;
	/** The Vietnamese report the article translates. */
	sourceUrl: string;
	/** Who translated it into Indonesian, e.g. `Vietnam.vn`. */
	translatedBy: string;
	/** Fact-check notes in the citation's language, each with the absolute URLs of its sources. */
	factChecks?: { note: string; sources: string[] }[] | undefined;
}

/**
 * One paragraph a journalist can paste under a story.
 * @example citationText({ kind: 'direct', text: 'Ya.', speaker: 'Le Xuan Minh', role: 'Direktur', outlet: 'Báo Tin Tức', date: new Date('2025-10-08'), paragraphUrl: 'https://x/artikel/a/#p-9', paragraph: 9, sourceUrl: 'https://baotintuc.vn/a', translatedBy: 'Vietnam.vn' }, 'id')
 * // → 'Le Xuan Minh (Direktur), dikutip Báo Tin Tức, 8 Oktober 2025, dalam terjemahan Vietnam.vn ke bahasa Indonesia atas laporan berbahasa Vietnam: "Ya." https://x/artikel/a/#p-9 (paragraf 9; asli berbahasa Vietnam: https://baotintuc.vn/a)'
 */
export function citationText(quote: CitableQuote, locale: Locale): string {
	const day = formatDate(quote.date, locale);
	const direct = quote.kind === 'direct';
	const words = (text: string) => (direct ? `"${text}"` : text);
	const checks = (label: string) => (quote.factChecks ?? []).map((check) => ` ${label}: ${check.note} (${check.sources.join(', ')})`).join('');
	if (locale === 'en') {
		const role = quote.printedTitle ? `${quote.role}; the article prints "${quote.printedTitle}"` : quote.role;
		const said = direct ? `quoted by ${quote.outlet}, ${day}` : `as reported (paraphrase) by ${quote.outlet}, ${day}`;
		const english = quote.textEn ? ` Our unofficial English translation: ${words(quote.textEn)}` : '';
		return (
			`${quote.speaker} (${role}), ${said}. Indonesian text (${quote.translatedBy}'s translation of the Vietnamese report; the citable original): ${words(quote.text)}${english}` +
			` ${quote.paragraphUrl} (paragraph ${quote.paragraph}; Vietnamese original: ${quote.sourceUrl})${checks('Fact-check note')}`
		);
	}
	const role = quote.printedTitle ? `${quote.role}; artikel menulis "${quote.printedTitle}"` : quote.role;
	const said = direct ? `dikutip ${quote.outlet}, ${day}` : `menurut laporan ${quote.outlet} (parafrase), ${day}`;
	return (
		`${quote.speaker} (${role}), ${said}, dalam terjemahan ${quote.translatedBy} ke bahasa Indonesia atas laporan berbahasa Vietnam: ${words(quote.text)}` +
		` ${quote.paragraphUrl} (paragraf ${quote.paragraph}; asli berbahasa Vietnam: ${quote.sourceUrl})${checks('Catatan cek fakta redaksi')}`
	);
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

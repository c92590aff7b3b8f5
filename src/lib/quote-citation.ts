/**
 * The ready-to-paste citation of a quote, in the reader's language: who (and in what role), which outlet,
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
